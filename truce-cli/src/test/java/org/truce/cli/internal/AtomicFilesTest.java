package org.truce.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesANewFileReadableByOthers() throws IOException {
    Path file = dir.resolve("out.truce");
    AtomicFiles.write(file, "agreement \"é\"\n");
    assertThat(Files.readString(file)).isEqualTo("agreement \"é\"\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @Test
  void replacesAnExistingFileAndKeepsItsPermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("a.truce"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFiles.write(file, "new");
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rwxr-x---");
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @Test
  void aMissingFolderFailsWithoutLeavingAnything() {
    Path file = dir.resolve("no-such-folder").resolve("a.truce");
    assertThatThrownBy(() -> AtomicFiles.write(file, "x")).isInstanceOf(IOException.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aTargetThatIsAFolderFailsAndLeavesNoTemporaryFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out"));
    Files.writeString(folder.resolve("inside"), "keep");
    assertThatThrownBy(() -> AtomicFiles.write(folder, "x")).isInstanceOf(IOException.class);
    assertThat(Files.list(dir)).containsExactly(folder);
    assertThat(Files.readString(folder.resolve("inside"))).isEqualTo("keep");
  }
}
