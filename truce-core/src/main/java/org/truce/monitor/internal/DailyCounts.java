package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.truce.model.Category;
import org.truce.model.Holdings;

/**
 * Counted releases summed per party and category, with running totals by day, so that a status asks
 * for the sum over any days in a few steps however many releases and days there are: the
 * obligations ask it for every day of every obligation. Units recorded under a status of a line
 * whose status was unknown at signing ({@code hostage.living}, revealed) count toward the line
 * ({@code hostage.unknown}) too, when the party holds no line of known status they could be from.
 */
final class DailyCounts {
  private record Key(String party, Category category) {}

  /** The units of one party and category counted on one day. */
  record Bucket(String party, Category category, long day, long count) {}

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
  // For each party, the lines whose status is unknown at signing (docs/semantics.md).
  private final Map<String, List<Holdings.Entry>> unknown = new HashMap<>();
  // For each party, the categories of its lines whose status is known.
  private final Map<String, List<Category>> known = new HashMap<>();

  DailyCounts(List<Counted> counted, List<Holdings> holdings) {
    for (Holdings block : holdings) {
      for (Holdings.Entry e : block.entries()) {
        if (e.unknownStatus()) {
          unknown.computeIfAbsent(block.holder(), h -> new ArrayList<>()).add(e);
        } else {
          known.computeIfAbsent(block.holder(), h -> new ArrayList<>()).add(e.category());
        }
      }
    }
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
      if (by.test(key.party())
          && (of.covers(key.category())
              || revealedFrom(key).filter(line -> of.covers(line.category())).isPresent())) {
        sum += entry.getValue().upTo(to) - entry.getValue().upTo(from - 1);
      }
    }
    return sum;
  }

  /**
   * Units released by the parties {@code by} selects up to {@code day}, recorded under a category
   * {@code recorded} accepts: the units a party's held lines lost, whatever they turned out to be.
   */
  long drawnUpTo(Predicate<String> by, Predicate<Category> recorded, long day) {
    long sum = 0;
    for (var entry : byKey.entrySet()) {
      if (by.test(entry.getKey().party()) && recorded.test(entry.getKey().category())) {
        sum += entry.getValue().upTo(day);
      }
    }
    return sum;
  }

  /**
   * Units released on the days from {@code from} to {@code to} from lines of unknown status whose
   * status is not recorded yet and may turn out to be {@code of}: released under the line's
   * category (or one below it), when {@code of} covers one of the line's statuses but not the line.
   * What an exchange owes for them is known only once their status is revealed.
   */
  long pendingStatus(Predicate<String> by, Category of, long from, long to) {
    long sum = 0;
    for (var entry : byKey.entrySet()) {
      Key key = entry.getKey();
      if (!by.test(key.party()) || of.covers(key.category())) {
        continue;
      }
      for (Holdings.Entry line : unknown.getOrDefault(key.party(), List.of())) {
        if (line.category().covers(key.category())
            && !of.covers(line.category())
            && line.either().stream().anyMatch(of::covers)) {
          sum += entry.getValue().upTo(to) - entry.getValue().upTo(from - 1);
          break;
        }
      }
    }
    return sum;
  }

  /**
   * Every day's counted units per party and category, up to {@code day}: in the order of the days,
   * then of the parties and categories, whatever order they were recorded in.
   */
  List<Bucket> buckets(long day) {
    List<Bucket> buckets = new ArrayList<>();
    byKey.forEach(
        (key, running) -> {
          for (int i = 0; i < running.days().length && running.days()[i] <= day; i++) {
            long count = running.totals()[i] - (i == 0 ? 0 : running.totals()[i - 1]);
            buckets.add(new Bucket(key.party(), key.category(), running.days()[i], count));
          }
        });
    buckets.sort(
        java.util.Comparator.comparingLong(Bucket::day)
            .thenComparing(Bucket::party)
            .thenComparing(b -> b.category().path()));
    return buckets;
  }

  /**
   * True when units {@code party} released under {@code recorded} count toward {@code of}, as
   * {@link #sum} counts them: {@code recorded} is {@code of} or below it, or they were revealed
   * from a line of unknown status that {@code of} covers.
   */
  boolean counts(Category of, String party, Category recorded) {
    return of.covers(recorded)
        || revealedFrom(new Key(party, recorded)).filter(l -> of.covers(l.category())).isPresent();
  }

  /**
   * The line of unknown status units of {@code key} were released from, as recorded once their
   * status was revealed: the key's category is at or below one of the line's statuses, and the
   * party holds no line of known status its units could come from instead.
   */
  private Optional<Holdings.Entry> revealedFrom(Key key) {
    boolean knownLine =
        known.getOrDefault(key.party(), List.of()).stream()
            .anyMatch(c -> c.covers(key.category()) || key.category().covers(c));
    if (knownLine) {
      return Optional.empty();
    }
    return unknown.getOrDefault(key.party(), List.of()).stream()
        .filter(line -> line.either().stream().anyMatch(e -> e.covers(key.category())))
        .findFirst();
  }
}
