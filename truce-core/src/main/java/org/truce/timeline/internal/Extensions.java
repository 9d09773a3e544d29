package org.truce.timeline.internal;

import java.util.List;
import org.truce.model.ConditionEvaluator;
import org.truce.model.ConditionText;
import org.truce.model.PhaseClause;
import org.truce.timeline.TimelineNote;

/**
 * Takes the extension days the options ask for, one step at a time, on the last planned day of a
 * phase: each step comes from the first extension clause that allows it (its cap not reached, a
 * whole step still asked, its {@code while} condition holding at the end of the day, and for a step
 * that comes with releases, the releasing party still holding a whole step's count).
 */
final class Extensions {
  private final World world;
  private final List<TimelineNote> notes;

  Extensions(World world, List<TimelineNote> notes) {
    this.world = world;
    this.notes = notes;
  }

  /** True when a step was taken: the phase then lasts longer. */
  boolean take(PhaseRunState run, long day) {
    if (run.extensionLeft == 0) {
      return false;
    }
    String reason = "the phase has no extension clause";
    TimelineNote bound = null;
    for (PhaseClause clause : run.phase.clauses()) {
      if (!(clause instanceof PhaseClause.Extension e)) {
        continue;
      }
      if (e.capDays().isPresent() && run.extensionTaken + e.stepDays() > e.capDays().get()) {
        reason = "extensions are capped at " + days(e.capDays().get());
      } else if (run.extensionLeft < e.stepDays()) {
        reason = "an extension step is " + days(e.stepDays());
      } else if (e.trigger() instanceof PhaseClause.Extension.Trigger.While w
          && !ConditionEvaluator.holds(w.condition(), world.view(day, day))) {
        reason = "`%s` does not hold on day %d".formatted(ConditionText.of(w.condition()), day);
      } else if (e.trigger() instanceof PhaseClause.Extension.Trigger.PerReleases per
          && world.ledger.available(world.releaserOf(per), per.category()) < per.count()) {
        // The holdings bound the extension: a step whose releases cannot be made is not taken.
        String party = world.releaserOf(per);
        bound =
            new TimelineNote.ExtensionBounded(
                run.name(),
                run.extensionTaken + run.extensionLeft,
                run.extensionTaken,
                party,
                per.category(),
                world.ledger.available(party, per.category()),
                per.count(),
                e.ref());
      } else {
        run.steps.add(new PhaseRunState.Step(day + 1, e));
        run.plannedEnd += e.stepDays();
        run.extensionTaken += e.stepDays();
        run.extensionLeft -= e.stepDays();
        return true;
      }
    }
    notes.add(
        bound != null
            ? bound
            : new TimelineNote.ExtensionRefused(
                run.name(), run.extensionTaken + run.extensionLeft, run.extensionTaken, reason));
    run.extensionLeft = 0;
    return false;
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }
}
