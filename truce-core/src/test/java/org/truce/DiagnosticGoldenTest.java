package org.truce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.truce.model.ModelBuilder;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;
import org.truce.testing.Golden;

/**
 * Golden tests for diagnostics (HOUSE-STYLE 8): every {@code x.truce} under {@code
 * src/test/resources/diagnostics} is read and loaded as the CLI would, and its rendered diagnostics
 * are compared with {@code x.err} beside it. Files are named after the code they show, e.g. {@code
 * E110-missing-brace.truce}.
 */
class DiagnosticGoldenTest {
  private static final Path DIR = Golden.resources().resolve("diagnostics");

  @TestFactory
  Stream<DynamicTest> everyDiagnosticFile() throws IOException {
    List<Path> inputs = inputs();
    assertThat(inputs).isNotEmpty();
    return inputs.stream()
        .map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
  }

  private static void check(Path input) {
    String fileName = input.getFileName().toString();
    String rendered = render(input, fileName);
    String expectedName = fileName.substring(0, fileName.length() - ".truce".length()) + ".err";
    Golden.assertMatches(input.resolveSibling(expectedName), rendered);
    String code = fileName.substring(0, fileName.indexOf('-'));
    assertThat(rendered).as("%s shows its own code", fileName).contains("[" + code + "]");
  }

  static String render(Path input, String fileName) {
    LoadedSource loaded = Sources.read(input, "diagnostics/" + fileName);
    if (loaded.problem().isPresent()) {
      return DiagnosticRenderer.render(loaded.source(), List.of(loaded.problem().get()));
    }
    return DiagnosticRenderer.render(
        loaded.source(), ModelBuilder.load(loaded.source()).diagnostics());
  }

  private static List<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".truce")).sorted().toList();
    }
  }
}
