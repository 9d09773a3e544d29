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
  void aLongLineIsQuotedAroundTheSpanOnly() {
    String line = "a".repeat(100_000) + "$" + "b".repeat(100_000);
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNEXPECTED_CHARACTER, new Span(100_000, 1), "$");
    String text = DiagnosticRenderer.render(new SourceText("a.truce", line), List.of(d));
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).startsWith("a.truce:1:100001: error[E101]: ");
    String quoted = lines.get(2);
    String caret = lines.get(3);
    assertThat(quoted)
        .startsWith("1 | ...")
        .endsWith("...")
        .hasSizeLessThan(DiagnosticRenderer.EXCERPT_WIDTH + 20);
    assertThat(quoted.charAt(caret.indexOf('^'))).isEqualTo('$');
    assertThat(caret).endsWith(" ^").hasSizeLessThan(DiagnosticRenderer.EXCERPT_WIDTH);
  }

  @Test
  void aCutExcerptKeepsTheCaretUnderTheSpanWithControlsAndPairs() {
    String line = "\uD83D\uDE00".repeat(300) + "\u001B[2J" + "x$" + "z".repeat(500);
    int at = line.indexOf('$');
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNEXPECTED_CHARACTER, new Span(at, 1), "$");
    List<String> lines =
        DiagnosticRenderer.render(new SourceText("a.truce", line), List.of(d)).lines().toList();
    String quoted = lines.get(2);
    String caret = lines.get(3);
    assertThat(quoted).contains("\\x1b[2Jx$").doesNotContain("\u001B");
    int column = caret.indexOf('^');
    assertThat(quoted.codePointAt(quoted.offsetByCodePoints(0, column))).isEqualTo('$');
    // No half of a surrogate pair is left at the cut: a lone surrogate is its own code point.
    assertThat(quoted.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
  }

  @Test
  void aShortLineIsQuotedWhole() {
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNEXPECTED_CHARACTER, new Span(3, 1), "$");
    String text =
        DiagnosticRenderer.render(new SourceText("a.truce", "abc$" + "d".repeat(250)), List.of(d));
    assertThat(text).contains("1 | abc$" + "d".repeat(250) + "\n  |    ^\n");
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
