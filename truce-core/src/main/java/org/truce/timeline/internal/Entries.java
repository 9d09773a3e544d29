package org.truce.timeline.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.model.Condition;
import org.truce.model.ConditionEvaluator;
import org.truce.model.ConditionText;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.timeline.Timeline.Ending;
import org.truce.timeline.Timeline.EndingKind;
import org.truce.vocabulary.HostilityState;

/**
 * When phases begin, and when the timeline has nothing more to show. {@code begins when C} is
 * checked at the start of each day (over the state at the end of the day before) once the phase
 * declared before it has ended.
 */
final class Entries {
  private final World world;

  /** The last scan of each entry condition that mentions the day, keyed by identity. */
  private final Map<Condition, Scan> scans = new IdentityHashMap<>();

  /** Days looked at while scanning ahead, so that tests can tell a scan is not repeated. */
  long daysScanned;

  Entries(World world) {
    this.world = world;
  }

  boolean beginsOn(PhaseRunState run, long day) {
    return switch (run.phase.entry()) {
      case Phase.Entry.OnDay on -> on.day() == day;
      case Phase.Entry.After after ->
          world.run(after.phase()).map(x -> x.ended() && x.end == day - 1).orElse(false);
      case Phase.Entry.When when ->
          predecessorEnded(run, day - 1)
              && ConditionEvaluator.holds(when.condition(), world.view(day - 1, day));
    };
  }

  /** Why the timeline stops after {@code day}, or null when it goes on. */
  Ending ending(long day, List<PhaseRunState> open, long lastRecorded, boolean countersPending) {
    if (countersPending || world.options.recorded().filter(r -> r.lastDay() > day).isPresent()) {
      return null;
    }
    if (!open.isEmpty()) {
      if (open.stream().allMatch(PhaseRunState::indefinite)
          && stationary(open, day)
          && !outlivingPending(day)) {
        String names = String.join("`, `", open.stream().map(PhaseRunState::name).toList());
        return new Ending(
            EndingKind.INDEFINITE,
            lastRecorded,
            Optional.of(open.getFirst().name()),
            "phase `%s` lasts indefinitely and nothing further changes after day %d"
                .formatted(names, day));
      }
      return null;
    }
    for (PhaseRunState run : world.runs) {
      if (!run.started() && canBeginAfter(run, day, new HashSet<>())) {
        return null;
      }
    }
    Optional<PhaseRunState> missing = world.runs.stream().filter(r -> !r.started()).findFirst();
    if (missing.isEmpty() && inForceAfterPhases(day) && outlivingPending(day)) {
      // every phase has ended, but the text concludes only when its condition holds: what
      // outlives its phase is still due (docs/semantics.md, step 9)
      return null;
    }
    if (missing.isEmpty()) {
      return new Ending(
          EndingKind.COMPLETE, lastRecorded, Optional.empty(), "every phase has ended");
    }
    PhaseRunState run = missing.get();
    return new Ending(
        EndingKind.PHASE_NOT_BEGUN,
        lastRecorded,
        Optional.of(run.name()),
        "phase `%s` does not begin: %s".formatted(run.name(), whyNot(run, day)));
  }

  /** True when the text has {@code concludes when C} and C does not hold at the end of the day. */
  private boolean inForceAfterPhases(long day) {
    return world
        .agreement
        .conclusion()
        .map(c -> !ConditionEvaluator.holds(c.condition(), world.view(day, day)))
        .orElse(false);
  }

  private boolean predecessorEnded(PhaseRunState run, long endOfDay) {
    if (run.index == 0) {
      return true;
    }
    PhaseRunState before = world.runs.get(run.index - 1);
    return before.ended() && before.end <= endOfDay;
  }

  /** Whether a phase not yet begun may begin after {@code day}, all else being at rest. */
  private boolean canBeginAfter(PhaseRunState run, long day, Set<String> seen) {
    if (!seen.add(run.name())) {
      return false;
    }
    return switch (run.phase.entry()) {
      case Phase.Entry.OnDay on -> on.day() > day;
      case Phase.Entry.After after ->
          world
              .run(after.phase())
              .map(x -> x.ended() ? x.end >= day : canBeginAfter(x, day, seen))
              .orElse(false);
      case Phase.Entry.When when -> {
        if (run.index > 0 && !world.runs.get(run.index - 1).ended()) {
          yield canBeginAfter(world.runs.get(run.index - 1), day, seen);
        }
        yield holdsSomeDayAfter(when.condition(), day);
      }
    };
  }

  /**
   * Whether the condition holds on some day after {@code day} (up to the horizon), the state being
   * at rest. While the state stays as it was, the day found (or that none was found) stays valid:
   * idle days do not scan again, else waiting for {@code day >= N} would take quadratic time.
   */
  private boolean holdsSomeDayAfter(Condition condition, long day) {
    if (!ConditionEvaluator.mentionsDay(condition)) {
      return ConditionEvaluator.holds(condition, world.view(day, day + 1));
    }
    Stamp stamp = stamp();
    Scan cached = scans.get(condition);
    if (cached != null
        && cached.stamp.equals(stamp)
        && (cached.firstDay < 0 || cached.firstDay > day)) {
      return cached.firstDay > 0;
    }
    long found = -1;
    for (long next = day + 1; next <= world.options.horizonDays(); next++) {
      daysScanned++;
      if (ConditionEvaluator.holds(condition, world.view(day, next))) {
        found = next;
        break;
      }
    }
    scans.put(condition, new Scan(stamp, found));
    return found > 0;
  }

