package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

  @Test
  void promelaIsRejectedUntilTheCheckerComes() {
    export(ExportFormat.PROMELA, "any.truce").matches("export-promela");
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
}
