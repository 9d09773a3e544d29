package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.truce.model.ModelResult;
import org.truce.source.DiagnosticRenderer;
import org.truce.testing.Golden;

/**
 * Golden diagnostics for bad JSON: each {@code json/bad/NAME.json} beside {@code NAME.err}, the
 * rendered diagnostics (line, column, quoted line, caret, hint). Reading never throws, gives no
 * model, and reports exactly one error.
 */
class JsonDiagnosticsTest {
  static final Path BAD = Golden.resources().resolve("json/bad");

  @TestFactory
  Stream<DynamicTest> everyBadInputHasItsGoldenDiagnostic() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }
  }

  private static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    String json = Files.readString(file, StandardCharsets.UTF_8);

    ModelResult result = AgreementJson.read(json, name);

    assertThat(result.agreement()).isEmpty();
    assertThat(result.diagnostics()).isNotEmpty();
    assertThat(result.hasErrors()).isTrue();
    var source = result.sourceMap().orElseThrow().source();
    Golden.assertMatches(
        BAD.resolve(name.replaceFirst("\\.json$", ".err")),
        DiagnosticRenderer.render(source, result.diagnostics()));
  }
}
