package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;

/** The bundled examples, built from their .truce text, survive the JSON form unchanged. */
class ExamplesJsonTest {
  @TestFactory
  Stream<DynamicTest> everyExampleRoundTripsAndValidates() throws IOException {
    Path examples = Schema.repositoryRoot().resolve("examples");
    try (Stream<Path> files = Files.list(examples)) {
      return files.filter(file -> file.toString().endsWith(".truce")).sorted().toList().stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }
  }

  private static void check(Path file) {
    LoadedSource loaded = Sources.read(file);
    assertThat(loaded.ok()).isTrue();
    ModelResult built = ModelBuilder.load(loaded.source());
    Agreement agreement = built.agreement().orElseThrow();

    String json = AgreementJson.write(agreement);
    ModelResult read = AgreementJson.read(json, file.getFileName() + ".json");

    // no error, and the same warnings as the text (an example may keep one, e.g. W601)
    assertThat(read.hasErrors()).isFalse();
    assertThat(read.diagnostics().stream().map(d -> d.code()).toList())
        .isEqualTo(built.diagnostics().stream().map(d -> d.code()).toList());
    assertThat(read.agreement()).contains(agreement);
    assertThat(AgreementJson.write(read.agreement().orElseThrow())).isEqualTo(json);
    assertThat(Schema.problems(json)).isEmpty();
  }
}
