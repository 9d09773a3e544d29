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
   * The widest part of a line quoted, in characters of the text: a longer line (a file of one 8 MB
   * line, say) is quoted around the span only, so that each diagnostic stays a few lines long
   * whatever the input.
   */
  static final int EXCERPT_WIDTH = 300;

  /** How much of the line before the span a cut excerpt keeps, for context. */
  private static final int CONTEXT_BEFORE = 100;

  private static final String CUT = "...";

  /**
   * The quoted line, with control characters shown as escapes ({@link VisibleText}) and, when the
   * line is wider than {@link #EXCERPT_WIDTH}, cut around the span with {@code ...} where text is
   * left out: the caret is placed and sized by the line as shown, so that it stays under the span.
   */
  private static void appendExcerpt(
      SourceText source, Span span, int line, int column, StringBuilder out) {
    String text = source.text();
    int lineStart = source.lineStart(line);
    int lineEnd = lineStart + lineLength(text, lineStart);
    int start = Math.min(Math.max(span.offset(), lineStart), lineEnd);
    int from = lineStart;
    int to = lineEnd;
    if (lineEnd - lineStart > EXCERPT_WIDTH) {
      from = codePointBoundary(text, Math.max(lineStart, start - CONTEXT_BEFORE));
      to = codePointBoundary(text, Math.min(lineEnd, from + EXCERPT_WIDTH));
    }
    String shownBefore = from > lineStart ? CUT : "";
    String shownAfter = to < lineEnd ? CUT : "";
    int caretEnd = Math.min(span.end(), to);
    int before =
        start > lineStart
            ? shownBefore.length() + VisibleText.shownLength(excerpt(text, from, start))
            : column - 1;
    int width = start < caretEnd ? VisibleText.shownLength(excerpt(text, start, caretEnd)) : 1;
    String number = String.valueOf(line);
    String gutter = " ".repeat(number.length());
    out.append(gutter).append(" |\n");
    out.append(number)
        .append(" | ")
        .append(shownBefore)
        .append(VisibleText.of(excerpt(text, from, to)))
        .append(shownAfter)
        .append('\n');
    out.append(gutter)
        .append(" | ")
        .append(" ".repeat(Math.max(0, before)))
        .append("^".repeat(width))
        .append('\n');
  }

  /** The length of the line that starts at {@code lineStart}, without its line break. */
  private static int lineLength(String text, int lineStart) {
    int end = text.indexOf('\n', lineStart);
    end = end < 0 ? text.length() : end;
    if (end > lineStart && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end - lineStart;
  }

  /** A piece of the text as quoted: tabs shown as spaces, so that the caret lines up. */
  private static String excerpt(String text, int from, int to) {
    return text.substring(from, to).replace('\t', ' ');
  }

  /** {@code index}, moved back one if it would split a surrogate pair. */
  private static int codePointBoundary(String text, int index) {
    return index > 0
            && index < text.length()
            && Character.isLowSurrogate(text.charAt(index))
            && Character.isHighSurrogate(text.charAt(index - 1))
        ? index - 1
        : index;
  }
}
