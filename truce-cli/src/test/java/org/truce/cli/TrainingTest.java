package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run: should a command in it break, the launcher would silently go without
 * its AOT cache and every command would start slower. So each of its commands must run on the
 * bundled examples (exit 0, or 1 for violated analyses), and it must leave no files.
 */
class TrainingTest {
  @TempDir Path parent;

  @Test
  void everyCommandOfTheTrainingRunsAndNothingIsLeftBehind() throws IOException {
    assertThat(Training.train(parent)).isBetween(0, 1);

    try (Stream<Path> left = Files.list(parent)) {
      assertThat(left).isEmpty();
    }
  }
}
