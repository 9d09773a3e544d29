package org.truce.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics with and without a place in the text, for people and as JSON. */
class DiagnosticRendererTest {
  private static final Diagnostic NO_SUCH_FILE =
      Diagnostic.of(DiagnosticCode.FILE_NOT_FOUND, Span.NONE, "a.truce");

  @Test
  void aDiagnosticAboutTheWholeFileHasNoPosition() {
    String text = DiagnosticRenderer.render(new SourceText("a.truce", ""), List.of(NO_SUCH_FILE));
    assertThat(text)
        .isEqualTo(
            "a.truce: error[E001]: cannot read `a.truce`: there is no such file\n"
                + "  = hint: check the path; it is relative to the current directory\n");
  }

  @Test
  void aDiagnosticInTheTextHasLineColumnAndExcerpt() {
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNEXPECTED_CHARACTER, new Span(5, 1), "$");
    String text = DiagnosticRenderer.render(new SourceText("a.truce", "abc\nx$y\n"), List.of(d));
    assertThat(text).startsWith("a.truce:2:2: error[E101]: ").contains("2 | x$y\n  |  ^\n");
  }

  @Test
  void theJsonFormOmitsThePositionOfTheWholeFile() {
    assertThat(DiagnosticJson.toMap(new SourceText("a.truce", ""), NO_SUCH_FILE))
        .doesNotContainKeys("line", "column", "endLine", "endColumn")
        .containsEntry("code", "E001");
    assertThat(DiagnosticJson.toMap(new SourceText("a.truce", "abc"), NO_SUCH_FILE))
        .containsEntry("line", 1)
        .containsEntry("column", 1);
  }
}
