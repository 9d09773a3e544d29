package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.ErrorFormat;
import org.truce.cli.testing.Transcript;

/** {@code truce fmt}: files that cannot be read are reported and left exactly as they were. */
class FmtRunnerTest {
  @TempDir Path dir;

  private Transcript fmt(boolean check, String... files) {
    return Transcript.of(
            io -> FmtRunner.run(new FmtOptions(List.of(files), check, ErrorFormat.HUMAN), io))
        .hiding(dir);
  }

  /** Asserts that a file kept its bytes and its modification time. */
  private static void assertUntouched(Path file, byte[] before, FileTime modified)
      throws IOException {
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
  }

  @Test
  void unreadableFilesAreReportedAndLeftAlone() throws IOException {
    Path binary = BadInputs.binary(dir);
    Path latin1 = BadInputs.invalidUtf8(dir);
    Path empty = BadInputs.empty(dir);
    Files.setLastModifiedTime(binary, FileTime.fromMillis(1_000_000_000_000L));
    Files.setLastModifiedTime(latin1, FileTime.fromMillis(1_000_000_000_000L));
    byte[] binaryBytes = Files.readAllBytes(binary);
    byte[] latin1Bytes = Files.readAllBytes(latin1);

    Transcript t =
        fmt(
            false,
            binary.toString(),
            latin1.toString(),
            empty.toString(),
            dir.resolve("missing.truce").toString(),
            dir.toString());

    t.matches("fmt-bad-inputs");
    assertUntouched(binary, binaryBytes, FileTime.fromMillis(1_000_000_000_000L));
    assertUntouched(latin1, latin1Bytes, FileTime.fromMillis(1_000_000_000_000L));
    assertThat(empty).isEmptyFile();
    assertThat(dir.resolve("missing.truce")).doesNotExist();
    assertThat(Files.list(dir)).hasSize(3); // no temporary file left behind
  }

  @Test
  void checkModeReportsBadInputWithExit2() throws IOException {
    Transcript t = fmt(true, BadInputs.empty(dir).toString());
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.out()).isEmpty();
    assertThat(t.err()).contains("error[E007]");
  }

  @Test
  void hugeFileIsRefused() throws IOException {
    Path huge = BadInputs.huge(dir);
    long size = Files.size(huge);
    Transcript t = fmt(false, huge.toString());
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("error[E006]");
    assertThat(Files.size(huge)).isEqualTo(size);
  }

  @Test
  void summaryLine() {
    assertThat(FmtRunner.summary(1, 2, 0)).isEqualTo("1 file reformatted, 2 already formatted");
    assertThat(FmtRunner.summary(0, 0, 3))
        .isEqualTo("0 files reformatted, 0 already formatted, 3 not formatted because of errors");
  }
}
