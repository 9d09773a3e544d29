package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.monitor.Status.ObligationLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineEvent;

/**
 * The obligations of the compliant timeline checked against what happened. Releases and deliveries
 * are cumulative: the units counted so far go to the earliest obligation of the same party and
 * category first, so that a late batch makes that one late, not the next. A withdrawal is done when
 * an event reports it; an undertaking is in force while its phase is.
 */
final class ObligationCheck {
  private final Replay replay;
  private final List<ObligationLine> lines = new ArrayList<>();
  private final java.util.Set<String> usedWithdrawals = new java.util.HashSet<>();

  ObligationCheck(Replay replay) {
    this.replay = replay;
  }

  List<ObligationLine> run() {
    Map<String, Long> owedSoFar = new HashMap<>();
    for (Timeline.Day day : replay.timeline.days()) {
      for (TimelineEvent event : day.events()) {
        switch (event) {
          case TimelineEvent.Released r -> {
            String key = r.party() + "\n" + r.category();
            long owed = owedSoFar.merge(key, r.due(), Long::sum);
            cumulative(
                r.party(),
                "releases " + r.due() + " " + r.category(),
                Optional.of(r.category().path()),
                day.day(),
                windowOpens(r, day),
                r.due(),
                owed,
                d -> replay.daily.upTo(r.party()::equals, r.category(), d),
                r.ref());
          }
          case TimelineEvent.Delivered d -> {
            String key = "delivery\n" + d.party() + "\n" + d.what();
            long owed = owedSoFar.merge(key, d.amount(), Long::sum);
            cumulative(
                d.party(),
                d.verb().name().toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + d.amount()
                    + " "
                    + d.what(),
                Optional.empty(),
                day.day(),
                Optional.empty(),
                d.amount(),
                owed,
                upTo -> aidUpTo(d, upTo),
                d.ref());
          }
          case TimelineEvent.Due due -> due(due, day);
          default -> {}
        }
      }
    }
    return lines;
  }

  /**
   * The day of the agreement a release window opens, for a release the timeline placed on the last
   * day of its window (docs/semantics.md, "Release windows"): as many days before the placed day as
   * the window is long. The clause is found by phase, party, category and last day.
   */
  private Optional<Long> windowOpens(TimelineEvent.Released r, Timeline.Day day) {
    if (r.timing() == TimelineEvent.Timing.BY_AGREEMENT_DAY) {
      // A window in days of the agreement: placed on its last day, opens on its first.
      return replay.agreement.phases().stream()
          .filter(p -> p.name().equals(r.phase()))
          .flatMap(p -> p.clauses().stream())
          .flatMap(
              c ->
                  c instanceof PhaseClause.Release release
                          && release.party().equals(r.party())
                          && release.category().equals(r.category())
                          && release.schedule().orElse(null) instanceof Schedule.AgreementWindow w
                          && w.last() == day.day()
                          && w.first() < w.last()
                      ? java.util.stream.Stream.of(w.first())
                      : java.util.stream.Stream.empty())
          .findFirst();
    }
    if (r.timing() != TimelineEvent.Timing.WINDOW) {
      return Optional.empty();
    }
    long phaseDay =
        day.phases().stream()
            .filter(p -> p.phase().equals(r.phase()))
            .mapToLong(Timeline.PhaseDay::phaseDay)
            .findFirst()
            .orElse(0);
    return replay.agreement.phases().stream()
        .filter(p -> p.name().equals(r.phase()))
        .flatMap(p -> p.clauses().stream())
        .flatMap(
            c ->
                c instanceof PhaseClause.Release release
                        && release.party().equals(r.party())
                        && release.category().equals(r.category())
                        && release.schedule().orElse(null) instanceof Schedule.Window w
                        && w.last() == phaseDay
                    ? java.util.stream.Stream.of(day.day() - (w.last() - w.first()))
                    : java.util.stream.Stream.empty())
        .findFirst();
  }

