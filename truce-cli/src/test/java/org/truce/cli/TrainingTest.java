package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    long before = trainingDirs(tmp);

    assertThat(Training.train()).isBetween(0, 1);

    assertThat(trainingDirs(tmp)).isEqualTo(before);
  }

  private static long trainingDirs(Path tmp) throws IOException {
    try (Stream<Path> paths = Files.list(tmp)) {
      return paths.filter(p -> p.getFileName().toString().startsWith("truce-training")).count();
    }
  }
}
