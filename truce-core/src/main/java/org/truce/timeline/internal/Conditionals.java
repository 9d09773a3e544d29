package org.truce.timeline.internal;

import java.util.ArrayList;
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

  /** A conditional release of a phase that has begun, with its schedule. */
  private record Armable(PhaseRunState run, PhaseClause.Release release, Schedule.After after) {
    Optional<Long> dueDay() {
      return Conditionals.dueDay(run, release, after);
    }

    boolean armed() {
      return run.armedOn.containsKey(release);
    }
  }

  /** The conditional releases of the phases that have begun, in the text's order. */
  private List<Armable> begun() {
    List<Armable> all = new ArrayList<>();
    for (PhaseRunState run : world.outliving) {
      if (run.started()) {
        for (PhaseClause clause : run.phase.clauses()) {
          of(clause).ifPresent(a -> all.add(new Armable(run, (PhaseClause.Release) clause, a)));
        }
      }
    }
    return all;
  }

  /**
   * At the start of {@code day}, after phases begin: arms every conditional release of a phase that
   * has begun whose trigger held at the end of the day before.
   */
  void arm(long day) {
    for (Armable a : begun()) {
      if (!a.armed() && ConditionEvaluator.holds(a.after().trigger(), world.view(day - 1, day))) {
        a.run().armedOn.put(a.release(), day);
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
    for (Armable a : begun()) {
      if (a.armed()
          ? a.dueDay().orElseThrow() > day
          : ConditionEvaluator.holds(a.after().trigger(), world.view(day, day + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A note for each conditional release of a phase that began: armed when, or never ({@code
   * lastDay}: the timeline's last day, on which a trigger may have completed too late).
   */
  void note(List<TimelineNote> notes, long lastDay) {
    for (Armable a : begun()) {
      PhaseClause.Release r = a.release();
      notes.add(
          new TimelineNote.Conditional(
              a.run().name(),
              r.party(),
              r.count(),
              r.category(),
              a.after(),
              Optional.ofNullable(a.run().armedOn.get(r)),
              !a.armed()
                  && ConditionEvaluator.holds(
                      a.after().trigger(), world.view(lastDay, lastDay + 1)),
              r.ref()));
    }
  }
}
