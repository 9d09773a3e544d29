package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.ErrorFormat;
import org.truce.cli.testing.Transcript;

/** {@code truce fmt} on real agreements: rewrites, check mode, stdin, and untouched files. */
class FmtRunnerFormattingTest {
  private static final Path INPUTS = Path.of("src/test/resources/inputs");
  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path dir;

  private Transcript fmt(boolean check, String... files) {
    return Transcript.of(
            io -> FmtRunner.run(new FmtOptions(List.of(files), check, ErrorFormat.HUMAN), io))
        .hiding(dir);
  }

  private Path copy(String name) throws IOException {
    Path file = Files.copy(INPUTS.resolve(name), dir.resolve(name));
    Files.setLastModifiedTime(file, LONG_AGO);
    return file;
  }

  @Test
  void standardInputIsFormattedToStandardOutput() throws IOException {
    byte[] text = Files.readAllBytes(INPUTS.resolve("unformatted.truce"));
    Transcript.of(
            new ByteArrayInputStream(text),
            io -> FmtRunner.run(new FmtOptions(List.of("-"), false, ErrorFormat.HUMAN), io))
        .matches("fmt-stdin");
  }

  @Test
  void rewritesAFileInPlaceThenLeavesItAlone() throws IOException {
    Path file = copy("unformatted.truce");
    Transcript first = fmt(false, file.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.err()).isEqualTo("1 file reformatted, 0 already formatted\n");
    String formatted = Files.readString(file);
    assertThat(formatted).isEqualTo(golden("fmt-stdin"));
    assertThat(Files.list(dir)).containsExactly(file); // no temporary file left

    Files.setLastModifiedTime(file, LONG_AGO);
    Transcript second = fmt(false, file.toString());
    assertThat(second.exit()).isZero();
    assertThat(second.err()).isEqualTo("0 files reformatted, 1 already formatted\n");
    assertThat(Files.getLastModifiedTime(file)).as("not rewritten").isEqualTo(LONG_AGO);
  }

  @Test
  void checkListsTheFilesThatWouldChangeAndWritesNothing() throws IOException {
    Path unformatted = copy("unformatted.truce");
    Path formatted = Files.writeString(dir.resolve("formatted.truce"), golden("fmt-stdin"));
    byte[] before = Files.readAllBytes(unformatted);

    Transcript t = fmt(true, unformatted.toString(), formatted.toString());

    t.matches("fmt-check");
    assertThat(Files.readAllBytes(unformatted)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(unformatted)).isEqualTo(LONG_AGO);
  }

  @Test
  void checkOfFormattedFilesExits0() throws IOException {
    Path formatted = Files.writeString(dir.resolve("formatted.truce"), golden("fmt-stdin"));
    Transcript t = fmt(true, formatted.toString());
    assertThat(t.exit()).isZero();
    assertThat(t.out()).isEmpty();
    assertThat(t.err()).isEmpty();
  }

  @Test
  void aFileWithSyntaxErrorsIsNotTouched() throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("broken.truce"), "agreement \"Broken\"\nparty north \"North\n  phase {\n");
    Files.setLastModifiedTime(broken, LONG_AGO);
    byte[] before = Files.readAllBytes(broken);
    Path unformatted = copy("unformatted.truce");

    Transcript t = fmt(false, broken.toString(), unformatted.toString());

    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err())
        .contains("broken.truce:2:")
        .endsWith("1 file reformatted, 0 already formatted, 1 not formatted because of errors\n");
    assertThat(Files.readAllBytes(broken)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(broken)).isEqualTo(LONG_AGO);
    assertThat(Files.readString(unformatted)).isEqualTo(golden("fmt-stdin"));
  }

  @Test
  void aFileWithOnlyModelErrorsIsStillFormatted() throws IOException {
    // fmt needs a clean parse, not a valid agreement: drafts are formatted while being written.
    Path file = copy("errors.truce");
    Transcript t = fmt(false, file.toString());
    assertThat(t.exit()).isZero();
  }

  /** The formatted text recorded in the stdin golden file. */
  private static String golden(String name) throws IOException {
    String transcript = Files.readString(Path.of("src/test/resources/golden", name + ".txt"));
    return transcript.substring(
        transcript.indexOf("--- stdout\n") + "--- stdout\n".length(),
        transcript.indexOf("--- stderr\n"));
  }
}
