package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.truce.model.Category;

/**
 * Every unit counted goes to exactly one obligation (docs/monitor.md, "Obligations"; decision
 * 0027). The obligations that releases fulfil are claims: a party, the category it releases, the
 * first day from which a release counts toward it, the day it is due, and what it asks. The
 * releases counted of each day, in the order of the days, go to the claims of their party whose
 * category covers theirs, the earliest due first (then the narrower category, then the one made
 * first), each taking what it still asks; what no claim takes is left over on its day. A release is
 * never split by the order it was recorded in: the counts are summed per day, party and category
 * before they are allocated. A release whose count was not reported (docs/monitor.md) takes no
 * unit: it goes, as a release, to the earliest-due claim that the counts reported have not met,
 * else to the last claim that covers it, as a release beyond; the units no claim takes are beyond
 * the last claim that covers them too.
 */
final class Allocation {
  /** One obligation that releases fulfil, and what was allocated to it, day by day. */
  static final class Claim {
    final String party;
    final Category category;
    final long openDay;
    final long dueDay;
    final long required;
    private final int order;

    /** Releases of unreported count that went to this claim, before and after it was met. */
    long unreported;

    long unreportedBeyond;

    /** Units no claim took that are beyond this one, the last that covers them. */
    long beyond;

    private long[] days = new long[2];
    private long[] totals = new long[2];
    private int size;

    private Claim(
        String party, Category category, long openDay, long dueDay, long required, int order) {
      this.party = party;
      this.category = category;
      this.openDay = openDay;
      this.dueDay = dueDay;
      this.required = Math.max(0, required);
      this.order = order;
    }

    /** What was allocated to this claim in all. */
    long taken() {
      return size == 0 ? 0 : totals[size - 1];
    }

    /** What was allocated to this claim from the releases of the days up to {@code day}. */
    long upTo(long day) {
      int i = Arrays.binarySearch(days, 0, size, day);
      int last = i >= 0 ? i : -i - 2;
      return last < 0 ? 0 : totals[last];
    }

    private void take(long day, long count) {
      if (size > 0 && days[size - 1] == day) {
        totals[size - 1] += count;
        return;
      }
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        totals = Arrays.copyOf(totals, size * 2);
      }
      days[size] = day;
      totals[size] = taken() + count;
      size++;
    }
  }

  /** What no claim took: units of a party and category released on a day. */
  record Left(String party, Category category, long day, long count) {}

  private static final Comparator<Claim> EARLIEST_DUE =
      Comparator.<Claim>comparingLong(c -> c.dueDay)
          .thenComparing(c -> -c.category.segments().size())
          .thenComparingInt(c -> c.order);

  private final Replay replay;
  private final List<Claim> claims = new ArrayList<>();
  private final List<Left> left = new ArrayList<>();
  private final Map<Long, List<Left>> leftByDay = new HashMap<>();
  private boolean allocated;

  Allocation(Replay replay) {
    this.replay = replay;
  }

  /**
   * A claim of {@code party} for {@code required} units of {@code category} (or below it), due on
   * {@code dueDay}, that releases count toward from {@code openDay} on.
   */
  Claim claim(String party, Category category, long openDay, long dueDay, long required) {
    if (allocated) {
      throw new IllegalStateException("every claim is made before the releases are allocated");
    }
    Claim claim = new Claim(party, category, openDay, dueDay, required, claims.size());
    claims.add(claim);
    return claim;
  }

  /** Allocates the releases counted up to today to the claims made; once. */
  void run() {
    if (allocated) {
      return;
    }
    allocated = true;
    Map<String, List<Claim>> open = new HashMap<>();
    for (Claim c : claims) {
      if (c.required > 0) {
        open.computeIfAbsent(c.party, p -> new ArrayList<>()).add(c);
      }
    }
    open.values().forEach(list -> list.sort(EARLIEST_DUE));
    for (DailyCounts.Bucket bucket : replay.daily.buckets(replay.today)) {
      long count = bucket.count();
      List<Claim> candidates = open.getOrDefault(bucket.party(), List.of());
      for (int i = 0; i < candidates.size() && count > 0; i++) {
        Claim c = candidates.get(i);
        if (c.openDay > bucket.day()
            || !replay.daily.counts(c.category, bucket.party(), bucket.category())) {
          continue;
        }
        long take = Math.min(count, c.required - c.taken());
        c.take(bucket.day(), take);
        count -= take;
        if (c.taken() == c.required) {
          candidates.remove(i--);
        }
      }
      if (count > 0) {
        Left l = new Left(bucket.party(), bucket.category(), bucket.day(), count);
        left.add(l);
        leftByDay.computeIfAbsent(l.day(), d -> new ArrayList<>()).add(l);
        last(bucket).ifPresent(c -> c.beyond += l.count());
      }
    }
    for (DailyCounts.Bucket bucket : replay.unreported.buckets(replay.today)) {
      java.util.Optional<Claim> unmet =
          claims.stream()
              .filter(c -> covers(c, bucket) && c.taken() < c.required)
              .min(EARLIEST_DUE);
      if (unmet.isPresent()) {
        unmet.get().unreported += bucket.count();
      } else {
        last(bucket).ifPresent(c -> c.unreportedBeyond += bucket.count());
      }
    }
  }

  private boolean covers(Claim c, DailyCounts.Bucket bucket) {
    return c.required > 0
        && c.party.equals(bucket.party())
        && c.openDay <= bucket.day()
        && replay.daily.counts(c.category, bucket.party(), bucket.category());
  }

  /** The claim due last of those that cover a bucket's units. */
  private java.util.Optional<Claim> last(DailyCounts.Bucket bucket) {
    return claims.stream().filter(c -> covers(c, bucket)).max(EARLIEST_DUE);
  }

  /**
   * The units released on {@code day} by a party {@code by} accepts, of a category {@code of}
   * covers, that no claim took.
   */
  long leftOn(Predicate<String> by, Category of, long day) {
    long sum = 0;
    for (Left l : leftByDay.getOrDefault(day, List.of())) {
      if (by.test(l.party()) && replay.daily.counts(of, l.party(), l.category())) {
        sum += l.count();
      }
    }
    return sum;
  }

  /** Every claim made, in the order made. */
  List<Claim> claims() {
    return List.copyOf(claims);
  }

  /** What no claim took, in the order of the days. */
  List<Left> left() {
    return List.copyOf(left);
  }
}
