package org.truce.syntax.internal;

/**
 * Where parsing resumes after an error: at the next token that can start a clause. Words that also
 * occur inside conditions ({@code phase}, {@code hostilities}, {@code talks}) and a name followed
 * by a comma count only at the start of a line, so that recovery does not restart in the middle of
 * the clause that failed and report a cascade of errors from one mistake.
 */
final class Recovery {
  private Recovery() {}

  /** Whether the current token can start a clause (see the class comment). */
  static boolean startsClause(TokenCursor cursor) {
    Token t = cursor.peek();
    if (t.is(TokenKind.LBRACKET)) {
      return true;
    }
    if (t.kind() != TokenKind.WORD) {
      return false;
    }
    return switch (t.text()) {
      case "party",
          "mediator",
          "guarantor",
          "endorser",
          "interest",
          "extends",
          "require",
          "concludes",
          "lapses" ->
          true;
      case "held" -> cursor.peek(1).isWord("by");
      case "phase", "hostilities", "talks", "instrument" -> t.lineStart();
      default -> {
        Token next = cursor.peek(1);
        yield ClauseParser.isPartyVerb(next) || (t.lineStart() && next.is(TokenKind.COMMA));
      }
    };
  }

  static boolean startsHeaderField(Token t) {
    return t.isWord("version")
        || t.isWord("dated")
        || t.isWord("tabled")
        || t.isWord("previous")
        || t.isWord("starts");
  }

  /**
   * Skips to the next clause start, a {@code ;} (consumed) or the end of the file. Blocks met on
   * the way are skipped whole. In a phase body it stops before the body's {@code }}; at the top
   * level a stray {@code }} is skipped silently, as part of the failed clause. In the header it
   * also stops at a header field.
   */
  static void synchronize(TokenCursor cursor, boolean inBody, boolean inHeader) {
    int depth = 0;
    while (true) {
      Token t = cursor.peek();
      switch (t.kind()) {
        case EOF -> {
          return;
        }
        case LBRACE -> depth++;
        case RBRACE -> {
          if (depth > 0) {
            depth--;
          } else if (inBody) {
            return;
          }
        }
        case SEMICOLON -> {
          if (depth == 0) {
            cursor.advance();
            return;
          }
        }
        default -> {
          if (depth == 0 && (startsClause(cursor) || (inHeader && startsHeaderField(t)))) {
            return;
          }
        }
      }
      cursor.advance();
    }
  }
}
