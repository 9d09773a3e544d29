package org.truce.source;

import java.util.List;

/**
 * Renders diagnostics for people: the {@code path:line:col: severity[CODE]: message} line, the
 * source line with a caret under the span, then suggestions and the hint. A diagnostic about a file
 * as a whole (its text is empty) has no position: {@code path: severity[CODE]: message}. Output is
 * plain ASCII apart from the user's own text, and uses {@code \n} line breaks on every platform.
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  public static String render(SourceText source, List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      render(source, diagnostic, out);
    }
    return out.toString();
  }

  public static void render(SourceText source, Diagnostic d, StringBuilder out) {
    int offset = Math.min(d.span().offset(), source.text().length());
    int line = source.line(offset);
    int column = source.column(offset);
    boolean positioned = !source.text().isEmpty();
    out.append(source.name());
    if (positioned) {
      // A file as a whole (unreadable, empty, unwritable) has no text to point into.
      out.append(':').append(line).append(':').append(column);
    }
    out.append(": ")
        .append(d.severity().label())
        .append('[')
        .append(d.code().id())
        .append("]: ")
        .append(d.message())
        .append('\n');
    if (positioned) {
      appendExcerpt(source, d.span(), line, column, out);
    }
    String gutter = " ".repeat(String.valueOf(line).length());
    if (!d.suggestions().isEmpty()) {
      out.append(gutter).append(" = help: did you mean ");
      for (int i = 0; i < d.suggestions().size(); i++) {
        if (i > 0) {
          out.append(i == d.suggestions().size() - 1 ? " or " : ", ");
        }
        out.append('`').append(d.suggestions().get(i)).append('`');
      }
      out.append("?\n");
    }
    d.hint().ifPresent(hint -> out.append(gutter).append(" = hint: ").append(hint).append('\n'));
  }

  /**
   * The quoted line, with control characters shown as escapes ({@link VisibleText}): the caret is
   * placed and sized by the line as shown, so that it stays under the span.
   */
  private static void appendExcerpt(
      SourceText source, Span span, int line, int column, StringBuilder out) {
    String raw = source.lineText(line).replace('\t', ' ');
    String number = String.valueOf(line);
    String gutter = " ".repeat(number.length());
    int lineStart = source.lineStart(line);
    int start = Math.min(span.offset(), source.text().length());
    int lineEnd = lineStart + raw.length();
    int caretEnd = Math.min(span.end(), lineEnd);
    int before =
        start > lineStart
            ? VisibleText.shownLength(raw.substring(0, Math.min(start, lineEnd) - lineStart))
            : column - 1;
    int width =
        start < caretEnd
            ? VisibleText.shownLength(raw.substring(start - lineStart, caretEnd - lineStart))
            : 1;
    out.append(gutter).append(" |\n");
    out.append(number).append(" | ").append(VisibleText.of(raw)).append('\n');
    out.append(gutter)
        .append(" | ")
        .append(" ".repeat(Math.max(0, before)))
        .append("^".repeat(width))
        .append('\n');
  }
}
