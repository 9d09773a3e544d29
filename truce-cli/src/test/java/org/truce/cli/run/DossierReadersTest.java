package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.BundledDossier;
import org.truce.cli.testing.Transcript;

/**
 * The readers on the bundled dossier of the 2024 talks: they say what the founding report says. One
 * concession by hamas on the scope of the talks (its stance on clause 1.10 moves from a demanded
 * change to acceptance), one sticking point (the assurances of clause 7, rejected by israel),
 * sources that are mostly anonymous. Golden transcripts for every reader and format.
 */
class DossierReadersTest {
  @TempDir Path dossier;
  private BundledDossier bundled;

  @BeforeEach
  void importTheBundledJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "dossier-2024", "talks-2024.journal");
  }

  private Transcript truce(String... args) {
    return bundled.truce(args);
  }

  @Test
  void everyReaderInText() {
    truce("versions").matches("dossier-versions");
    truce("positions").matches("dossier-positions");
    truce("sticking-points").matches("dossier-sticking-points");
    truce("chronology").matches("dossier-chronology");
    truce("sources").matches("dossier-sources");
  }

  @Test
  void positionsAsMarkdownHtmlAndJson() {
    truce("positions", "--format", "md").matches("dossier-positions-md");
    truce("positions", "--format", "html").matches("dossier-positions-html");
    truce("positions", "--json").matches("dossier-positions-json");
  }

  @Test
  void oneStickingPointTheAssurancesRejectedByIsrael() throws IOException {
    JsonNode rows = json(truce("sticking-points", "--json")).get("rows");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("clause").asText()).isEqualTo("7 \"Assurances\"");
    assertThat(rows.get(0).get("rejectedBy").asText()).isEqualTo("israel");
  }

  @Test
  void hamasMovedOnTheScopeOfTheTalks() throws IOException {
    JsonNode before = json(truce("positions", "--json", "--version", "2024-05-31")).get("rows");
    assertThat(before).hasSize(1);
    assertThat(before.get(0).get("hamas").asText()).startsWith("demands a change (2024-07-02");
    JsonNode after = json(truce("positions", "--json")).get("rows");
    assertThat(after.get(0).get("clause").asText()).isEqualTo("1.10 \"Talks on phase two\"");
    assertThat(after.get(0).get("hamas").asText()).startsWith("accepts (2024-07-03");
  }

  @Test
  void theFoundingReportsClaimsAreMostlyAnonymous() throws IOException {
    JsonNode report = null;
    for (JsonNode row : json(truce("sources", "--json")).get("rows")) {
      if (row.get("source").asText().equals("founding report")) {
        report = row;
      }
    }
    assertThat(report).isNotNull();
    assertThat(report.get("claims").asInt()).isEqualTo(11);
    assertThat(report.get("anonymous").asInt()).isEqualTo(8);
  }

  @Test
  void positionsAsOfADateBeforeTheCounterproposal() {
    Transcript run = truce("positions", "--at", "2024-07-02");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("(none)");
    truce("positions", "--at", "July").matches("dossier-positions-bad-date");
    truce("positions", "--version", "2025").matches("dossier-positions-unknown-version");
  }

  private static JsonNode json(Transcript run) throws IOException {
    assertThat(run.exit()).as(run.render()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void aFolderWithoutALedgerIsNotADossierAndReadingItCreatesNone(@TempDir Path empty) {
    Transcript run = Transcript.main("positions", "-d", empty.toString()).hiding(empty);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "truce positions: `$TMP` is not a dossier: it has no ledger (create one with `truce"
                + " dossier init $TMP`)\n");
    assertThat(empty.resolve("ledger.sqlite")).doesNotExist();
  }
}
