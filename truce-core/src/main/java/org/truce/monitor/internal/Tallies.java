package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.HashMap;
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
 * released in more than one category under it; and a line per party and recipient for the handovers
 * that answer no release.
 */
final class Tallies {
  private Tallies() {}

  private static final class Sum {
    long released;
    long counted;
    long disputed;
    boolean isDisputed;
    long unreported;

    void add(Sum other) {
      unreported += other.unreported;
      released += other.released;
      counted += other.counted;
      disputed += other.disputed;
      isDisputed |= other.isDisputed;
    }
  }

  /** A party, a kind of release ({@code released}, {@code remains returned}) and a category. */
  private record Key(String party, String kind, String category) {}

  static List<TallyLine> of(Replay replay) {
    // One pass over the releases, one over what counts, one over the disputed: then the lines.
    Map<Key, Sum> sums = new HashMap<>();
    for (Entry e : replay.releases) {
      Event.Release r = (Event.Release) e.body();
      Sum sum = sums.computeIfAbsent(key(r), k -> new Sum());
      sum.released += r.count();
      sum.disputed += r.count();
      sum.unreported += r.countReported() ? 0 : 1;
    }
    for (Counted c : replay.counted) {
      sums.get(new Key(c.party(), c.kind(), c.category().path())).counted += c.count();
    }
    if (!replay.disputesOf.isEmpty()) {
      for (Entry e : replay.releases) {
        Optional<Long> other =
            Replay.latest(replay.disputesOf.getOrDefault(e.id(), List.of()), Event.Dispute::count);
        if (other.isPresent()) {
          Event.Release r = (Event.Release) e.body();
          Sum sum = sums.get(key(r));
          sum.disputed += other.get() - r.count();
          sum.isDisputed = true;
        }
      }
    }
    // A line per party, kind and top category, where it sums more than one category line.
    Map<Key, Sum> tops = new HashMap<>();
    Map<Key, Integer> parts = new HashMap<>();
    sums.forEach(
        (key, sum) -> {
          Key top = new Key(key.party(), key.kind(), top(key.category()));
          tops.computeIfAbsent(top, k -> new Sum()).add(sum);
          parts.merge(top, 1, Integer::sum);
        });
    List<TallyLine> lines = new ArrayList<>();
    sums.forEach((key, sum) -> lines.add(line(key, sum)));
    tops.forEach(
        (key, sum) -> {
          if (parts.get(key) > 1) {
            lines.add(line(key, sum));
          }
        });
    // In the order of the text, whatever order the entries were recorded in: parties as declared,
    // categories as held, each party's (all) lines after its categories.
    List<String> parties = replay.agreement.actors().stream().map(a -> a.name()).toList();
    List<String> categories =
        replay.agreement.holdings().stream()
            .flatMap(h -> h.entries().stream())
            .map(entry -> entry.category().path())
            .toList();
    lines.addAll(handovers(replay));
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
    Map<Key, long[]> sums = new HashMap<>();
    for (Entry e : replay.releases) {
      Event.Release r = (Event.Release) e.body();
      Key key = new Key(replay.clock.dayOf(e), r.by(), r.category());
      long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
      sum[0] += r.count();
      sum[2] += r.countReported() ? 0 : 1;
    }
    for (Counted c : replay.counted) {
      if (c.day() <= replay.today) {
        Key key = new Key(c.day(), c.party(), c.category().path());
        sums.computeIfAbsent(key, k -> new long[3])[1] += c.count();
      }
    }
    List<Status.DayTally> days = new ArrayList<>();
    List<Key> keys = new ArrayList<>(sums.keySet());
    keys.sort(
        java.util.Comparator.comparingLong(Key::day)
            .thenComparing(Key::party)
            .thenComparing(Key::category));
    keys.forEach(
        key -> {
          long[] sum = sums.get(key);
          days.add(
              new Status.DayTally(
                  key.day(),
                  Optional.of(replay.clock.dateOf(key.day())),
                  key.party(),
                  key.category(),
                  sum[0],
                  sum[1],
                  sum[2]));
        });
    return days;
  }

  /**
   * Handovers that answer no release (people a party hands over where the text lists no one held,
   * such as detainees outside any clause): summed per party and recipient, as a line of their own
   * with no category, none of it counted in the deal.
   */
  private static List<TallyLine> handovers(Replay replay) {
    Map<Key, Sum> sums = new java.util.LinkedHashMap<>();
    for (Entry e : replay.events) {
      if (e.body() instanceof Event.Handover h && h.release().isEmpty() && h.count().isPresent()) {
        String kind =
            "handed over" + h.to().map(to -> " to " + to).orElse("") + " outside any release";
        Sum sum = sums.computeIfAbsent(new Key(h.by(), kind, ""), k -> new Sum());
        long count = h.count().get();
        sum.released += count;
        Optional<Long> other =
            Replay.latest(replay.disputesOf.getOrDefault(e.id(), List.of()), Event.Dispute::count);
        sum.disputed += other.orElse(count);
        sum.isDisputed |= other.isPresent();
      }
    }
    List<TallyLine> lines = new ArrayList<>();
    sums.forEach((key, sum) -> lines.add(line(key, sum)));
    return lines;
  }

  private static String top(String category) {
    int dot = category.indexOf('.');
    return (dot < 0 ? category : category.substring(0, dot)) + " (all)";
  }

  private static Key key(Event.Release r) {
    return new Key(r.by(), kindOf(r), r.category());
  }

  /** How a tally names the kind of a release. */
  static String kindOf(Event.Release r) {
    return r.kind() == EntryKind.REMAINS ? "remains returned" : "released";
  }

  private static TallyLine line(Key key, Sum sum) {
    return new TallyLine(
        key.party(),
        key.kind(),
        key.category(),
        sum.released,
        sum.counted,
        sum.isDisputed ? Optional.of(sum.disputed) : Optional.empty(),
        sum.unreported);
  }
}
