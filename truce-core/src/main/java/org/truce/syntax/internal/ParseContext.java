package org.truce.syntax.internal;

import java.util.ArrayList;
import java.util.List;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Text;
import org.truce.vocabulary.TimeUnit;

/**
 * What every part of the parser shares: the tokens, the reporter, and the small expectations the
 * grammar is made of (a word, a name, a number, a category...). An expectation that fails reports
 * E110 and throws {@link Abort}; a mistake the parser can read past (a reserved word used as a
 * name) is reported and marks the current clause as failed, so that it is left out of the tree.
 */
final class ParseContext {
  final SourceText source;
  final TokenCursor cursor;
  final Reporter reporter;
  private boolean clauseFailed;

  ParseContext(SourceText source, TokenCursor cursor, Reporter reporter) {
    this.source = source;
    this.cursor = cursor;
    this.reporter = reporter;
  }

  // ---- clause failure bookkeeping -----------------------------------------------------------

  /** Starts a clause; returns the enclosing clause's state, to give back to {@link #endClause}. */
  boolean beginClause() {
    boolean outer = clauseFailed;
    clauseFailed = false;
    return outer;
  }

  /** Ends a clause; returns whether it failed. */
  boolean endClause(boolean outer) {
    boolean failed = clauseFailed;
    clauseFailed = outer;
    return failed;
  }

  void markFailed() {
    clauseFailed = true;
  }

  // ---- reporting ----------------------------------------------------------------------------

  /** Reports that {@code expected} was expected at the current token, and aborts. */
  Abort expected(String expected) {
    Token found = cursor.peek();
    reporter.report(DiagnosticCode.EXPECTED, found.span(), expected, describe(found));
    return Abort.INSTANCE;
  }

  String describe(Token t) {
    return Describe.token(t, source.text());
  }

  void report(DiagnosticCode code, Span span, Object... args) {
    reporter.report(code, span, args);
  }

  // ---- tokens -------------------------------------------------------------------------------

  Token peek() {
    return cursor.peek();
  }

  boolean at(TokenKind kind) {
    return cursor.peek().kind() == kind;
  }

  boolean atWord(String word) {
    return cursor.peek().isWord(word);
  }

  boolean accept(TokenKind kind) {
    if (at(kind)) {
      cursor.advance();
      return true;
    }
    return false;
  }

  boolean acceptWord(String word) {
    if (atWord(word)) {
      cursor.advance();
      return true;
    }
    return false;
  }

  Token expect(TokenKind kind) {
    if (!at(kind)) {
      throw expected("`" + kind.symbol() + "`");
    }
    return cursor.advance();
  }

  Token expectWord(String word) {
    if (!atWord(word)) {
      throw expected("`" + word + "`");
    }
    return cursor.advance();
  }

  /** The span from {@code start} to the end of the last consumed token. */
  Span spanFrom(int start) {
    return new Span(start, Math.max(0, cursor.previousEnd() - start));
  }

  // ---- the small pieces of the grammar ------------------------------------------------------

  /**
   * A name ({@code what} says which kind, e.g. "a party name"). A reserved word followed by what
   * would follow a name is taken as a misused name (E114); otherwise it is a missing name (E110).
   */
  Name name(String what) {
    Token t = cursor.peek();
    if (t.isName()) {
      cursor.advance();
      return new Name(t.text(), t.span());
    }
    if (t.kind() == TokenKind.WORD && !cursor.peek(1).isName()) {
      reporter.report(DiagnosticCode.RESERVED_WORD, t.span(), t.text(), t.text());
      markFailed();
      cursor.advance();
      return new Name(t.text(), t.span());
    }
    throw expected(what);
  }

  long number(String what) {
    if (!at(TokenKind.NUMBER)) {
      throw expected(what);
    }
    return cursor.advance().value();
  }

  Text text(String what) {
    if (!at(TokenKind.TEXT)) {
      throw expected(what);
    }
    Token t = cursor.advance();
    return new Text(t.text(), t.span());
  }

  /**
   * The most levels a category may have (E123): real ones have two or three. Every stage that
   * compares categories walks their levels, so a bound keeps them linear in the text.
   */
  static final int MAX_CATEGORY_DEPTH = 16;

