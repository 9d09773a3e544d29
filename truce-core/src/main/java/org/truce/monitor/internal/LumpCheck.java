package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import org.truce.model.PhaseClause;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineEvent;

/**
 * Lump releases (docs/semantics.md, "Lump releases") against what happened: the units of the group
 * released while the lump's phase is in force are counted; while the group is incomplete the lump
 * is upcoming ("k of 15 released"), whatever the compliant timeline planned, since nothing is owed
 * for part of a group. From the day the group is complete the lump is due that day (or {@code
 * within} days later), and the lump party's releases of its category from that day count toward it,
 * each unit to one obligation only (a claim on the {@link Allocation}, as every other release).
 */
final class LumpCheck {
  private final Replay replay;
  private final Allocation allocation;
  private final List<java.util.function.Supplier<ObligationLine>> emit = new ArrayList<>();

  LumpCheck(Replay replay, Allocation allocation) {
    this.replay = replay;
    this.allocation = allocation;
  }

  /**
   * Makes a claim on the allocation for each lump whose group is complete, so that its releases are
   * not counted again toward another obligation (docs/monitor.md, "Obligations").
   */
  void register() {
    for (Timeline.PhaseRun run : replay.timeline.phases()) {
      for (PhaseClause clause : replay.phase(run.name()).clauses()) {
        if (clause instanceof PhaseClause.Exchange x && x.lump()) {
          register(x, run);
        }
      }
    }
  }

  /** The lines, once the allocation has run. */
  List<ObligationLine> lines() {
    return emit.stream().map(java.util.function.Supplier::get).toList();
  }

  private void register(PhaseClause.Exchange x, Timeline.PhaseRun run) {
    long size = x.group().orElseThrow();
    long today = replay.today;
    long last = replay.lastDayOf(run);
    Predicate<String> unitsBy =
        x.unitReleasedBy()
            .<Predicate<String>>map(by -> by::equals)
            .orElse(p -> !p.equals(x.party()));
    LongUnaryOperator groupBy =
        d -> replay.daily.sum(unitsBy, x.unitCategory(), run.startDay(), Math.min(d, last));
    long group = Math.min(size, groupBy.applyAsLong(today));
    String what =
        "releases "
            + x.perUnit()
            + " "
            + x.category()
            + " for the "
            + size
            + " "
            + x.unitCategory();
    if (group < size) {
      long planned = plannedDay(x).orElse(last);
      emit.add(
          () ->
              new ObligationLine(
                  ObligationState.UPCOMING,
                  x.party(),
                  what + " (" + group + " of " + size + " released)",
                  Optional.of(x.category().path()),
                  planned,
                  Optional.of(replay.clock.dateOf(planned)),
                  x.perUnit(),
                  0,
                  0,
                  x.ref().cite()));
      return;
    }
    long complete = ObligationCheck.firstDayReaching(groupBy, size, today);
    long dueDay = complete + x.withinDays();
    Allocation.Claim claim =
        allocation.claim(x.party(), x.category(), complete, dueDay, x.perUnit());
    emit.add(
        () ->
            line(x, what + " (all " + size + " released by day " + complete + ")", dueDay, claim));
  }

  private ObligationLine line(
      PhaseClause.Exchange x, String what, long dueDay, Allocation.Claim claim) {
    long today = replay.today;
    long done = claim.upTo(today);
    ObligationState state;
    long late = 0;
    if (done == x.perUnit()) {
      state = ObligationState.FULFILLED;
      late =
          Math.max(0, ObligationCheck.firstDayReaching(claim::upTo, x.perUnit(), today) - dueDay);
    } else if (today < dueDay) {
      state = ObligationState.UPCOMING;
    } else if (today == dueDay) {
      state = ObligationState.DUE_TODAY;
    } else {
      state = ObligationState.OVERDUE;
      late = today - dueDay;
    }
    return new ObligationLine(
        state,
        x.party(),
        what,
        Optional.of(x.category().path()),
        dueDay,
        Optional.of(replay.clock.dateOf(dueDay)),
        x.perUnit(),
        done,
        late,
        x.ref().cite());
  }

  /** The day the compliant timeline makes the lump, if it does. */
  private Optional<Long> plannedDay(PhaseClause.Exchange x) {
    for (Timeline.Day day : replay.timeline.days()) {
      for (TimelineEvent event : day.events()) {
        if (event instanceof TimelineEvent.CounterReleased c
            && c.lump()
            && c.ref().equals(x.ref())) {
          return Optional.of(day.day());
        }
      }
    }
    return Optional.empty();
  }
}
