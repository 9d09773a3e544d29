package org.truce.check.internal.system;

import static org.truce.check.internal.system.Valuation.ENDED;

import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.model.ClauseRef;

/**
 * Steps 9 and 10 of a day of {@link DayStep} (docs/semantics.md, "One day, in order"): the
 * agreement concludes when its `concludes when` condition holds (without one, when every phase has
 * ended), and a run still in force lapses when the lapse clause's trigger holds.
 */
final class Endings {
  private final TransitionSystem ts;
  private final CompiledConditions.Test concludes;
  private final CompiledConditions.Test lapses;
  private final int lapsedCode;

  Endings(TransitionSystem ts) {
    this.ts = ts;
    CompiledConditions c = ts.conditions;
    concludes = ts.agreement.conclusion().map(k -> c.test(k.condition())).orElse(null);
    lapses = ts.agreement.lapse().map(l -> c.test(l.trigger())).orElse(null);
    lapsedCode = Outcome.lapsedCode(ts.agreement.actors().size());
  }

  void conclude(long[] v, StepLog log) {
    if (v[ts.over] != Outcome.IN_FORCE) {
      return;
    }
    boolean done = concludes != null ? concludes.test(v) : allEnded(v);
    if (done) {
      v[ts.over] = Outcome.CONCLUDED;
      if (log.recording()) {
        var ref = ts.agreement.conclusion().map(c -> c.ref()).orElse(ClauseRef.NONE);
        log.event(
            "concluded",
            null,
            "the agreement is concluded",
            ref,
            ts.agreement.conclusion().orElse(null));
      }
    }
  }

  /** Step 10: a run still in force lapses when the lapse clause's trigger holds. */
  void lapse(long[] v, StepLog log) {
    if (lapses == null || v[ts.over] != Outcome.IN_FORCE || !lapses.test(v)) {
      return;
    }
    v[ts.over] = lapsedCode;
    if (log.recording()) {
      var lapse = ts.agreement.lapse().orElseThrow();
      log.event(
          "lapsed",
          null,
          "the agreement lapses: it binds no one any more, and every party is free to resume"
              + " hostilities",
          lapse.ref(),
          lapse);
    }
  }

  private boolean allEnded(long[] v) {
    for (PhaseInfo p : ts.phases) {
      if (v[p.status()] != ENDED) {
        return false;
      }
    }
    return true;
  }
}
