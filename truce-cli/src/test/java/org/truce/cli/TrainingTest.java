package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The cache holds what the training ran: an example left out of it would start slower than the
   * others (its classes and call sites loaded from the jar), so the training checks every bundled
   * example with each party it declares as the adversary.
   */
  @Test
  void theTrainingChecksEveryBundledExampleWithEachOfItsParties() throws IOException {
    Map<String, List<String>> bundled = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".truce")).toList()) {
        bundled.put(
            file.getFileName().toString(),
            Files.readAllLines(file).stream()
                .map(PARTY::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .toList());
      }
    }
    Map<String, List<String>> trained = new TreeMap<>();
    Training.EXAMPLES.forEach(e -> trained.put(e.file(), List.of(e.parties())));

    assertThat(bundled).hasSizeGreaterThanOrEqualTo(10);
    assertThat(trained).isEqualTo(bundled);
  }

  private static final Pattern PARTY = Pattern.compile("party (\\w+) .*");
}
