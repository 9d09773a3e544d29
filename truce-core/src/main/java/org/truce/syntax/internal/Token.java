package org.truce.syntax.internal;

import org.truce.source.Span;

/**
 * One token. {@code text} is the word, the digits, the date or time as written, or the unescaped
 * content of quoted text; {@code value} is the value of a number. {@code lineStart} says that a
 * line break (or the start of the file) precedes the token: the grammar ignores it, but recovery
 * uses it to find where the next clause probably starts. {@code reported} marks a malformed token
 * the lexer has already reported, so that the parser does not report it again.
 */
public record Token(
    TokenKind kind,
    int offset,
    int length,
    String text,
    long value,
    boolean lineStart,
    boolean reported) {

  public Span span() {
    return new Span(offset, length);
  }

  public int end() {
    return offset + length;
  }

  public boolean is(TokenKind k) {
    return kind == k;
  }

  /** Whether this is the given word (reserved or not). */
  public boolean isWord(String word) {
    return kind == TokenKind.WORD && text.equals(word);
  }

  /** A word that may be a name: not reserved. */
  public boolean isName() {
    return kind == TokenKind.WORD && !Keywords.isReserved(text);
  }
}
