package org.truce.check.internal.promela;

import org.truce.check.internal.system.Duties;
import org.truce.check.internal.system.Tables;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Valuation;

/**
 * The adversary's breaches of its withdrawals, deliveries and undertakings, and the mediators'
 * confirmations of its breaches, in Promela, as the checker's {@code BreachChoices} makes them
 * (docs/semantics.md, "Breaches").
 */
final class PromelaBreaches {
  private final TransitionSystem ts;
  private final PromelaNames names;
  private final PromelaCode out;

  PromelaBreaches(TransitionSystem ts, PromelaNames names, PromelaCode out) {
    this.ts = ts;
    this.names = names;
    this.out = out;
  }

  /**
   * The adversary may breach a withdrawal, delivery or undertaking a condition reads, on the days
   * it can (DayStep#duties): the breach bits it sets.
   */
  void duties() {
    for (Duties.Duty d : ts.duties()) {
      PhaseInfo p = ts.phases().get(d.phase());
      String status = names.of(p.status());
      String pd = names.of(p.day());
      String guard =
          switch (d.kind()) {
            case PHASE_DAY -> status + " == " + Valuation.ACTIVE + " && " + pd + " == " + d.day();
            case AGREEMENT_DAY ->
                status
                    + " != "
                    + Valuation.PENDING
                    + " && "
                    + names.of(ts.dayVar())
                    + " == "
                    + d.day();
            case BATCH ->
                status
                    + " == "
                    + Valuation.ACTIVE
                    + " && "
                    + pd
                    + " >= "
                    + d.day()
                    + (d.last() == 0 ? "" : " && " + pd + " <= " + d.last())
                    + " && ("
                    + pd
                    + " - "
                    + d.day()
                    + ") % "
                    + d.every()
                    + " == 0";
            case ONGOING -> status + " == " + Valuation.ACTIVE + " && " + pd + " >= " + d.day();
          };
      StringBuilder set = new StringBuilder();
      for (int var : ts.breachSets(d.ref())) {
        set.append(' ').append(names.of(var)).append(" = 1;");
      }
      out.comment(d.text() + PromelaCode.cite(d.ref()));
      out.when(guard, () -> out.line("if :: skip :: true ->" + set + " fi;"));
    }
  }

  /** Mediators may confirm, on a day after the adversary's first breach (DayStep#confirmations). */
  void confirmations() {
    if (ts.anyBreachVar() == Tables.NONE) {
      return;
    }
    String before = names.dayBefore(ts.anyBreachVar());
    for (int[] c : ts.confirmationPlayers()) {
      String var = names.of(c[1]);
      out.comment(ts.players().get(c[0]) + " may confirm a breach");
      out.when(
          before + " == 1 && " + var + " == 0",
          () -> out.line("if :: skip :: " + var + " = 1 fi;"));
    }
  }
}
