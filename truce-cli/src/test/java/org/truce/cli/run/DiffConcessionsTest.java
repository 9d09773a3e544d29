package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.Transcript;

/**
 * {@code truce diff OLD NEW --dossier DIR}: who conceded what, from the recorded positions. On the
 * 2024 texts, what the founding report says: one concession, by hamas, on the scope of the talks on
 * phase two (clause 1.10), which it no longer asks to change.
 */
class DiffConcessionsTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir Path dossier;

  private void bundledDossier() throws IOException {
    for (String name :
        new String[] {"framework-2024-proposal.truce", "framework-2024-counterproposal.truce"}) {
      Files.copy(EXAMPLES.resolve(name), dossier.resolve(name));
    }
    Transcript imported =
        Transcript.main(
            "log",
            "import",
            EXAMPLES.resolve("dossier-2024").resolve("talks-2024.journal").toString(),
            "-d",
            dossier.toString());
    assertThat(imported.exit()).as(imported.render()).isZero();
  }

  @Test
  void oneConcessionByHamasOnTheScopeOfTheTalks() throws IOException {
    bundledDossier();
    Transcript run =
        Transcript.main(
            "diff",
            "--json",
            EXAMPLES.resolve("framework-2024-proposal.truce").toString(),
            EXAMPLES.resolve("framework-2024-counterproposal.truce").toString(),
            "--dossier",
            dossier.toString());
    JsonNode concessions = new ObjectMapper().readTree(run.out()).get("concessions");
    assertThat(concessions).hasSize(1);
    assertThat(concessions.get(0).get("by").asText()).isEqualTo("hamas");
    assertThat(concessions.get(0).get("clause").asText()).isEqualTo("1.10 \"Talks on phase two\"");
    assertThat(concessions.get(0).get("entries").asText())
        .isEqualTo("hamas-scope-before, hamas-scope-of-talks");
  }

  @Test
  void aChangedClauseThatAPartyObjectedToIsAConcessionToItWithTheNumbersThatMoved()
      throws IOException {
    String text =
        """
        agreement "Pause"
          version "%s"
          tabled by %s
        party north "North"
        party south "South"
        held by north { hostage.civilian 20 }
        held by south { prisoner.general 400 }
        phase pause "Pause" lasts 4 days {
          hostilities paused
          [1 "Releases"] north releases 10 hostage.civilian by day 4
          [2 "Ratio"] south releases %d prisoner.general per hostage.civilian released by north
        }
        """;
    Files.writeString(dossier.resolve("v1.truce"), text.formatted("v1", "south", 3));
    Files.writeString(dossier.resolve("v2.truce"), text.formatted("v2", "south", 5));
    Path journal = dossier.resolve("positions.journal");
    Files.writeString(
        journal,
        """
        2024-01-02 position north-wants-more
          party: north
          clause: Ratio
          version: v1
          stance: demands a change
          text: five prisoners per civilian
          source: a report
        """);
    assertThat(
            Transcript.main("log", "import", journal.toString(), "-d", dossier.toString()).exit())
        .isZero();
    Transcript run =
        Transcript.main(
                "diff",
                dossier.resolve("v1.truce").toString(),
                dossier.resolve("v2.truce").toString(),
                "-d",
                dossier.toString())
            .hiding(dossier);
    assertThat(run.out())
        .contains("Concessions from v1 to v2")
        .contains("conceded by: south")
        .contains("to: north")
        .contains("per unit 3 → 5");
  }

  @Test
  void aVersionTheDossierDoesNotHaveIsAnError() throws IOException {
    assertThat(Transcript.main("dossier", "init", dossier.toString()).exit()).isZero();
    Transcript run =
        Transcript.main(
                "diff",
                EXAMPLES.resolve("framework-2024-proposal.truce").toString(),
                EXAMPLES.resolve("framework-2024-counterproposal.truce").toString(),
                "-d",
                dossier.toString())
            .hiding(dossier);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "truce diff: the dossier `$TMP` has no version `2024-05-31`: add its .truce file to"
                + " it\n");
  }
}
