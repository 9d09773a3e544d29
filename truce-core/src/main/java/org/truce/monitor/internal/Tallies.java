package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.monitor.Status;
import org.truce.monitor.Status.TallyLine;

/**
 * Releases summed per party, kind (released, remains returned) and category, in the order of the
 * agreement's text, then a line per party and top category ({@code hostage (all)}) where a party
 * released in more than one category under it.
 */
final class Tallies {
  private Tallies() {}

  private static final class Sum {
    long released;
    long counted;
    long disputed;
    boolean isDisputed;
  }

  static List<TallyLine> of(Replay replay) {
    Map<String, Long> countedOf = new HashMap<>();
    replay.counted.forEach(c -> countedOf.merge(c.entry(), c.count(), Long::sum));
    Map<List<String>, Sum> sums = new LinkedHashMap<>();
    for (Entry e : replay.releases) {
      Event.Release r = (Event.Release) e.body();
      String kind = r.kind() == EntryKind.REMAINS ? "remains returned" : "released";
      Optional<Long> other = disputedCount(replay.disputesOf.getOrDefault(e.id(), List.of()));
      for (List<String> key :
          List.of(List.of(r.by(), kind, r.category()), List.of(r.by(), kind, top(r.category())))) {
        Sum sum = sums.computeIfAbsent(key, k -> new Sum());
        sum.released += r.count();
        sum.counted += countedOf.getOrDefault(e.id(), 0L);
        sum.disputed += other.orElse(r.count());
        sum.isDisputed |= other.isPresent();
      }
    }
    List<TallyLine> lines = new ArrayList<>();
    sums.forEach(
        (key, sum) -> {
          if (key.get(2).endsWith(" (all)") && alone(sums, key)) {
            return; // the category line already says it all
          }
          lines.add(
              new TallyLine(
                  key.get(0),
                  key.get(1),
                  key.get(2),
                  sum.released,
                  sum.counted,
                  sum.isDisputed ? Optional.of(sum.disputed) : Optional.empty()));
        });
    // In the order of the text, whatever order the entries were recorded in: parties as declared,
    // categories as held, each party's (all) lines after its categories.
    List<String> parties = replay.agreement.actors().stream().map(a -> a.name()).toList();
    List<String> categories =
        replay.agreement.holdings().stream()
            .flatMap(h -> h.entries().stream())
            .map(entry -> entry.category().path())
            .toList();
    lines.sort(
        java.util.Comparator.<TallyLine>comparingInt(l -> parties.indexOf(l.party()))
            .thenComparing(TallyLine::kind)
            .thenComparing(l -> l.category().endsWith(" (all)"))
            .thenComparingInt(l -> categories.indexOf(l.category()))
            .thenComparing(TallyLine::category));
    return lines;
  }

  /** Releases per day, party and category, from day 1 to today, in that order. */
  static List<Status.DayTally> daily(Replay replay) {
    record Key(long day, String party, String category) {}
    Map<Key, long[]> sums =
        new java.util.TreeMap<>(
            java.util.Comparator.comparingLong(Key::day)
                .thenComparing(Key::party)
                .thenComparing(Key::category));
    for (Entry e : replay.releases) {
      Event.Release r = (Event.Release) e.body();
      sums.computeIfAbsent(new Key(replay.clock.dayOf(e), r.by(), r.category()), k -> new long[2])[
              0] +=
          r.count();
    }
    for (Counted c : replay.counted) {
      if (c.day() <= replay.today) {
        sums.computeIfAbsent(new Key(c.day(), c.party(), c.category().path()), k -> new long[2])[
                1] +=
            c.count();
      }
    }
    List<Status.DayTally> days = new ArrayList<>();
    sums.forEach(
        (key, sum) ->
            days.add(
                new Status.DayTally(
                    key.day(),
                    Optional.of(replay.clock.dateOf(key.day())),
                    key.party(),
                    key.category(),
                    sum[0],
                    sum[1])));
    return days;
  }

  /** The count the latest dispute of a release gives, if one gives a count. */
  private static Optional<Long> disputedCount(List<Entry> disputes) {
    Optional<Long> count = Optional.empty();
    for (Entry d : disputes) {
      Optional<Long> given = ((Event.Dispute) d.body()).count();
      if (given.isPresent()) {
        count = given;
      }
    }
    return count;
  }

  private static String top(String category) {
    int dot = category.indexOf('.');
    return (dot < 0 ? category : category.substring(0, dot)) + " (all)";
  }

  /** True when a top-category line sums a single category line. */
  private static boolean alone(Map<List<String>, Sum> sums, List<String> topKey) {
    String prefix = topKey.get(2).substring(0, topKey.get(2).length() - " (all)".length());
    return sums.keySet().stream()
            .filter(k -> k.get(0).equals(topKey.get(0)) && k.get(1).equals(topKey.get(1)))
            .filter(k -> !k.get(2).endsWith(" (all)"))
            .filter(k -> k.get(2).equals(prefix) || k.get(2).startsWith(prefix + "."))
            .count()
        <= 1;
  }
}
