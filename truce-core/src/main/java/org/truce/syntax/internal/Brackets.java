package org.truce.syntax.internal;

import org.truce.source.DiagnosticCode;

/** Closing a bracket, with the choice between "never closed" (E113) and "expected" (E110). */
final class Brackets {
  private Brackets() {}

  /**
   * Consumes the closing token for {@code open}. When it is missing and the text has moved on (the
   * end of the file, a new line, a {@code }} or {@code ;}), the bracket was left open: E113 at the
   * opening token, and parsing goes on as if it were closed. Otherwise something stands where the
   * closing token should: E110.
   */
  static void close(ParseContext ctx, Token open, TokenKind close) {
    Token t = ctx.peek();
    if (t.is(close)) {
      ctx.cursor.advance();
      return;
    }
    if (t.is(TokenKind.EOF)
        || t.lineStart()
        || t.is(TokenKind.RBRACE)
        || t.is(TokenKind.SEMICOLON)) {
      ctx.report(DiagnosticCode.UNCLOSED_BLOCK, open.span(), open.kind().symbol(), close.symbol());
      ctx.markFailed();
      return;
    }
    throw ctx.expected("`" + close.symbol() + "`");
  }
}
