package org.truce.negotiate.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.Holdings;
import org.truce.negotiate.Change;
import org.truce.negotiate.HoldingChange;

/**
 * Holdings lines matched by holder and category: those added, removed, or whose count, bound or
 * description changed, in the order of the new text with the removed ones last.
 */
public final class HoldingComparison {
  private HoldingComparison() {}

  private record Line(String holder, Category category) {}

  public static List<HoldingChange> compare(List<Holdings> olds, List<Holdings> news) {
    Map<Line, Holdings.Entry> left = lines(olds);
    List<HoldingChange> out = new ArrayList<>();
    lines(news)
        .forEach(
            (line, now) -> {
              Optional<Holdings.Entry> old = Optional.ofNullable(left.remove(line));
              if (old.isEmpty() || !old.get().equals(now)) {
                Change change = old.isEmpty() ? Change.ADDED : Change.CHANGED;
                out.add(
                    new HoldingChange(
                        change, line.holder(), line.category(), old, Optional.of(now)));
              }
            });
    left.forEach(
        (line, old) ->
            out.add(
                new HoldingChange(
                    Change.REMOVED,
                    line.holder(),
                    line.category(),
                    Optional.of(old),
                    Optional.empty())));
    return out;
  }

  /** A category listed twice for one holder is reported by the model; the first line counts. */
  private static Map<Line, Holdings.Entry> lines(List<Holdings> holdings) {
    Map<Line, Holdings.Entry> lines = new LinkedHashMap<>();
    for (Holdings block : holdings) {
      for (Holdings.Entry entry : block.entries()) {
        lines.putIfAbsent(new Line(block.holder(), entry.category()), entry);
      }
    }
    return lines;
  }
}
