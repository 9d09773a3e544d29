package org.truce.check.internal.promela;

import org.truce.check.internal.promela.PromelaConditions.Reading;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Valuation;
import org.truce.model.Schedule;

/**
 * Conditional releases in step 2 of a day, as the checker's {@code Armings} moves them
 * (docs/semantics.md, "Conditional releases"): an armed release counts one more day of its period;
 * one not yet armed, of a phase in force or ended, is armed when its trigger held at the end of the
 * day before. Nothing is released before step 3, so the released and held counts read now are those
 * of the end of the day before.
 */
final class PromelaArmings {
  private final TransitionSystem ts;
  private final PromelaNames names;
  private final PromelaConditions conditions;
  private final PromelaCode out;

  PromelaArmings(
      TransitionSystem ts, PromelaNames names, PromelaConditions conditions, PromelaCode out) {
    this.ts = ts;
    this.names = names;
    this.conditions = conditions;
    this.out = out;
  }

  void write() {
    for (PhaseInfo p : ts.phases()) {
      for (ReleaseInfo r : p.releases()) {
        if (r.conditional()) {
          arm(p, r);
        }
      }
    }
  }

  private void arm(PhaseInfo p, ReleaseInfo r) {
    Schedule.After after = (Schedule.After) r.clause().schedule().orElseThrow();
    String since = names.of(r.since());
    String status = names.of(p.status());
    out.comment(
        r.party()
            + " releases "
            + r.category()
            + " within "
            + after.withinDays()
            + " days after "
            + after.triggerText()
            + PromelaCode.cite(r.clause().ref()));
    out.choice(
        () ->
            out.option(
                since + " >= 1 && " + since + " <= " + r.day(),
                () -> out.line(since + " = " + since + " + 1;")),
        () ->
            out.option(
                since
                    + " == 0 && ("
                    + status
                    + " == "
                    + Valuation.ACTIVE
                    + " || "
                    + status
                    + " == "
                    + Valuation.ENDED
                    + ") && "
                    + conditions.condition(after.trigger(), Reading.NOW),
                () -> out.line(since + " = 1;")),
        () -> out.line(":: else -> skip"));
  }
}
