package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import org.truce.check.internal.system.Valuation;
import org.truce.model.Agreement;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.PhaseState;

/**
 * Why a run can go on for ever (docs/semantics.md, "Why a text is open-ended"): the clauses that
 * leave the agreement in force on the days a lasso repeats, each cited. A phase in force is open
 * when it has no length and no {@code ends when}, when it ends only on a condition that does not
 * hold on those days, or when an uncapped {@code extends ... while C} keeps extending it; a phase
 * that has not begun is open when it begins only on a condition that does not hold; the agreement
 * is open when its {@code concludes when C} does not hold.
 */
final class OpenEnded {
  private OpenEnded() {}

  /** The reasons, read off {@code v}, a state the lasso repeats; never empty. */
  static List<Finding> why(Context c, long[] v) {
    Agreement agreement = c.ts.agreement();
    Valuation view = c.ts.view(v);
    List<Finding> reasons = new ArrayList<>();
    boolean pendingSeen = false;
    for (Phase p : agreement.phases()) {
      if (view.phaseIs(p.name(), PhaseState.ACTIVE)) {
        inForce(c, p, reasons);
      } else if (!view.phaseIs(p.name(), PhaseState.BEGUN) && !pendingSeen) {
        pendingSeen = true;
        if (p.entry() instanceof Phase.Entry.When when) {
          reasons.add(
              new Finding(
                  "phase "
                      + p.name()
                      + " has not begun, and it begins only when "
                      + c.text(when.condition())
                      + ", which does not hold on the days that repeat",
                  p.ref(),
                  p));
        }
      }
    }
    agreement
        .conclusion()
        .ifPresent(
            k ->
                reasons.add(
                    new Finding(
                        "the agreement concludes only when "
                            + c.text(k.condition())
                            + ", which does not hold on the days that repeat",
                        k.ref(),
                        k)));
    if (reasons.isEmpty()) {
      reasons.add(Finding.of("no clause of the text ends the agreement on the days that repeat"));
    }
    return reasons;
  }

  private static void inForce(Context c, Phase p, List<Finding> reasons) {
    if (p.durationDays().isEmpty()) {
      String text =
          p.endsWhen()
              .map(
                  e ->
                      "phase "
                          + p.name()
                          + " lasts indefinitely and ends only when "
                          + c.text(e)
                          + ", which does not hold on the days that repeat")
              .orElse(
                  "phase "
                      + p.name()
                      + " lasts indefinitely and has no `ends when`: no clause ends it, so it"
                      + " stays in force until a party ends the agreement");
      reasons.add(new Finding(text, p.ref(), p));
      return;
    }
    boolean extended = false;
    for (PhaseClause clause : p.clauses()) {
      if (clause instanceof PhaseClause.Extension e
          && e.capDays().isEmpty()
          && e.trigger() instanceof PhaseClause.Extension.Trigger.While w) {
        extended = true;
        reasons.add(
            new Finding(
                "phase "
                    + p.name()
                    + " is extended again and again while "
                    + c.text(w.condition())
                    + ", and this extension has no cap (`up to`)",
                e.ref(),
                e));
      }
    }
    if (!extended) {
      reasons.add(
          new Finding("phase " + p.name() + " stays in force past its planned length", p.ref(), p));
    }
  }
}
