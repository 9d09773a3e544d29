package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.truce.cli.testing.Transcript;

/** {@code truce diff}: the 2024 proposal against the counterproposal, JSON, and bad input. */
class DiffRunnerTest {
  private static final String PROPOSAL = "../examples/framework-2024-proposal.truce";
  private static final String COUNTER = "../examples/framework-2024-counterproposal.truce";

  @Test
  void counterproposalClosesTheExposureAndOpensAnIndefiniteTruce() {
    Transcript t = Transcript.main("diff", PROPOSAL, COUNTER);
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.out())
        .contains("closes    exposure(hamas) (violated 33 -> holds 0)")
        .contains("opens     indefinite-truce (holds 0 -> violated 55)");
    t.matches("diff-2024");
  }

  @Test
  void aTextAgainstItselfChangesNothingAndExits0() {
    Transcript t = Transcript.main("diff", PROPOSAL, PROPOSAL);
    assertThat(t.exit()).isZero();
    assertThat(t.out()).contains("  none\n").doesNotContain("opens").doesNotContain("closes");
  }

  @Test
  void aDiffThatALimitLeftUndecidedIsInconclusiveAndExits1() throws Exception {
    Transcript t = Transcript.main("diff", "--max-states", "10", PROPOSAL, PROPOSAL);
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.out())
        .contains("undecided exposure(hamas)")
        .contains("Inconclusive: no analysis could be compared")
        .doesNotContain("same      ");
    t.matches("diff-inconclusive");
    Transcript json = Transcript.main("diff", "--json", "--max-states", "10", PROPOSAL, PROPOSAL);
    assertThat(json.exit()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.at("/semantics/inconclusive").asBoolean()).isTrue();
  }

  @Test
  void jsonHasClausesAndSemantics() throws Exception {
    Transcript t = Transcript.main("diff", "--json", PROPOSAL, COUNTER);
    JsonNode root = new ObjectMapper().readTree(t.out());
    assertThat(root.get("old").asText()).isEqualTo(PROPOSAL);
    assertThat(root.get("clauses").get("clauses").get(0).get("change").asText()).isEqualTo("added");
    JsonNode truce = null;
    for (JsonNode a : root.get("semantics").get("analyses")) {
      if (a.get("name").asText().equals("indefinite-truce")) {
        truce = a;
      }
    }
    assertThat(truce).isNotNull();
    assertThat(truce.get("change").asText()).isEqualTo("added");
    assertThat(truce.get("new").get("value").asLong()).isEqualTo(55);
    assertThat(truce.get("new").get("trace")).isNotEmpty();
    assertThat(root.at("/semantics/inconclusive").asBoolean()).isFalse();
  }

  @Test
  void aMissingFileIsBadInput() {
    Transcript t = Transcript.main("diff", PROPOSAL, "no-such.truce");
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("error[E001]: cannot read `no-such.truce`");
    assertThat(t.out()).isEmpty();
  }

  @Test
  void bothFromStandardInputIsBadUsage() {
    Transcript t = Transcript.main("diff", "-", "-");
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err())
        .isEqualTo("truce diff: only one of OLD and NEW can be `-` (standard input)\n");
  }

  @Test
  void anAdversaryMissingFromOneTextIsBadUsage() {
    Transcript t = Transcript.main("diff", "--adversary", "north", PROPOSAL, COUNTER);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("`--adversary north` names no party of this agreement");
  }
}
