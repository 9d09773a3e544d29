package org.truce.syntax.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;

/**
 * Lexes what starts with a digit: a whole number, a date {@code YYYY-MM-DD} or a time of day {@code
 * HH:MM}. A digit run followed by {@code -digit} is a date, by {@code :digit} a time; a malformed
 * one is reported once and returned as a token of the kind it was meant to be.
 */
final class NumberLexer {
  private NumberLexer() {}

  static Token lex(String text, int start, boolean lineStart, Reporter reporter) {
    int length = text.length();
    int pos = digits(text, start);
    if (pos + 1 < length && isDigit(text.charAt(pos + 1))) {
      if (text.charAt(pos) == '-') {
        return date(text, start, lineStart, reporter);
      }
      if (text.charAt(pos) == ':') {
        return time(text, start, digits(text, pos + 1), lineStart, reporter);
      }
    }
    String literal = text.substring(start, pos);
    long value = 0;
    boolean tooLarge = false;
    for (int i = 0; i < literal.length() && !tooLarge; i++) {
      value = value * 10 + (literal.charAt(i) - '0');
      tooLarge = value > Lexer.MAX_NUMBER;
    }
    if (tooLarge) {
      reporter.report(
          DiagnosticCode.NUMBER_TOO_LARGE,
          new Span(start, pos - start),
          Describe.abbreviate(literal));
      value = Lexer.MAX_NUMBER;
    }
    return new Token(TokenKind.NUMBER, start, pos - start, literal, value, lineStart, tooLarge);
  }

  private static Token date(String text, int start, boolean lineStart, Reporter reporter) {
    int length = text.length();
    int pos = start;
    while (pos < length
        && (isDigit(text.charAt(pos))
            || (text.charAt(pos) == '-' && pos + 1 < length && isDigit(text.charAt(pos + 1))))) {
      pos++;
    }
    String literal = text.substring(start, pos);
    boolean valid = literal.length() == 10 && validDate(literal);
    if (!valid) {
      reporter.report(
          DiagnosticCode.INVALID_DATE, new Span(start, pos - start), Describe.abbreviate(literal));
    }
    return new Token(TokenKind.DATE, start, pos - start, literal, 0, lineStart, !valid);
  }

  private static boolean validDate(String s) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    try {
      LocalDate.of(
          Integer.parseInt(s.substring(0, 4)),
          Integer.parseInt(s.substring(5, 7)),
          Integer.parseInt(s.substring(8, 10)));
      return true;
    } catch (DateTimeException e) {
      return false; // no such day, e.g. 2023-02-30
    }
  }

  private static Token time(String text, int start, int end, boolean lineStart, Reporter reporter) {
    String literal = text.substring(start, end);
    boolean valid =
        literal.length() == 5
            && literal.charAt(2) == ':'
            && Integer.parseInt(literal.substring(0, 2)) < 24
            && Integer.parseInt(literal.substring(3, 5)) < 60;
    if (!valid) {
      reporter.report(
          DiagnosticCode.INVALID_TIME, new Span(start, end - start), Describe.abbreviate(literal));
    }
    return new Token(TokenKind.TIME, start, end - start, literal, 0, lineStart, !valid);
  }

  private static int digits(String text, int from) {
    int pos = from;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
