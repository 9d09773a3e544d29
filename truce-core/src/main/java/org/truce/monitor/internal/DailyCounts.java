package org.truce.monitor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.truce.model.Category;

/**
 * Counted releases summed per party, category and day, so that a status asks for sums over days
 * without going through every release again: built once per replay, in one pass.
 */
final class DailyCounts {
  private record Key(String party, Category category) {}

  private final Map<Key, NavigableMap<Long, Long>> byKey = new HashMap<>();

  DailyCounts(List<Counted> counted) {
    for (Counted c : counted) {
      byKey
          .computeIfAbsent(new Key(c.party(), c.category()), k -> new TreeMap<>())
          .merge(c.day(), c.count(), Long::sum);
    }
  }

  /**
   * Units released by the parties {@code by} selects, in categories {@code of} covers, on a day.
   */
  long on(Predicate<String> by, Category of, long day) {
    return sum(by, of, day, day);
  }

  /** The same, on every day up to {@code day}. */
  long upTo(Predicate<String> by, Category of, long day) {
    return sum(by, of, Long.MIN_VALUE, day);
  }

  /** The same, on the days from {@code from} to {@code to}. */
  long sum(Predicate<String> by, Category of, long from, long to) {
    long sum = 0;
    for (var entry : byKey.entrySet()) {
      Key key = entry.getKey();
      if (by.test(key.party()) && of.covers(key.category()) && from <= to) {
        for (long count : entry.getValue().subMap(from, true, to, true).values()) {
          sum += count;
        }
      }
    }
    return sum;
  }

  /** The days on which the parties {@code by} selects released units {@code of} covers. */
  java.util.SortedSet<Long> days(Predicate<String> by, Category of) {
    java.util.SortedSet<Long> days = new java.util.TreeSet<>();
    byKey.forEach(
        (key, perDay) -> {
          if (by.test(key.party()) && of.covers(key.category())) {
            days.addAll(perDay.keySet());
          }
        });
    return days;
  }
}
