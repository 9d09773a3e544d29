package org.truce.check.internal.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.check.Analysis;
import org.truce.check.Verdict;
import org.truce.check.Witness;

/** Builds analysis results the same way for every analysis. */
final class Verdicts {
  private Verdicts() {}

  static Analysis violated(String name, OptionalLong value, String summary, Witness witness) {
    return new Analysis(name, Verdict.VIOLATED, value, summary, Map.of(), Optional.of(witness));
  }

  /** Holds when the search was complete; otherwise inconclusive, saying how far it went. */
  static Analysis holdsIfComplete(Context c, String name, OptionalLong value, String summary) {
    if (c.graph.complete()) {
      return new Analysis(name, Verdict.HOLDS, value, summary, Map.of(), Optional.empty());
    }
    return new Analysis(
        name,
        Verdict.INCONCLUSIVE,
        value,
        "not decided: the search stopped after "
            + c.graph.size()
            + " states, none a counterexample to \""
            + summary
            + "\"",
        Map.of(),
        Optional.empty());
  }
}
