package org.truce.check.internal.promela;

import java.util.ArrayList;
import java.util.List;
import org.truce.check.internal.promela.PromelaConditions.Reading;
import org.truce.check.internal.system.Outcome;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Valuation;

/**
 * Steps 9 and 10 of a day in Promela, as the checker's {@code Endings} takes them: the agreement
 * concludes, or a run still in force lapses (docs/semantics.md, "One day, in order").
 */
final class PromelaEndings {
  private final TransitionSystem ts;
  private final PromelaNames names;
  private final PromelaConditions conditions;
  private final PromelaCode out;

  PromelaEndings(
      TransitionSystem ts, PromelaNames names, PromelaConditions conditions, PromelaCode out) {
    this.ts = ts;
    this.names = names;
    this.conditions = conditions;
    this.out = out;
  }

  void conclude() {
    String done;
    if (ts.agreement().conclusion().isPresent()) {
      done = conditions.condition(ts.agreement().conclusion().get().condition(), Reading.NOW);
    } else {
      List<String> ended = new ArrayList<>();
      ts.phases().forEach(p -> ended.add(names.of(p.status()) + " == " + Valuation.ENDED));
      done = ended.isEmpty() ? "true" : "(" + String.join(" && ", ended) + ")";
    }
    String over = names.of(ts.overVar());
    out.when(
        over + " == " + Outcome.IN_FORCE + " && " + done,
        () -> out.line(over + " = " + Outcome.CONCLUDED + ";"));
  }

  /** Step 10: a run still in force lapses when the lapse clause's trigger holds. */
  void lapse() {
    if (ts.agreement().lapse().isEmpty()) {
      return;
    }
    out.comment("10. the agreement may lapse");
    String when = conditions.condition(ts.agreement().lapse().get().trigger(), Reading.NOW);
    String over = names.of(ts.overVar());
    out.when(
        over + " == " + Outcome.IN_FORCE + " && " + when,
        () -> out.line(over + " = " + Outcome.lapsedCode(ts.actors().size()) + ";"));
  }
}
