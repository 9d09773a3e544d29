package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.check.Analysis;

/**
 * completes: every run ends, by the agreement concluding or lapsing, or a party lawfully ending it
 * (a lapsed run is finished, though not concluded; the words name the lapse only in texts that have
 * one). Otherwise the witness is a lasso (a run that can go on for ever), with the clauses that
 * leave the text open ({@link OpenEnded}), or a run that gets stuck (deadlock).
 */
final class Completes {
  private Completes() {}

  static Analysis run(Context c) {
    String name = "completes";
    boolean lapses = c.ts.agreement().lapse().isPresent();
    Optional<Cycles.Lasso> lasso = Cycles.find(c.graph, c::inForce, id -> -id, c.footprint);
    if (lasso.isPresent()) {
      List<Integer> path = lasso.get().path();
      List<Finding> findings = new ArrayList<>();
      long[] last = c.graph.values(path.getLast());
      List<Finding> why = OpenEnded.why(c, last);
      findings.add(
          Finding.of(
              lapses
                  ? "the agreement is neither concluded, lapsed nor ended, and can stay so"
                  : "the agreement is neither concluded nor ended, and can stay so"));
      findings.addAll(why);
      findings.addAll(StateFacts.of(c.ts, last));
      return Verdicts.violated(
          name,
          OptionalLong.empty(),
          (lapses
                  ? "a run can go on for ever without the agreement concluding, lapsing or being"
                      + " ended by a right"
                  : "a run can go on for ever without the agreement concluding or being ended by a"
                      + " right")
              + ", because "
              + why.getFirst().text(),
          c.witnesses.lasso(path, lasso.get().loopIndex(), findings));
    }
    int stuck = Deadlocks.first(c);
    if (stuck >= 0) {
      return Verdicts.violated(
          name,
          OptionalLong.empty(),
          "a run gets stuck before the agreement concludes: see the deadlock analysis",
          c.witnesses.run(c.graph.pathTo(stuck), StateFacts.of(c.ts, c.graph.values(stuck))));
    }
    return Verdicts.holdsIfComplete(
        c,
        name,
        OptionalLong.empty(),
        lapses
            ? "every run ends: the agreement concludes or lapses, or a party lawfully ends it"
            : "every run ends: the agreement concludes or a party lawfully ends it");
  }
}
