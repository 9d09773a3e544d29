package org.truce.timeline.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.truce.model.ConditionEvaluator;
import org.truce.model.ConditionText;
import org.truce.model.PhaseClause;
import org.truce.timeline.TimelineNote;
import org.truce.vocabulary.ScopeKind;

/**
 * Watches the assurances: a guarantor keeps its assurance in a compliant run, so an assurance that
 * fails under the options (talks stalled that the guarantors ensure do not stall) is a
 * contradiction the timeline reports once, on the first day it shows. {@code until S} scopes end
 * for good the first day S holds; {@code while S} scopes apply on the days S holds. Assurances
 * inside a phase apply while the phase is in force.
 */
final class Assurances {
  private final World world;
  private final Map<PhaseClause.Assurance, Boolean> over = new IdentityHashMap<>();

  Assurances(World world) {
    this.world = world;
  }

  /** Checks the assurances of the agreement and of {@code active}, the phases in force today. */
  void check(long day, List<PhaseRunState> active, List<TimelineNote> notes) {
    List<PhaseClause.Assurance> inForce = new ArrayList<>(world.agreement.assurances());
    for (PhaseRunState run : active) {
      for (PhaseClause clause : run.phase.clauses()) {
        if (clause instanceof PhaseClause.Assurance a) {
          inForce.add(a);
        }
      }
    }
    var state = world.view(day, day);
    for (PhaseClause.Assurance a : inForce) {
      if (over.containsKey(a)) {
        continue;
      }
      boolean applies = true;
      if (a.scope().isPresent()) {
        boolean scope = ConditionEvaluator.holds(a.scope().get().condition(), state);
        if (a.scope().get().kind() == ScopeKind.UNTIL && scope) {
          over.put(a, true);
          continue;
        }
        applies = a.scope().get().kind() == ScopeKind.UNTIL || scope;
      }
      if (applies && !ConditionEvaluator.holds(a.condition(), state)) {
        over.put(a, true);
        notes.add(
            new TimelineNote.AssuranceFails(
                day, a.guarantors(), ConditionText.of(a.condition()), a.ref()));
      }
    }
  }
}
