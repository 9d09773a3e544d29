package org.truce.syntax.internal.format;

/**
 * Collects output lines. Blank lines are requested rather than written, so that several requests
 * make one blank line, and none is written at the start of the file or of a block, or before a
 * closing brace.
 */
final class LineWriter {
  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();
  private boolean blankPending;
  private boolean atBlockStart = true;

  void blank() {
    blankPending = !atBlockStart;
  }

  void line(int depth, String text) {
    if (blankPending) {
      out.append('\n');
    }
    out.append(INDENT.repeat(depth)).append(text).append('\n');
    blankPending = false;
    atBlockStart = false;
  }

  /** After a line that ends with {@code {}: no blank line may follow it directly. */
  void openBlock() {
    atBlockStart = true;
    blankPending = false;
  }

  /** Before a closing brace: a pending blank line is dropped. */
  void closeBlock() {
    blankPending = false;
  }

  String text() {
    return out.toString();
  }
}
