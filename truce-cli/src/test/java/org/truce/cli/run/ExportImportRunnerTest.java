package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.ErrorFormat;
import org.truce.cli.testing.Transcript;

/** {@code truce export} and {@code truce import} on inputs they must refuse. */
class ExportImportRunnerTest {
  @TempDir Path dir;

  private Transcript export(ExportFormat format, String file) {
    return Transcript.of(
            io ->
                ExportRunner.run(
                    new ExportOptions(file, format, Optional.empty(), ErrorFormat.HUMAN), io))
        .hiding(dir);
  }

  private Transcript importJson(String file, ErrorFormat errorFormat) {
    return Transcript.of(
            io -> ImportRunner.run(new ImportOptions(file, Optional.empty(), errorFormat), io))
        .hiding(dir);
  }

  private Transcript promela(String file, Optional<String> adversary) {
    return Transcript.of(
            io ->
                ExportRunner.run(
                    new ExportOptions(
                        file,
                        ExportFormat.PROMELA,
                        Optional.empty(),
                        ErrorFormat.HUMAN,
                        adversary,
                        false),
                    io))
        .hiding(dir);
  }

  @Test
  void promelaOfThePauseOfNovember2023() {
    promela("../examples/november-2023.truce", Optional.empty()).matches("export-promela");
  }

  @Test
  void promelaOfTheProposalWithAnAdversary() {
    promela("../examples/framework-2024-proposal.truce", Optional.of("israel"))
        .matches("export-promela-adversary");
  }

  @Test
  void promelaWithAnAdversaryThatIsNoParty() {
    promela("../examples/november-2023.truce", Optional.of("qatar"))
        .matches("export-promela-bad-adversary");
  }

  @Test
  void promelaWritesAnOrderBetweenReleases() throws IOException {
    Path file = dir.resolve("order.truce");
    Files.writeString(
        file,
        """
        agreement "Order"
        party israel "Israel"
        party hamas "Hamas"
        held by hamas { hostage.living.civilian 4; hostage.living.soldier 2 }
        interest israel: all hostage.living released
        interest hamas: hostilities ended
        phase one lasts 10 days {
          hostilities paused
          hamas releases 4 hostage.living.civilian by day 6
          hamas releases 2 hostage.living.soldier on day 8
          [1.3] hamas releases all hostage.living.civilian before any hostage.living.soldier
        }
        """);
    Transcript t = promela(file.toString(), Optional.empty());
    assertThat(t.exit()).isZero();
    assertThat(t.err()).isEmpty();
    assertThat(t.out())
        .contains("orders between releases are kept")
        .contains(
            "hamas releases all hostage.living.civilian before any hostage.living.soldier"
                + " (art. 1.3)")
        .contains("t_ok = 0; /* not a compliant continuation */");
    Transcript adversary = promela(file.toString(), Optional.of("hamas"));
    assertThat(adversary.exit()).isZero();
    assertThat(adversary.out()).contains("/* hamas breaches the order */");
  }

  @Test
  void adversaryIsForPromelaOnly() {
    Transcript t =
        Transcript.of(
            io ->
                ExportRunner.run(
                    new ExportOptions(
                        "../examples/november-2023.truce",
                        ExportFormat.JSON,
                        Optional.empty(),
                        ErrorFormat.HUMAN,
                        Optional.of("israel"),
                        false),
                    io));
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.out()).isEmpty();
    assertThat(t.err()).contains("apply to `--format promela` only");
  }

  @Test
  void exportOfAMissingFile() {
    export(ExportFormat.JSON, dir.resolve("missing.truce").toString())
        .matches("export-missing-file");
  }

  @Test
  void importOfBinaryGarbage() throws IOException {
    importJson(BadInputs.binary(dir).toString(), ErrorFormat.HUMAN).matches("import-binary");
  }

  @Test
  void importOfAnEmptyFileInJson() throws IOException {
    Transcript t = importJson(BadInputs.empty(dir).toString(), ErrorFormat.JSON);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.out()).isEmpty();
    assertThat(t.err()).startsWith("[").contains("\"code\": \"E007\"").endsWith("]\n");
  }

  @Test
  void importOfAnAgreementWithAnUndeclaredPartyPointsIntoItsTruceText() throws IOException {
    Path json = dir.resolve("pause.json");
    Transcript exported = export(ExportFormat.JSON, "../examples/november-2023.truce");
    // The first release of the pause (clause 1.2) is by hamas: misspell its party.
    String release = "\"kind\": \"release\"";
    int at = exported.out().indexOf(release);
    Files.writeString(
        json,
        exported.out().substring(0, at)
            + exported
                .out()
                .substring(at)
                .replaceFirst("\"party\": \"hamas\"", "\"party\": \"hamass\""));

    Transcript t = importJson(json.toString(), ErrorFormat.HUMAN);

    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.out()).isEmpty();
    // The problem is one of meaning, found in the .truce text the JSON prints as: the message
    // must quote that text, not whatever line of the JSON has the same number.
    assertThat(t.err())
        .contains("pause.json (as .truce):")
        .contains("error[E201]: `hamass` is not declared")
        .contains("|   hamass releases 50 hostage.woman_or_child by day 4");
  }
}