  /** What the state at rest depends on: releases made, phases begun and ended, hostilities. */
  private Stamp stamp() {
    return new Stamp(
        world.ledger.releases(),
        world.runs.stream().filter(PhaseRunState::started).count(),
        world.runs.stream().filter(PhaseRunState::ended).count(),
        world.hostilities);
  }

  private record Stamp(long releases, long started, long ended, HostilityState hostilities) {}

  /** The first day after the scan's day on which the condition holds, or -1 for none. */
  private record Scan(Stamp stamp, long firstDay) {}

  private String whyNot(PhaseRunState run, long day) {
    return switch (run.phase.entry()) {
      case Phase.Entry.OnDay on -> "day " + on.day() + " is past";
      case Phase.Entry.After after ->
          world
              .run(after.phase())
              .map(x -> "phase `" + x.name() + "` " + (x.started() ? "never ends" : "never begins"))
              .orElse("no phase `" + after.phase() + "`");
      case Phase.Entry.When when -> {
        if (run.index > 0 && !world.runs.get(run.index - 1).ended()) {
          yield "phase `" + world.runs.get(run.index - 1).name() + "` before it never ends";
        }
        List<String> reasons = new Explain(world, day).whyNot(when.condition());
        yield "`%s` does not hold after day %d (%s)"
            .formatted(ConditionText.of(when.condition()), day, String.join("; ", reasons));
      }
    };
  }

  /**
   * True when nothing further can change while the given phases (all without a set length) stay in
   * force: nothing left on their schedules, no end condition or pending entry tied to the day.
   */
  private boolean stationary(List<PhaseRunState> open, long day) {
    for (PhaseRunState run : open) {
      if (run.phase.endsWhen().map(ConditionEvaluator::mentionsDay).orElse(false)) {
        return false;
      }
      long phaseDay = run.phaseDay(day);
      for (PhaseClause clause : run.phase.clauses()) {
        if (pendingWork(run, clause, phaseDay)) {
          return false;
        }
      }
    }
    for (PhaseRunState run : world.runs) {
      if (run.started()) {
        continue;
      }
      boolean timed =
          switch (run.phase.entry()) {
            case Phase.Entry.OnDay on -> on.day() > day;
            case Phase.Entry.When when -> ConditionEvaluator.mentionsDay(when.condition());
            case Phase.Entry.After after -> false;
          };
      if (timed) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a phase that has begun has a deadline in days of the agreement after {@code day}: the
   * obligation outlives its phase, so the timeline goes on to show it while the agreement is in
   * force.
   */
  private boolean outlivingPending(long day) {
    if (new Conditionals(world).pending(day)) {
      return true;
    }
    for (PhaseRunState run : world.outliving) {
      if (run.started()) {
        for (PhaseClause clause : run.phase.clauses()) {
          Optional<Schedule> deadline =
              switch (clause) {
                case PhaseClause.Release r -> r.schedule();
                case PhaseClause.Delivery d -> Optional.of(d.schedule());
                case PhaseClause.Withdrawal w -> Optional.of(w.deadline());
                case PhaseClause.Undertaking u -> u.deadline();
                default -> Optional.empty();
              };
          if (deadline.orElse(null) instanceof Schedule.ByAgreementDay by && by.day() > day) {
            return true;
          }
          if (deadline.orElse(null) instanceof Schedule.AgreementWindow w && w.last() > day) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean pendingWork(PhaseRunState run, PhaseClause clause, long phaseDay) {
    return switch (clause) {
      case PhaseClause.Release r -> {
        if (r.schedule().orElse(null) instanceof Schedule.Batches) {
          long left =
              r.count().map(c -> c - run.dueSoFar.getOrDefault(r, 0L)).orElse(Long.MAX_VALUE);
          yield left > 0 && world.ledger.available(r.party(), r.category()) > 0;
        }
        yield r.schedule().map(s -> pending(s, run, phaseDay)).orElse(false);
      }
      case PhaseClause.Withdrawal w -> pending(w.deadline(), run, phaseDay);
      case PhaseClause.Undertaking u ->
          u.deadline().map(s -> pending(s, run, phaseDay)).orElse(u.startsOnPhaseDay() > phaseDay);
      case PhaseClause.Talks t -> t.beginByDay() > phaseDay;
      default -> false;
    };
  }

  /** A deadline still ahead; one in days of the agreement is compared with the agreement's day. */
  private static boolean pending(Schedule schedule, PhaseRunState run, long phaseDay) {
    if (schedule instanceof Schedule.ByAgreementDay by) {
      return by.day() > run.start + phaseDay - 1;
    }
    if (schedule instanceof Schedule.AgreementWindow w) {
      return w.last() > run.start + phaseDay - 1;
    }
    return lastDay(schedule) > phaseDay;
  }

  private static long lastDay(Schedule schedule) {
    return switch (schedule) {
      case Schedule.ByAgreementDay by -> 0; // compared with the agreement's day by pending()
      case Schedule.AgreementWindow w -> 0;
      case Schedule.OnDay on -> on.day();
      case Schedule.ByDay by -> by.day();
      case Schedule.Batches b -> b.fromDay();
      case Schedule.BestEffort effort -> effort.longStop().orElse(0L);
      case Schedule.Window window -> window.last();
      case Schedule.After after -> 0; // its own period: outlivingPending()
    };
  }
}
