package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.Transcript;

/**
 * {@code truce check} and {@code truce render} with a baseline of accepted findings beside the
 * agreement (docs/cli.md, "Accepted findings"), as transcripts.
 */
class CheckBaselineTest {
  private static final Path PROPOSAL = Path.of("../examples/framework-2024-proposal.truce");

  @TempDir Path tmp;

  private Path agreement() throws Exception {
    Path copy = tmp.resolve("proposal.truce");
    Files.copy(PROPOSAL, copy);
    return copy;
  }

  private static void write(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void writeBaselineAcceptsTheFindingsAndTheCheckPasses() throws Exception {
    Path file = agreement();
    Transcript written =
        Transcript.main("check", "--write-baseline", "--reason", "known", file.toString());
    written.hiding(tmp).matches("check-write-baseline");
    assertThat(written.exit()).isZero();
    Transcript again = Transcript.main("check", file.toString()).hiding(tmp);
    assertThat(again.exit()).isZero();
    assertThat(again.err()).endsWith("9 analyses: 3 accepted, 6 hold\n");
    Transcript none = Transcript.main("check", "--no-baseline", file.toString());
    assertThat(none.exit()).isEqualTo(1);
  }

  @Test
  void aWorseFigureAndAStaleAcceptanceAreReported() throws Exception {
    Path file = agreement();
    write(
        Path.of(file + ".baseline"),
        "accept completes because \"talks may stall\"\n"
            + "accept exposure(hamas) up to 20 because \"phase one releases 20 first\"\n"
            + "accept deadlock because \"no longer true\"\n"
            + "accept require(6.2) because \"the remains take longer\"\n");
    Transcript t = Transcript.main("check", file.toString()).hiding(tmp);
    t.matches("check-baseline-worse-and-stale");
    assertThat(t.exit()).isEqualTo(1);
  }

  @Test
  void aBadBaselineIsBadInputWithItsPlace() throws Exception {
    Path file = agreement();
    write(Path.of(file + ".baseline"), "accept exposure(hamaz) up to 33 because \"x\"\n");
    Transcript t = Transcript.main("check", file.toString()).hiding(tmp);
    t.matches("check-baseline-bad");
    assertThat(t.exit()).isEqualTo(2);
  }

  @Test
  void jsonSaysWhatWasAccepted() throws Exception {
    Path file = agreement();
    write(
        Path.of(file + ".baseline"),
        "accept exposure(hamas) up to 40 because \"phase one is a first step\"\n");
    Transcript t = Transcript.main("check", "--json", file.toString());
    assertThat(t.exit()).isEqualTo(1); // completes and require(6.2) are not accepted
    JsonNode entry = new ObjectMapper().readTree(t.out()).get(0);
    assertThat(entry.get("baseline").asText()).isEqualTo(file + ".baseline");
    for (JsonNode a : entry.get("analyses")) {
      boolean exposure = a.get("name").asText().equals("exposure(hamas)");
      assertThat(a.get("accepted").asBoolean()).isEqualTo(exposure);
      if (exposure) {
        assertThat(a.get("verdict").asText()).isEqualTo("violated");
        assertThat(a.get("acceptance").get("status").asText()).isEqualTo("accepted");
        assertThat(a.get("acceptance").get("upTo").asLong()).isEqualTo(40);
        assertThat(a.get("acceptance").get("line").asInt()).isEqualTo(1);
      }
    }
  }

  @Test
  void misusesOfTheOptionsAreUsageErrors() throws Exception {
    Path file = agreement();
    Transcript many = Transcript.main("check", "--baseline", "b", file.toString(), file.toString());
    assertThat(many.exit()).isEqualTo(2);
    assertThat(many.err()).contains("[E620]");
    Transcript stdin =
        Transcript.of(
            new java.io.ByteArrayInputStream(Files.readAllBytes(file)),
            io -> org.truce.cli.Main.run(new String[] {"check", "--write-baseline", "-"}, io));
    assertThat(stdin.exit()).isEqualTo(2);
    assertThat(stdin.err()).contains("[E621]");
    Transcript validateOnly =
        Transcript.main("check", "--write-baseline", "--validate-only", file.toString());
    assertThat(validateOnly.exit()).isEqualTo(2);
    assertThat(validateOnly.err()).contains("[E622]");
    Transcript both =
        Transcript.main("check", "--no-baseline", "--write-baseline", file.toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("[E623]");
    Transcript missing =
        Transcript.main("check", "--baseline", tmp.resolve("none").toString(), file.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("[E001]");
  }

  @Test
  void diffStillReportsAcceptedFiguresThatChange() throws Exception {
    Path old = agreement();
    Path now = tmp.resolve("counterproposal.truce");
    Files.copy(Path.of("../examples/framework-2024-counterproposal.truce"), now);
    String accepted =
        "accept exposure(hamas) up to 33 because \"a first step\"\n"
            + "accept indefinite-truce up to 60 because \"the guarantors will not let it last\"\n";
    write(Path.of(old + ".baseline"), accepted);
    write(Path.of(now + ".baseline"), accepted);
    Transcript t = Transcript.main("diff", old.toString(), now.toString());
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.out())
        .contains("closes    exposure(hamas) (violated 33 -> holds 0)")
        .contains("opens     indefinite-truce (holds 0 -> violated 55)");
  }

  @Test
  void renderListsTheAcceptedFindingsInAnAnnex() throws Exception {
    Path file = agreement();
    write(
        Path.of(file + ".baseline"),
        "accept exposure(hamas) up to 33 because \"phase one is a first step\"\n"
            + "accept completes because \"talks may stall | for weeks\"\n");
    Transcript t = Transcript.main("render", file.toString()).hiding(tmp);
    assertThat(t.exit()).isZero();
    String annex = t.out().substring(t.out().indexOf("## Annex B. Accepted findings"));
    assertThat(annex)
        .isEqualTo(
            "## Annex B. Accepted findings\n\n"
                + "*Findings of `truce check` the drafters accept, as recorded in"
                + " `$TMP/proposal.truce.baseline`; the check reports any whose figure grows"
                + " past its bound, or that no longer occurs.*\n\n"
                + "| Analysis | Accepted up to | Adversary | Reason |\n"
                + "|---|---:|---|---|\n"
                + "| `exposure(hamas)` | 33 | none | phase one is a first step |\n"
                + "| `completes` | (no figure) | none | talks may stall \\| for weeks |\n\n");
  }
}
