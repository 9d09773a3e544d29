package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.truce.cli.testing.Transcript;

/** {@code truce check} with its analyses: reports, options, their errors, and the JSON shape. */
class CheckAnalysesTest {
  private static final String PROPOSAL = "../examples/framework-2024-proposal.truce";
  private static final String NOVEMBER = "../examples/november-2023.truce";

  @Test
  void proposalReport() {
    Transcript.main("check", PROPOSAL).matches("check-analyses-proposal");
  }

  @Test
  void adversaryReport() {
    Transcript.main("check", "--adversary", "israel", "--only", "exposure", NOVEMBER)
        .matches("check-analyses-adversary");
  }

  @Test
  void anAdversaryThatIsNoPartyIsBadUsage() {
    Transcript t = Transcript.main("check", "--adversary", "qatar", NOVEMBER);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err())
        .isEqualTo(
            "truce check: ../examples/november-2023.truce: `--adversary qatar` names no party of"
                + " this agreement; its parties are israel, hamas\n");
  }

  @Test
  void anUnknownAnalysisIsBadUsageAndListsTheKnownOnes() {
    Transcript t = Transcript.main("check", "--only", "exposure(qatar)", NOVEMBER);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("`--only exposure(qatar)` names no analysis of this agreement");
    assertThat(t.err()).contains("exposure(israel), exposure(hamas), indefinite-truce");
  }

  @Test
  void aBadTimeoutIsAUsageError() {
    Transcript t = Transcript.main("check", "--timeout", "soon", NOVEMBER);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("`--timeout` takes seconds or minutes");
  }

  /** Beyond what the checker's budget in nanoseconds can hold, or a year, is refused. */
  @Test
  void aTimeoutOfMoreThanAYearIsAUsageError() {
    for (String timeout : new String[] {"9999999999999m", "366000000s", "525601m"}) {
      Transcript t = Transcript.main("check", "--timeout", timeout, NOVEMBER);
      assertThat(t.exit()).as(timeout).isEqualTo(2);
      assertThat(t.err()).as(timeout).contains("`--timeout` must be at most a year (`525600m`)");
    }
    assertThat(Transcript.main("check", "--timeout", "525600m", NOVEMBER).exit()).isZero();
  }

  @Test
  void aStateLimitGivesInconclusiveResultsAndExit1() {
    Transcript t = Transcript.main("check", "--max-states", "50", PROPOSAL);
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.out()).contains("search stopped at its state limit: inconclusive");
    assertThat(t.out()).contains("inconclusive completes");
  }

  @Test
  void validateOnlyRunsNoAnalysis() {
    Transcript t = Transcript.main("check", "--validate-only", PROPOSAL);
    assertThat(t.exit()).isZero();
    assertThat(t.out()).isEmpty();
    assertThat(t.err()).isEqualTo("1 file checked: no errors\n");
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    Transcript t = Transcript.main("check", "--json", PROPOSAL);
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.err()).isEmpty();
    JsonNode file = new ObjectMapper().readTree(t.out()).get(0);
    assertThat(file.get("file").asText()).isEqualTo(PROPOSAL);
    assertThat(file.get("exploration").get("states").asLong()).isEqualTo(7659);
    assertThat(file.get("exploration").get("complete").asBoolean()).isTrue();
    JsonNode exposure = null;
    for (JsonNode a : file.get("analyses")) {
      if (a.get("name").asText().equals("exposure(hamas)")) {
        exposure = a;
      }
    }
    assertThat(exposure).isNotNull();
    assertThat(exposure.get("holds").asBoolean()).isFalse();
    assertThat(exposure.get("verdict").asText()).isEqualTo("violated");
    assertThat(exposure.get("value").asLong()).isEqualTo(33);
    JsonNode step = exposure.get("trace").get(2);
    assertThat(step.get("day").asLong()).isEqualTo(42);
    assertThat(step.get("phase").asText()).isEqualTo("one");
    assertThat(step.get("event").asText()).isEqualTo("release");
    assertThat(step.get("clause").get("id").asText()).isEqualTo("1.3");
    assertThat(step.get("line").asInt()).isEqualTo(73);
  }
}
