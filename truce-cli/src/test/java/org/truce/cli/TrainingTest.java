package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run: should a command in it break, the launcher would silently go without
 * its AOT cache and every command would start slower. So each of its commands must run on the
 * bundled examples (exit 0, or 1 for violated analyses), and it must leave no files.
 */
class TrainingTest {
  @Test
  void everyCommandOfTheTrainingRunsAndNothingIsLeftBehind() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = trainingDirs(tmp);

    assertThat(Training.train()).isBetween(0, 1);

    // Compared as sets: another build's training run may come and go meanwhile.
    assertThat(trainingDirs(tmp)).isSubsetOf(before);
  }

  private static List<Path> trainingDirs(Path tmp) throws IOException {
    try (Stream<Path> paths = Files.list(tmp)) {
      return paths.filter(p -> p.getFileName().toString().startsWith("truce-training")).toList();
    }
  }
}
