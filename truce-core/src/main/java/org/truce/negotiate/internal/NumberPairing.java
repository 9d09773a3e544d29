package org.truce.negotiate.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.negotiate.NumberChange;

/**
 * Pairs the numbers of two versions of a clause by name and rank: the second {@code value} of one
 * with the second {@code value} of the other. A number with no counterpart moved from or to none.
 */
final class NumberPairing {
  private NumberPairing() {}

  static List<NumberChange> moved(List<Numbers.Named> olds, List<Numbers.Named> news) {
    List<NumberChange> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Numbers.Named> unpaired = new ArrayList<>(news);
    for (Numbers.Named old : olds) {
      int rank = seen.merge(old.name(), 1, Integer::sum);
      Optional<Numbers.Named> now = nth(news, old.name(), rank);
      now.ifPresent(unpaired::remove);
      Optional<Long> after = now.map(Numbers.Named::value);
      if (!after.equals(Optional.of(old.value()))) {
        out.add(new NumberChange(old.name(), Optional.of(old.value()), after));
      }
    }
    for (Numbers.Named now : unpaired) {
      out.add(new NumberChange(now.name(), Optional.empty(), Optional.of(now.value())));
    }
    return out;
  }

  private static Optional<Numbers.Named> nth(List<Numbers.Named> list, String name, int rank) {
    return list.stream().filter(named -> named.name().equals(name)).skip(rank - 1L).findFirst();
  }
}
