package org.truce.check.internal.system;

import java.util.Map;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.model.ClauseRef;

/**
 * The adversary's breaches of its withdrawals, deliveries and undertakings, and the mediators'
 * confirmations of its breaches, in a day of {@link DayStep} (docs/semantics.md, "Breaches"): only
 * those a condition of the text reads, each a choice.
 */
final class BreachChoices {
  private final TransitionSystem ts;

  // The adversary's duties a condition reads, with the breach bits each sets.
  private final Duties.Duty[] duties;
  private final int[][] dutySets;

  BreachChoices(TransitionSystem ts) {
    this.ts = ts;
    duties = ts.duties.all().toArray(Duties.Duty[]::new);
    dutySets = new int[duties.length][];
    for (int k = 0; k < duties.length; k++) {
      dutySets[k] = ts.breaches.set(duties[k].ref());
    }
  }

  /**
   * The adversary's withdrawals, deliveries and undertakings that can be breached today, each its
   * choice (docs/semantics.md "Breaches"); none once every bit its breach would set is set.
   */
  void duties(long[] v, long day, Chooser chooser, StepLog log) {
    for (int k = 0; k < duties.length; k++) {
      Duties.Duty d = duties[k];
      PhaseInfo p = ts.phases.get(d.phase());
      if (!Duties.today(d, v[p.status()], v[p.day()], day) || allSet(v, dutySets[k])) {
        continue;
      }
      if (chooser.choose(ts.adversary, 2) == 1) {
        for (int var : dutySets[k]) {
          v[var] = 1;
        }
        if (log.recording()) {
          log.event("breach", p.name(), d.text(), d.ref(), d.clause(), d.facts());
        }
      }
    }
  }

  private static boolean allSet(long[] v, int[] vars) {
    for (int var : vars) {
      if (v[var] == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each mediator whose confirmation a condition reads chooses, on any day after the adversary's
   * first breach, whether to confirm it; a confirmation is for good.
   */
  void confirmations(long[] pre, long[] v, Chooser chooser, StepLog log) {
    int any = ts.breaches.anyVar();
    if (any == Tables.NONE || pre[any] == 0) {
      return;
    }
    for (BreachBits.Confirmation c : ts.breaches.confirmations()) {
      if (v[c.var()] == 0 && chooser.choose(c.player(), 2) == 1) {
        v[c.var()] = 1;
        if (log.recording()) {
          String party = ts.breaches.adversary();
          log.event(
              "confirmation",
              null,
              c.mediator() + " confirms a breach by " + party,
              ClauseRef.NONE,
              null,
              Map.of("mediator", c.mediator(), "party", party));
        }
      }
    }
  }
}
