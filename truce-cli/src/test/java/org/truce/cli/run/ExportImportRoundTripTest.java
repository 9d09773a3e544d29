package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.cli.ErrorFormat;
import org.truce.cli.testing.Transcript;

/** export then import gives a valid agreement whose export is the same JSON. */
class ExportImportRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/resources/inputs/pause.truce",
        "../examples/november-2023.truce",
        "../examples/framework-2024-proposal.truce",
        "../examples/framework-2024-counterproposal.truce"
      })
  void roundTrip(String file) throws IOException {
    Path json = dir.resolve("agreement.json");
    Path truce = dir.resolve("imported.truce");

    Transcript exported =
        Transcript.of(
            io ->
                ExportRunner.run(
                    new ExportOptions(
                        file, ExportFormat.JSON, Optional.of(json.toString()), ErrorFormat.HUMAN),
                    io));
    assertThat(exported.exit()).as(exported.render()).isZero();

    Transcript imported =
        Transcript.of(
            io ->
                ImportRunner.run(
                    new ImportOptions(
                        json.toString(), Optional.of(truce.toString()), ErrorFormat.HUMAN),
                    io));
    assertThat(imported.exit()).as(imported.render()).isZero();

    Transcript checked =
        Transcript.of(
            io ->
                CheckRunner.run(
                    new CheckOptions(List.of(truce.toString()), false, ErrorFormat.HUMAN), io));
    assertThat(checked.err()).doesNotContain("error[");
    assertThat(checked.exit()).isZero();

    Transcript again =
        Transcript.of(
            io ->
                ExportRunner.run(
                    new ExportOptions(
                        truce.toString(), ExportFormat.JSON, Optional.empty(), ErrorFormat.HUMAN),
                    io));
    assertThat(again.out()).isEqualTo(Files.readString(json));
  }
}
