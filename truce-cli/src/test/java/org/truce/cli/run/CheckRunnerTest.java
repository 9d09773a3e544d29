package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.ErrorFormat;
import org.truce.cli.testing.Transcript;

/** {@code truce check} on inputs that cannot be read: each gives a diagnostic and exit 2. */
class CheckRunnerTest {
  @TempDir Path dir;

  private Transcript check(String... files) {
    return Transcript.of(
            io -> CheckRunner.run(new CheckOptions(List.of(files), false, ErrorFormat.HUMAN), io))
        .hiding(dir);
  }

  @Test
  void missingFile() {
    check(dir.resolve("missing.truce").toString()).matches("check-missing-file");
  }

  @Test
  void directory() {
    check(dir.toString()).matches("check-directory");
  }

  @Test
  void emptyFile() throws IOException {
    check(BadInputs.empty(dir).toString()).matches("check-empty-file");
  }

  @Test
  void blankFileCountsAsEmpty() throws IOException {
    Transcript t = check(BadInputs.blank(dir).toString());
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("error[E007]: the file is empty");
  }

  @Test
  void binaryGarbage() throws IOException {
    check(BadInputs.binary(dir).toString()).matches("check-binary");
  }

  @Test
  void invalidUtf8() throws IOException {
    check(BadInputs.invalidUtf8(dir).toString()).matches("check-invalid-utf8");
  }

  @Test
  void fiftyMegabyteFile() throws IOException {
    check(BadInputs.huge(dir).toString()).matches("check-huge-file");
  }

  @Test
  void hugeStandardInputIsRefusedWithoutReadingItAll() {
    byte[] big = new byte[9 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) '#');
    Transcript t =
        Transcript.of(
            new ByteArrayInputStream(big),
            io -> CheckRunner.run(new CheckOptions(List.of("-"), false, ErrorFormat.HUMAN), io));
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err())
        .startsWith("<stdin>: error[E011]: `<stdin>` goes on past 8.0 MB, more than an input");
  }

  @Test
  void everyFileIsReportedAndSummarised() throws IOException {
    check(
            dir.resolve("missing.truce").toString(),
            BadInputs.empty(dir).toString(),
            BadInputs.binary(dir).toString())
        .matches("check-several-files");
  }

  @Test
  void jsonPrintsOneObjectPerFileOnStandardOutput() throws IOException {
    String empty = BadInputs.empty(dir).toString();
    Transcript.of(
            io ->
                CheckRunner.run(
                    new CheckOptions(
                        List.of(dir.resolve("missing.truce").toString(), empty),
                        true,
                        ErrorFormat.HUMAN),
                    io))
        .hiding(dir)
        .matches("check-json");
  }

  @Test
  void errorFormatJsonPrintsOneArrayOnStandardError() throws IOException {
    String latin1 = BadInputs.invalidUtf8(dir).toString();
    Transcript.of(
            io -> CheckRunner.run(new CheckOptions(List.of(latin1), false, ErrorFormat.JSON), io))
        .hiding(dir)
        .matches("check-error-format-json");
  }

  private static final String INPUTS = "src/test/resources/inputs/";

  @Test
  void validAgreement() {
    check(INPUTS + "pause.truce").matches("check-valid");
  }

  @Test
  void agreementWithErrorsAndAWarning() {
    check(INPUTS + "errors.truce").matches("check-errors");
  }

  @Test
  void agreementWithErrorsAsJson() {
    Transcript.of(
            io ->
                CheckRunner.run(
                    new CheckOptions(
                        List.of(INPUTS + "pause.truce", INPUTS + "errors.truce"),
                        true,
                        ErrorFormat.HUMAN),
                    io))
        .matches("check-errors-json");
  }

  @Test
  void standardInput() throws IOException {
    byte[] text = java.nio.file.Files.readAllBytes(Path.of(INPUTS + "errors.truce"));
    Transcript t =
        Transcript.of(
            new ByteArrayInputStream(text),
            io -> CheckRunner.run(new CheckOptions(List.of("-"), false, ErrorFormat.HUMAN), io));
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("<stdin>:12:3: error[E201]: `west` is not declared");
  }

  @Test
  void tenThousandNestedParenthesesGiveADiagnosticNotACrash() throws IOException {
    String deep =
        "(".repeat(10_000) + "released hostage.civilian by north >= 1" + ")".repeat(10_000);
    String text =
        java.nio.file.Files.readString(Path.of(INPUTS + "pause.truce"))
            .replace(
                "interest north: released hostage.civilian by north >= 10",
                "interest north: " + deep);
    Path file = java.nio.file.Files.writeString(dir.resolve("deep.truce"), text);
    Transcript t = check(file.toString());
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("error[E115]").doesNotContain("internal error");
  }

  @Test
  void summaryLines() {
    assertThat(CheckRunner.summary(1, 0, 0, 0)).isEqualTo("1 file checked: no errors");
    assertThat(CheckRunner.summary(3, 0, 0, 1)).isEqualTo("3 files checked: no errors (1 warning)");
    assertThat(CheckRunner.summary(2, 1, 3, 1))
        .isEqualTo("2 files checked: 1 with errors (3 errors, 1 warning)");
    assertThat(CheckRunner.summary(1, 1, 1, 0))
        .isEqualTo("1 file checked: 1 with errors (1 error)");
  }
}