  /**
   * An obligation to have done {@code owed} in all (this one's {@code due} the last part of it) by
   * the end of {@code dueDay}; {@code doneBy} gives what counts toward it up to a day. A release
   * window ({@code opens}: the day it opens) is in progress from its first day to the day before
   * its last.
   */
  private void cumulative(
      String party,
      String what,
      Optional<String> category,
      long dueDay,
      Optional<Long> opens,
      long due,
      long owed,
      LongUnaryOperator doneBy,
      ClauseRef ref) {
    long today = replay.today;
    long before = owed - due;
    long doneNow = Math.clamp(doneBy.applyAsLong(today) - before, 0, due);
    Optional<Long> fulfilledOn = Optional.empty();
    if (doneNow == due) {
      fulfilledOn = Optional.of(firstDayReaching(doneBy, owed, today));
    }
    Standing standing = Standing.of(fulfilledOn, dueDay, today);
    if (standing.state() == ObligationState.UPCOMING && opens.isPresent() && today >= opens.get()) {
      standing = new Standing(ObligationState.IN_PROGRESS, 0);
    }
    lines.add(
        new ObligationLine(
            standing.state(),
            party,
            what,
            category,
            dueDay,
            Optional.of(replay.clock.dateOf(dueDay)),
            due,
            doneNow,
            standing.late(),
            ref.cite()));
  }

  /** The first day by which {@code doneBy} reaches {@code owed}; it does by {@code today}. */
  private static long firstDayReaching(LongUnaryOperator doneBy, long owed, long today) {
    long low = 1;
    long high = today;
    while (low < high) {
      long mid = low + (high - low) / 2;
      if (doneBy.applyAsLong(mid) >= owed) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** Aid delivered up to a day that counts toward {@code d}: its clause, or its category. */
  private long aidUpTo(TimelineEvent.Delivered d, long day) {
    long sum = 0;
    for (Entry e : replay.events) {
      if (e.body() instanceof Event.Aid aid
          && replay.clock.dayOf(e) <= day
          && aid.by().map(d.party()::equals).orElse(true)
          && (aid.clause().map(c -> Replay.names(d.ref(), c)).orElse(false)
              || aid.what().equals(d.what().path()))) {
        sum += aid.count();
      }
    }
    return sum;
  }

  private void due(TimelineEvent.Due due, Timeline.Day day) {
    if (due.kind() == TimelineEvent.DueKind.UNDERTAKING) {
      boolean phaseInForce =
          replay.timeline.day(replay.today).stream()
              .flatMap(d -> d.phases().stream())
              .anyMatch(p -> p.phase().equals(due.phase()));
      // `from day F`: placed on the day it starts; before that day nothing is due under it.
      boolean started = due.timing() != TimelineEvent.Timing.FROM_DAY || replay.today >= day.day();
      if (phaseInForce) {
        lines.add(
            new ObligationLine(
                started ? ObligationState.IN_FORCE : ObligationState.UPCOMING,
                due.party(),
                "undertakes \"" + due.what() + "\"",
                Optional.empty(),
                day.day(),
                Optional.of(replay.clock.dateOf(day.day())),
                0,
                0,
                0,
                due.ref().cite()));
      }
      return;
    }
    // The withdrawal event of this obligation: by its clause, else by its area; each event does
    // one obligation.
    Optional<Entry> done =
        replay.events.stream()
            .filter(
                e ->
                    e.body() instanceof Event.Withdrawal w
                        && w.by().equals(due.party())
                        && w.clause()
                            .map(c -> Replay.names(due.ref(), c))
                            .orElse(w.area().equals(due.what()))
                        && usedWithdrawals.add(e.id()))
            .findFirst();
    Standing standing = Standing.of(done.map(replay.clock::dayOf), day.day(), replay.today);
    lines.add(
        new ObligationLine(
            standing.state(),
            due.party(),
            "withdraws from \"" + due.what() + "\"",
            Optional.empty(),
            day.day(),
            Optional.of(replay.clock.dateOf(day.day())),
            1,
            done.isPresent() ? 1 : 0,
            standing.late(),
            due.ref().cite()));
  }

  /** Where an obligation due on {@code dueDay} stands on {@code today}, and how late it is. */
  private record Standing(ObligationState state, long late) {
    static Standing of(Optional<Long> fulfilledOn, long dueDay, long today) {
      if (fulfilledOn.isPresent()) {
        return new Standing(ObligationState.FULFILLED, Math.max(0, fulfilledOn.get() - dueDay));
      }
      if (today < dueDay) {
        return new Standing(ObligationState.UPCOMING, 0);
      }
      return today == dueDay
          ? new Standing(ObligationState.DUE_TODAY, 0)
          : new Standing(ObligationState.OVERDUE, today - dueDay);
    }
  }
}
