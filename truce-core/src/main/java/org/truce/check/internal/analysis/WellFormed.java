package org.truce.check.internal.analysis;

import java.util.List;
import java.util.OptionalLong;
import org.truce.check.Analysis;

/**
 * well-formed: beyond what the model builder checks (names resolve, counts and schedules fit the
 * holdings), no run asks a party to release more than it still holds, counter-releases included.
 */
final class WellFormed {
  private WellFormed() {}

  static Analysis run(Context c) {
    int from = c.graph.shortfallFrom();
    if (from < 0) {
      return Verdicts.holdsIfComplete(
          c,
          "well-formed",
          OptionalLong.empty(),
          "no run asks a party to release more than it still holds");
    }
    return Verdicts.violated(
        "well-formed",
        OptionalLong.empty(),
        "a run asks a party to release more than it still holds",
        c.witnesses.runThen(
            c.graph.pathTo(from),
            c.graph.shortfallAnswers(),
            List.of(Finding.of("the release marked \"due\" could not be made in full"))));
  }
}
