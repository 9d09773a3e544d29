package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;

/**
 * Aid recorded as it was reported (docs/monitor.md, "Obligations"): on one day, or as one figure
 * for a period ({@code from:} its first date, the entry's date its last), when a source gives a
 * week's trucks and not each day's. A figure for a period is not split over its days, which no
 * source reported: a delivery due on a day of the period is judged against what may have been
 * delivered by then, the whole figure counting from the period's first day. So no day is found
 * short or late unless it must have been (what the period brought, all of it, would not have
 * covered it), and the period as a whole is judged exactly at its end.
 */
final class AidPeriods {
  /** One aid entry and the days it covers. */
  private record Period(long first, long last, Event.Aid aid) {}

  private final List<Period> periods = new ArrayList<>();

  AidPeriods(Replay replay) {
    for (Entry e : replay.events) {
      if (e.body() instanceof Event.Aid aid) {
        long last = replay.clock.dayOf(e);
        long first =
            aid.from().map(replay.clock::dayOf).map(d -> Math.clamp(d, 1, last)).orElse(last);
        periods.add(new Period(first, last, aid));
      }
    }
  }

  /** What {@code counts} accepts and may have been delivered by the end of {@code day}. */
  long upTo(long day, Predicate<Event.Aid> counts) {
    long sum = 0;
    for (Period p : periods) {
      if (p.first() <= day && counts.test(p.aid())) {
        sum += p.aid().count();
      }
    }
    return sum;
  }

  /**
   * When {@code owed} in all by {@code day} can be met only by counting a period's figure from its
   * first day (the period ends after that day): the words that say so, {@code " (within the figure
   * for days 1–7, not reported day by day)"}; otherwise nothing.
   */
  String note(long day, long owed, Predicate<Event.Aid> counts) {
    long known = 0;
    Optional<Period> open = Optional.empty();
    for (Period p : periods) {
      if (!counts.test(p.aid())) {
        continue;
      }
      if (p.last() <= day) {
        known += p.aid().count();
      } else if (p.first() <= day && open.isEmpty()) {
        open = Optional.of(p);
      }
    }
    if (known >= owed || open.isEmpty()) {
      return "";
    }
    return " (within the figure for days "
        + open.get().first()
        + "–"
        + open.get().last()
        + ", not reported day by day)";
  }
}
