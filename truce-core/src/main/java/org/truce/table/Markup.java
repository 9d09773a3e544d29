package org.truce.table;

/**
 * The one escaping of text for truce's Markdown and HTML (and SVG) output: the rendered agreement,
 * the timeline, the dossier's readers and the monitor's reports all pass every piece of text that
 * may come from a user (an agreement, a journal, a source's name) through here before writing it,
 * so that user text always shows as the text it is: never a link, an image, HTML, a heading or a
 * table cell of its own.
 */
public final class Markup {
  /** Characters that start Markdown emphasis, code, links, HTML, entities, headings or cells. */
  private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|#&~";

  private Markup() {}

  /**
   * Markdown inline text: special characters are backslash-escaped (CommonMark allows this for any
   * ASCII punctuation, and GFM tables honour {@code \|}), and line breaks become spaces so that
   * user text cannot end a paragraph or a table row. Links, images and autolinks cannot form
   * ({@code [}, {@code ]}, {@code <} and {@code >} are escaped), nor can code spans, HTML or
   * entities. Safe anywhere inside a line; for text that starts one, see {@link #markdownBlock}.
   */
  public static String markdown(String text) {
    return markdown(text, -1);
  }

  /**
   * Markdown text that starts a line: a paragraph, or what follows a list marker. As {@link
   * #markdown}, and leading blanks are dropped (a viewer drops them too, but four would start a
   * code block) and a list, numbered-item, thematic-break or setext marker at the start is escaped.
   */
  public static String markdownBlock(String text) {
    String body = text.stripLeading();
    return markdown(body, blockMarker(body));
  }

  private static String markdown(String text, int marker) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i == marker) {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
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

  /**
   * Where text without leading blanks, written at the start of a line, would open a block of its
   * own (a list item, a numbered item, a thematic break or a setext underline): the index of the
   * character to escape, or -1. The other block markers ({@code #}, {@code >}, {@code *}, {@code
   * |}) are escaped everywhere.
   */
  private static int blockMarker(String text) {
    if (text.isEmpty()) {
      return -1;
    }
    char first = text.charAt(0);
    if (first == '-' || first == '+' || first == '=') {
      return 0;
    }
    // CommonMark's ordered-list marker: one to nine digits, then `.` or `)`.
    int digits = 0;
    while (digits < text.length() && digits < 10 && isAsciiDigit(text.charAt(digits))) {
      digits++;
    }
    boolean numbered =
        digits > 0
            && digits < text.length()
            && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
    return numbered ? digits : -1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
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
  public static String markdownCode(String text, boolean inTable) {
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
  public static String html(String text) {
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
