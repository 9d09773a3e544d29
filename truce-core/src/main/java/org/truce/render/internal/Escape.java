package org.truce.render.internal;

/**
 * Escaping of user text for the two output formats. Every piece of text that comes from an
 * agreement passes through here before it is written.
 */
final class Escape {
  /** Characters that start Markdown emphasis, code, links, HTML, entities, headings or cells. */
  private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|#&~";

  private Escape() {}

  /**
   * Markdown inline text: special characters are backslash-escaped (CommonMark allows this for any
   * ASCII punctuation, and GFM tables honour {@code \|}), and line breaks become spaces so that
   * user text cannot end a paragraph or a table row.
   */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c == '_' && intraword(text, i)) {
        // CommonMark never opens or closes emphasis with an underscore inside a word, so names
        // such as hostage.woman_or_child stay readable in the Markdown source.
        out.append(c);
      } else if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean intraword(String text, int i) {
    return i > 0
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /**
   * A Markdown code span around {@code text}: the fence is one backtick longer than the longest run
   * inside; in a table cell a {@code |} is escaped even there, as GFM requires.
   */
  static String markdownCode(String text, boolean inTable) {
    String body = text.replace('\n', ' ').replace('\r', ' ');
    if (inTable) {
      body = body.replace("|", "\\|");
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < body.length(); i++) {
      run = body.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = body.startsWith("`") || body.endsWith("`");
    return fence + (pad ? " " + body + " " : body) + fence;
  }

  /**
   * HTML text and attribute values, also well-formed XML: the five markup characters become
   * references, and characters XML 1.0 forbids (most control characters, lone surrogates) become
   * U+FFFD.
   */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (allowedInXml(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowedInXml(char c) {
    if (Character.isSurrogate(c)) {
      return false;
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
