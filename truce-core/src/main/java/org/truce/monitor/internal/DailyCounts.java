package org.truce.monitor.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.truce.model.Category;

/**
 * Counted releases summed per party and category, with running totals by day, so that a status asks
 * for the sum over any days in a few steps however many releases and days there are: the
 * obligations ask it for every day of every obligation.
 */
final class DailyCounts {
  private record Key(String party, Category category) {}

  /** The days with releases of one key, in order, and the running total up to each. */
  private record Running(long[] days, long[] totals) {
    /** The units released on the days up to {@code day}. */
    long upTo(long day) {
      int i = Arrays.binarySearch(days, day);
      int last = i >= 0 ? i : -i - 2; // the last day at or before {@code day}
      return last < 0 ? 0 : totals[last];
    }
  }

  private final Map<Key, Running> byKey = new HashMap<>();

  DailyCounts(List<Counted> counted) {
    Map<Key, TreeMap<Long, Long>> perDay = new HashMap<>();
    for (Counted c : counted) {
      perDay
          .computeIfAbsent(new Key(c.party(), c.category()), k -> new TreeMap<>())
          .merge(c.day(), c.count(), Long::sum);
    }
    perDay.forEach(
        (key, days) -> {
          long[] d = new long[days.size()];
          long[] t = new long[days.size()];
          int i = 0;
          long total = 0;
          for (var e : days.entrySet()) {
            total += e.getValue();
            d[i] = e.getKey();
            t[i++] = total;
          }
          byKey.put(key, new Running(d, t));
        });
  }

  /**
   * Units released by the parties {@code by} selects, in categories {@code of} covers, on a day.
   */
  long on(Predicate<String> by, Category of, long day) {
    return sum(by, of, day, day);
  }

  /** The same, on every day up to {@code day}. */
  long upTo(Predicate<String> by, Category of, long day) {
    return sum(by, of, Long.MIN_VALUE + 1, day);
  }

  /** The same, on the days from {@code from} to {@code to}. */
  long sum(Predicate<String> by, Category of, long from, long to) {
    if (from > to) {
      return 0;
    }
    long sum = 0;
    for (var entry : byKey.entrySet()) {
      Key key = entry.getKey();
      if (by.test(key.party()) && of.covers(key.category())) {
        sum += entry.getValue().upTo(to) - entry.getValue().upTo(from - 1);
      }
    }
    return sum;
  }
}
