package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The versions of each bundled monitoring dossier are copies of the examples of the same name in
 * examples/, so that a text corrected there is corrected in its dossier too (or this test says
 * which copy is stale).
 */
class BundledDossierVersionsTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @ParameterizedTest
  @ValueSource(strings = {"pause-2023", "lebanon-2024", "ukraine-russia-2025"})
  void eachVersionIsTheExampleOfTheSameName(String dossier) throws IOException {
    List<Path> versions;
    try (Stream<Path> files = Files.list(EXAMPLES.resolve(dossier))) {
      versions = files.filter(f -> f.toString().endsWith(".truce")).sorted().toList();
    }
    assertThat(versions).isNotEmpty();
    for (Path version : versions) {
      Path example = EXAMPLES.resolve(version.getFileName());
      assertThat(Files.readString(version))
          .as("%s is a copy of %s: copy it again", version, example)
          .isEqualTo(Files.readString(example));
    }
  }
}
