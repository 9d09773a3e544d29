package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.Transcript;

/**
 * {@code truce check --verdicts}: the search stops once every verdict asked for is settled, and the
 * report says so, for each analysis, in text and in JSON (docs/cli.md, "Verdicts only").
 */
class CheckVerdictsTest {
  private static final String PROPOSAL = "../examples/framework-2024-proposal.truce";
  private static final String[] SETTLED = {
    "check",
    "--verdicts",
    "--adversary",
    "hamas",
    "--only",
    "completes,exposure,indefinite-truce,require(6.1)",
    PROPOSAL
  };

  @TempDir Path tmp;

  @Test
  void textSaysWhenEachVerdictWasSettledAndWhatItsFigureAndWitnessAre() {
    Transcript t = Transcript.main(SETTLED);
    assertThat(t.exit()).isEqualTo(1);
    t.matches("check-verdicts");
  }

  @Test
  void jsonSaysTheSameInFields() {
    Transcript t = Transcript.main(withJson(SETTLED));
    // The only figure that changes from run to run: how long it took.
    new Transcript(t.exit(), t.out().replaceAll("\"seconds\": [0-9.]+", "\"seconds\": 0"), t.err())
        .matches("check-verdicts-json");
    assertThat(t.out()).contains("\"stop\": \"settled\"").contains("\"verdictsOnly\": true");
  }

  @Test
  void withoutVerdictsOnlyEveryFigureIsInFullAndNothingIsSettledEarly() {
    Transcript t = Transcript.main("check", "--json", "--adversary", "hamas", PROPOSAL);
    assertThat(t.out())
        .contains("\"stop\": \"complete\"")
        .contains("\"verdictsOnly\": false")
        .doesNotContain("\"valueAtLeast\"");
  }

  @Test
  void aVerdictThatHoldsNeedsTheWholeSearch() {
    Transcript t = Transcript.main("check", "--verdicts", PROPOSAL);
    assertThat(t.out())
        .contains("every run explored (verdicts only: figures and witnesses of the verdicts")
        .contains("holds        deadlock");
  }

  @Test
  void aBaselineIsNotWrittenFromVerdictsOnly() throws Exception {
    Path file = tmp.resolve("proposal.truce");
    Files.copy(Path.of(PROPOSAL), file);
    Transcript t = Transcript.main("check", "--verdicts", "--write-baseline", file.toString());
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("[E772]");
    assertThat(Files.exists(tmp.resolve("proposal.truce.baseline"))).isFalse();
  }

  private static String[] withJson(String[] args) {
    String[] out = new String[args.length + 1];
    out[0] = args[0];
    out[1] = "--json";
    System.arraycopy(args, 1, out, 2, args.length - 1);
    return out;
  }
}
