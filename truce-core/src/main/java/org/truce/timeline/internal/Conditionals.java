package org.truce.timeline.internal;

import java.util.List;
import java.util.Optional;
import org.truce.model.ConditionEvaluator;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.timeline.TimelineNote;

/**
 * Conditional releases in the compliant run (docs/semantics.md, "Conditional releases"): each is
 * armed on the first day after its trigger completed, once its phase has begun, and placed on the
 * last day of its period.
 */
final class Conditionals {
  private final World world;

  Conditionals(World world) {
    this.world = world;
  }

  /** The conditional schedule of {@code clause}, if it is a conditional release. */
  static Optional<Schedule.After> of(PhaseClause clause) {
    return clause instanceof PhaseClause.Release r
            && r.schedule().orElse(null) instanceof Schedule.After after
        ? Optional.of(after)
        : Optional.empty();
  }

  /**
   * At the start of {@code day}, after phases begin: arms every conditional release of a phase that
   * has begun whose trigger held at the end of the day before.
   */
  void arm(long day) {
    for (PhaseRunState run : world.outliving) {
      if (!run.started()) {
        continue;
      }
      for (PhaseClause clause : run.phase.clauses()) {
        if (of(clause).isPresent()
            && !run.armedOn.containsKey((PhaseClause.Release) clause)
            && ConditionEvaluator.holds(of(clause).get().trigger(), world.view(day - 1, day))) {
          run.armedOn.put((PhaseClause.Release) clause, day);
        }
      }
    }
  }

  /** The day of the agreement a conditional release is due, once armed. */
  static Optional<Long> dueDay(PhaseRunState run, PhaseClause.Release r, Schedule.After after) {
    return Optional.ofNullable(run.armedOn.get(r)).map(first -> first + after.withinDays() - 1);
  }

  /**
   * True when a conditional release is still ahead after {@code day}: armed and due later, or its
   * trigger complete and to be armed tomorrow. The timeline then goes on, as the checker does.
   */
  boolean pending(long day) {
    for (PhaseRunState run : world.outliving) {
      if (!run.started()) {
        continue;
      }
      for (PhaseClause clause : run.phase.clauses()) {
        Optional<Schedule.After> after = of(clause);
        if (after.isEmpty()) {
          continue;
        }
        PhaseClause.Release r = (PhaseClause.Release) clause;
        Optional<Long> due = dueDay(run, r, after.get());
        if (due.map(d -> d > day).orElse(false)
            || (due.isEmpty()
                && ConditionEvaluator.holds(after.get().trigger(), world.view(day, day + 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A note for each conditional release of a phase that began: armed when, or never ({@code
   * lastDay}: the timeline's last day, on which a trigger may have completed too late).
   */
  void note(List<TimelineNote> notes, long lastDay) {
    for (PhaseRunState run : world.outliving) {
      if (!run.started()) {
        continue;
      }
      for (PhaseClause clause : run.phase.clauses()) {
        Optional<Schedule.After> after = of(clause);
        if (after.isPresent()) {
          PhaseClause.Release r = (PhaseClause.Release) clause;
          notes.add(
              new TimelineNote.Conditional(
                  run.name(),
                  r.party(),
                  r.count(),
                  r.category(),
                  after.get(),
                  Optional.ofNullable(run.armedOn.get(r)),
                  !run.armedOn.containsKey(r)
                      && ConditionEvaluator.holds(
                          after.get().trigger(), world.view(lastDay, lastDay + 1)),
                  r.ref()));
        }
      }
    }
  }
}
