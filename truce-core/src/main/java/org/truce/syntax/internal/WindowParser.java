package org.truce.syntax.internal;

import org.truce.syntax.Schedule;

/**
 * Release windows: {@code between day F and day L} (docs/language.md, "Release windows"). Only
 * releases take a window; the days are days of the phase.
 */
final class WindowParser {
  private final ParseContext ctx;

  WindowParser(ParseContext ctx) {
    this.ctx = ctx;
  }

  /**
   * True at {@code between day} or at {@code , between day}: a window follows. {@code between} is
   * not reserved; {@code day} after it (a reserved word, so no verb) tells it from a party's name.
   */
  boolean atWindow() {
    if (ctx.atWord("between")) {
      return ctx.cursor.peek(1).isWord("day") || ctx.cursor.peek(1).is(TokenKind.DATE);
    }
    return ctx.at(TokenKind.COMMA)
        && ctx.cursor.peek(1).isWord("between")
        && (ctx.cursor.peek(2).isWord("day") || ctx.cursor.peek(2).is(TokenKind.DATE));
  }

  /**
   * At {@code between} (or {@code , between}); reads both days (their order is checked with the
   * other quantities, E175); {@code of the agreement} after the last day counts both in days of the
   * agreement.
   */
  Schedule window() {
    ctx.accept(TokenKind.COMMA);
    int start = ctx.peek().offset();
    ctx.cursor.advance();
    long first = ctx.dayNumber("between", "the phase");
    ctx.expectWord("and");
    long last = ctx.dayNumber("and", "the phase");
    if (ctx.atWord("of") && ctx.cursor.peek(1).isWord("the")) {
      ctx.cursor.advance();
      ctx.expectWord("the");
      ctx.expectWord("agreement");
      return new Schedule.AgreementWindow(first, last, ctx.spanFrom(start));
    }
    return new Schedule.Window(first, last, ctx.spanFrom(start));
  }
}
