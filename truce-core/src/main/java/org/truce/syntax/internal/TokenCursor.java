package org.truce.syntax.internal;

/**
 * The parser's view of the token stream: look ahead a few tokens, consume one at a time. Keeps only
 * a small window of tokens, so memory does not grow with the input. Once the reporter has stopped
 * (too many errors), every token is the end of the file.
 */
public final class TokenCursor {
  private static final int WINDOW = 4;

  private final Lexer lexer;
  private final Reporter reporter;
  private final Token[] ring = new Token[WINDOW];
  private int head;
  private int buffered;
  private int consumed;
  private int previousEnd;
  private final Token stop;

  public TokenCursor(Lexer lexer, Reporter reporter, int textLength) {
    this.lexer = lexer;
    this.reporter = reporter;
    this.stop = new Token(TokenKind.EOF, textLength, 0, "", 0, true, false);
  }

  public Token peek() {
    return peek(0);
  }

  /** The token {@code k} places ahead ({@code k < 4}). */
  public Token peek(int k) {
    if (reporter.stopped()) {
      return stop;
    }
    while (buffered <= k) {
      ring[(head + buffered) % WINDOW] = lexer.next();
      buffered++;
    }
    return ring[(head + k) % WINDOW];
  }

  public Token advance() {
    Token t = peek();
    if (t.kind() != TokenKind.EOF) {
      head = (head + 1) % WINDOW;
      buffered--;
      consumed++;
      previousEnd = t.end();
    }
    return t;
  }

  /** How many tokens have been consumed: lets loops check that they make progress. */
  public int position() {
    return consumed;
  }

  /** The end offset of the last consumed token. */
  public int previousEnd() {
    return previousEnd;
  }
}
