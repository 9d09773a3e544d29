package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.ErrorFormat;
import org.truce.cli.testing.Transcript;

class RenderRunnerTest {
  private static final String PAUSE = "src/test/resources/inputs/pause.truce";
  private static final String ERRORS = "src/test/resources/inputs/errors.truce";

  @TempDir Path dir;

  private Transcript render(String file, RenderFormat format, Optional<String> output) {
    return Transcript.of(
            io -> RenderRunner.run(new RenderOptions(file, format, output, ErrorFormat.HUMAN), io))
        .hiding(dir);
  }

  @Test
  void markdownOnStandardOutput() {
    render(PAUSE, RenderFormat.MD, Optional.empty()).matches("render-md");
  }

  @Test
  void htmlToAFile() throws IOException {
    Path out = dir.resolve("pause.html");
    Transcript t = render(PAUSE, RenderFormat.HTML, Optional.of(out.toString()));
    assertThat(t.exit()).isZero();
    assertThat(t.out()).isEmpty();
    assertThat(t.err()).isEmpty();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("Four-day pause");
  }

  @Test
  void anAgreementWithErrorsIsNotRendered() {
    Path out = dir.resolve("broken.md");
    Transcript t = render(ERRORS, RenderFormat.MD, Optional.of(out.toString()));
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("error[E201]");
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutputInAMissingFolderIsReported() {
    render(PAUSE, RenderFormat.MD, Optional.of(dir.resolve("no/such/folder/out.md").toString()))
        .matches("render-unwritable-output");
  }

  @Test
  void anOutputThatIsADirectoryIsReportedAsSuch() {
    Transcript t = render(PAUSE, RenderFormat.MD, Optional.of(dir.toString()));
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err())
        .contains("error[E009]: cannot write `$TMP`: it is a directory, not a file")
        .contains("hint: name a file inside it, e.g. `$TMP/out.md`");
  }

  @Test
  void anOutputInAFolderWhereNoFileCanBeCreatedIsReportedAsSuch() throws Exception {
    Path readOnly = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path proc = Path.of("/proc");
    // Root may write in a read-only folder; /proc refuses new files even to root.
    Path folder = Files.isWritable(readOnly) ? proc : readOnly;
    Transcript t = render(PAUSE, RenderFormat.MD, Optional.of(folder.resolve("out.md").toString()));
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err())
        .contains(
            "files cannot be created in its folder `"
                + folder.toString().replace(dir.toString(), "$TMP")
                + "`")
        .doesNotContain("does not exist");
  }
}
