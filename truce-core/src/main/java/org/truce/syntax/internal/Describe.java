package org.truce.syntax.internal;

import java.util.Locale;

/** Describes tokens and characters in the user's terms, for messages. */
public final class Describe {
  private static final int MAX_SHOWN = 40;

  private Describe() {}

  /** E.g. "the word `releases`", "the number `12`", "`{`", "the end of the file". */
  public static String token(Token t, String source) {
    return switch (t.kind()) {
      case EOF -> "the end of the file";
      case WORD ->
          (Keywords.isReserved(t.text()) ? "the word `" : "the name `")
              + abbreviate(t.text())
              + "`";
      case NUMBER -> "the number `" + abbreviate(t.text()) + "`";
      case TEXT -> "the quoted text `" + abbreviate(source.substring(t.offset(), t.end())) + "`";
      case DATE -> "the date `" + abbreviate(t.text()) + "`";
      case TIME -> "the time `" + abbreviate(t.text()) + "`";
      default -> "`" + t.kind().symbol() + "`";
    };
  }

  /** A character as shown in E101: itself if printable, else {@code U+XXXX}. */
  public static String character(int codePoint) {
    int type = Character.getType(codePoint);
    boolean invisible =
        Character.isISOControl(codePoint)
            || Character.isWhitespace(codePoint)
            || Character.isSpaceChar(codePoint)
            || type == Character.FORMAT
            || type == Character.SURROGATE
            || type == Character.PRIVATE_USE
            || type == Character.UNASSIGNED;
    return invisible
        ? String.format(Locale.ROOT, "U+%04X", codePoint)
        : new String(Character.toChars(codePoint));
  }

  /** Shortens long user text so that a message stays one readable line. */
  public static String abbreviate(String text) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    int cut = MAX_SHOWN - 3;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "...";
  }
}
