package org.truce.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.render.AgreementRenderer.Format;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;
import org.truce.testing.Golden;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The document of every bundled example, in both formats, against golden files. */
class ExamplesRenderTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  static List<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".truce"))
          .sorted()
          .toList();
    }
  }

  @Test
  void thereAreExamplesToRender() throws IOException {
    assertThat(examples()).isNotEmpty();
  }

  /**
   * Rendered without the source map, so that editing an example's comments (which moves its lines)
   * does not change its goldens; the next test covers what the source map adds.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsMarkdownAndHtml(String file) {
    var agreement = load(file).agreement().orElseThrow();
    String base = file.substring(0, file.length() - ".truce".length());
    String md = AgreementRenderer.markdown(agreement);
    String html = AgreementRenderer.html(agreement);
    Golden.assertMatches(golden(base + ".md"), md);
    Golden.assertMatches(golden(base + ".html"), html);
    MarkdownTables.assertWellFormed(md);
    Html.parse(html);
  }

  @Test
  void htmlParagraphsPointAtTheLinesOfTheirClauses() throws IOException {
    String file = "framework-2024-proposal.truce";
    List<String> lines = Files.readAllLines(EXAMPLES.resolve(file));
    // A paragraph cites the line where its clause starts, tag included.
    int ceaseFire =
        1
            + lines.indexOf(
                lines.stream().filter(l -> l.contains("[1.1 ")).findFirst().orElseThrow());
    ModelResult model = load(file);
    Document page =
        Html.parse(
            AgreementRenderer.render(
                model.agreement().orElseThrow(), model.sourceMap(), Format.HTML));
    Element paragraph = Html.byId(page, "clause-1.1");
    assertThat(paragraph.getAttribute("data-line")).isEqualTo(Integer.toString(ceaseFire));
    assertThat(page.getElementsByTagName("dd").item(5).getTextContent())
        .isEqualTo("examples/" + file);
    assertThat(AgreementRenderer.html(model.agreement().orElseThrow()))
        .doesNotContain("data-line")
        .doesNotContain("examples/" + file);
  }

  private static ModelResult load(String file) {
    LoadedSource loaded = Sources.read(EXAMPLES.resolve(file), "examples/" + file);
    assertThat(loaded.ok()).as("examples/%s is readable", file).isTrue();
    ModelResult model = ModelBuilder.load(loaded.source());
    assertThat(model.hasErrors())
        .as(DiagnosticRenderer.render(loaded.source(), model.diagnostics()))
        .isFalse();
    return model;
  }

  private static Path golden(String file) {
    return Golden.resources().resolve("render").resolve("examples").resolve(file);
  }
}
