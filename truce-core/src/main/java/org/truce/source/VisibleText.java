package org.truce.source;

/**
 * Control characters made visible, so that text from a file cannot drive the terminal it is shown
 * on (clear the screen, set the title, hide a link under other text, move the cursor, reverse the
 * direction of what follows). One rule for every place that shows user text to a person: the quoted
 * source line of a diagnostic, and everything the command line prints to a terminal (docs/cli.md,
 * "Control characters").
 *
 * <p>C0 controls (U+0000 to U+001F) other than tab and line feed are shown as {@code \x1b}; DEL,
 * the C1 controls (U+0080 to U+009F) and the bidirectional formatting characters (U+061C, U+200E,
 * U+200F, U+202A to U+202E, U+2066 to U+2069) as <code>&#92;u202e</code>. Both are written in
 * ASCII, so a shown escape cannot itself be a control; <code>&#92;u</code> is also what JSON would
 * write.
 */
public final class VisibleText {
  private VisibleText() {}

  /** Whether {@code codePoint} is shown as an escape (tab and line feed are not). */
  public static boolean isHidden(int codePoint) {
    if (codePoint < 0x20) {
      return codePoint != '\t' && codePoint != '\n';
    }
    return codePoint == 0x7F
        || (codePoint >= 0x80 && codePoint <= 0x9F)
        || codePoint == 0x061C
        || codePoint == 0x200E
        || codePoint == 0x200F
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /**
   * How {@code codePoint} is shown when {@link #isHidden}: {@code \x1b} or <code>&#92;u202e</code>.
   */
  public static String escape(int codePoint) {
    return codePoint < 0x20
        ? String.format("\\x%02x", codePoint)
        : String.format("\\u%04x", codePoint);
  }

  /** {@code text} with every hidden character shown as its escape. */
  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isHidden(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(escape(c));
      } else if (out != null) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out == null ? text : out.toString();
  }

  /** How many code points {@code text} takes once shown. */
  public static int shownLength(String text) {
    String shown = of(text);
    return shown.codePointCount(0, shown.length());
  }
}