  /** {@code hostage.living.civilian}: the first segment is a name, later ones any word. */
  CategoryName category() {
    int start = peek().offset();
    List<String> segments = new ArrayList<>();
    segments.add(name("a category such as `hostage.living`").text());
    while (at(TokenKind.DOT)) {
      cursor.advance();
      if (!at(TokenKind.WORD)) {
        throw expected("the rest of the category after `.`");
      }
      segments.add(cursor.advance().text());
    }
    Span span = spanFrom(start);
    if (segments.size() > MAX_CATEGORY_DEPTH) {
      reporter.report(DiagnosticCode.CATEGORY_TOO_DEEP, span, segments.size(), MAX_CATEGORY_DEPTH);
      segments = segments.subList(0, MAX_CATEGORY_DEPTH);
    }
    return new CategoryName(segments, span);
  }

  boolean atUnit() {
    Token t = peek();
    return t.isWord("day") || t.isWord("days") || t.isWord("week") || t.isWord("weeks");
  }

  /**
   * The unit after {@code amount}. Hours, months and years, which texts often use, get a hint with
   * the days to write (E131, E132) instead of E110.
   */
  TimeUnit unit(long amount) {
    return unit(amount, false);
  }

  /** The unit after {@code amount}; {@code hours} when a deadline may be counted in hours. */
  TimeUnit unit(long amount, boolean hours) {
    if (hours && (peek().isWord("hour") || peek().isWord("hours"))) {
      cursor.advance();
      return TimeUnit.HOURS;
    }
    if (!atUnit()) {
      Token t = peek();
      switch (t.kind() == TokenKind.WORD ? t.text() : "") {
        case "hour", "hours" -> {
          long days = Math.max(1, (amount + 23) / 24);
          report(
              DiagnosticCode.HOURS,
              t.span(),
              amount,
              t.text(),
              days,
              days == 1 ? "day" : "days",
              amount % 24 == 0
                  ? amount + " hours"
                  : amount + " hours, rounded up to whole days: check which day the text means");
          throw Abort.INSTANCE;
        }
        case "month", "months" -> throw calendarUnit(t, amount, "month", 30);
        case "year", "years" -> throw calendarUnit(t, amount, "year", 365);
        default -> throw expected("`days` or `weeks`");
      }
    }
    String word = cursor.advance().text();
    return word.startsWith("day") ? TimeUnit.DAYS : TimeUnit.WEEKS;
  }

  private Abort calendarUnit(Token t, long amount, String unit, long days) {
    report(DiagnosticCode.MONTHS_OR_YEARS, t.span(), unit, amount, t.text(), amount * days, days);
    return Abort.INSTANCE;
  }

  /** {@code 6 weeks}. */
  Length length(String what) {
    int start = peek().offset();
    long amount = number(what);
    TimeUnit unit = unit(amount);
    return new Length(amount, unit, spanFrom(start));
  }

  /** {@code 48 hours}, {@code 2 days}: the period of a deadline, which may be counted in hours. */
  Length deadlineLength(String what) {
    int start = peek().offset();
    long amount = number(what);
    TimeUnit unit = unit(amount, true);
    return new Length(amount, unit, spanFrom(start));
  }

  /**
   * {@code day 5} after {@code before} ({@code on}, {@code by}, {@code from}, {@code begins on}):
   * returns the day number. A calendar date there gets E130, which says to count days of {@code
   * whose} ("the phase", "the agreement").
   */
  long dayNumber(String before, String whose) {
    if (at(TokenKind.DATE)) {
      Token date = cursor.advance();
      if (!date.reported()) {
        report(DiagnosticCode.CALENDAR_DATE, date.span(), before, date.text(), whose);
      }
      throw Abort.INSTANCE;
    }
    expectWord("day");
    return number("a day number");
  }

  /**
   * {@code per}, or its synonyms {@code for each} and {@code for every} (docs/language.md): true
   * when one was read.
   */
  boolean acceptPer() {
    if (acceptWord("per")) {
      return true;
    }
    if (atWord("for") && (cursor.peek(1).isWord("each") || cursor.peek(1).isWord("every"))) {
      cursor.advance();
      cursor.advance();
      return true;
    }
    return false;
  }
}
