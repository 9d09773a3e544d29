package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.check.Analysis;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.system.RequirementNames;
import org.truce.model.Requirement;
import org.truce.vocabulary.RequirementKind;

/**
 * The user's {@code require} properties. {@code always C} and {@code never C} are read on every day
 * of every run; {@code eventually C within N days} fails in a run where C has not held by the end
 * of day N (or the run ended before); {@code eventually C} fails in a run that ends, or goes on for
 * ever, without C ever holding.
 */
final class Requirements {
  private Requirements() {}

  static String name(Requirement r, int index) {
    return RequirementNames.of(r, index);
  }

  static Analysis run(Context c, Requirement r, int index) {
    String name = name(r, index);
    String text = c.text(r.condition());
    String written =
        r.kind().name().toLowerCase(java.util.Locale.ROOT)
            + " "
            + text
            + r.withinDays().map(n -> " within " + n + " days").orElse("");
    int bad = -1;
    Graph.Values values = c.graph.valuesReader();
    for (int id = 1; id < c.graph.size() && bad < 0; id++) {
      c.checkTime(id);
      long[] v = values.of(id);
      boolean violates =
          switch (r.kind()) {
            case ALWAYS -> !c.ts.view(v).holds(r.condition());
            case NEVER -> c.ts.view(v).holds(r.condition());
            case EVENTUALLY ->
                !c.ts.seen(v, index)
                    && (c.graph.finished(id)
                        || r.withinDays().map(n -> c.ts.day(v) > n).orElse(false));
          };
      if (violates) {
        bad = id;
      }
    }
    String cited = c.cite(r.ref(), r);
    if (bad >= 0) {
      List<Finding> findings = new ArrayList<>();
      findings.add(new Finding("`" + written + "` does not hold", r.ref(), r));
      findings.addAll(StateFacts.of(c.ts, c.graph.values(bad)));
      return Verdicts.violated(
          name,
          OptionalLong.empty(),
          "`" + written + "`" + cited + " fails in some run",
          c.witnesses.run(c.graph.pathTo(bad), findings));
    }
    if (r.kind() == RequirementKind.EVENTUALLY && r.withinDays().isEmpty()) {
      Optional<Cycles.Lasso> lasso =
          Cycles.find(
              c.graph,
              id -> c.inForce(id) && !c.ts.seen(values.of(id), index),
              id -> -id,
              c.footprint);
      if (lasso.isPresent()) {
        List<Integer> path = lasso.get().path();
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("`" + text + "` never holds in this run", r.ref(), r));
        findings.addAll(StateFacts.of(c.ts, c.graph.values(path.getLast())));
        return Verdicts.violated(
            name,
            OptionalLong.empty(),
            "`" + written + "`" + cited + " fails: a run can go on for ever without it",
            c.witnesses.lasso(path, lasso.get().loopIndex(), findings));
      }
    }
    return Verdicts.holdsIfComplete(
        c, name, OptionalLong.empty(), "`" + written + "`" + cited + " holds in every run");
  }
}
