package org.truce.check.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * Reads a baseline file, one acceptance a line (docs/cli.md, "Accepted findings"):
 *
 * <pre>
 * line       := blank | comment | acceptance [comment]
 * acceptance := "accept" ANALYSIS ["up" "to" NUMBER] ["with" "adversary" NAME] "because" TEXT
 * ANALYSIS   := NAME ["(" anything but ")" ")"] | TEXT
 * comment    := "#" to the end of the line
 * </pre>
 *
 * Every line with a problem gets a diagnostic at its place and is left out; the other lines are
 * read. Names are checked against the agreement later ({@link Baseline#validate}).
 */
public final class BaselineReader {
  /** The largest figure a baseline may accept: the language's own bound on numbers. */
  static final long MAX_FIGURE = 1_000_000_000L;

  private static final String WORDS =
      "`accept ANALYSIS [up to N] [with adversary PARTY] because \"REASON\"`";

  private BaselineReader() {}

  /** A baseline and the problems found reading it. */
  public record Result(Baseline baseline, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  public static Result read(SourceText source) {
    List<Acceptance> acceptances = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text = source.text();
    int start = 0;
    int number = 1;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      new Line(text, start, end, number, diagnostics).acceptance().ifPresent(acceptances::add);
      start = end + 1;
      number++;
    }
    return new Result(new Baseline(source, acceptances), diagnostics);
  }

  /** One line: a cursor over its tokens. */
  private static final class Line {
    private final String text;
    private final int start;
    private final int end;
    private final int number;
    private final List<Diagnostic> diagnostics;
    private int at;

    Line(String text, int start, int end, int number, List<Diagnostic> diagnostics) {
      this.text = text;
      this.number = number;
      this.start = start;
      this.end = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      this.diagnostics = diagnostics;
      this.at = start;
    }

    Optional<Acceptance> acceptance() {
      Token first = next();
      if (first.kind == Kind.END) {
        return Optional.empty();
      }
      if (!first.is("accept")) {
        return expected("`accept` at the start of the line", first);
      }
      Token analysis = next();
      if (analysis.kind != Kind.WORD && analysis.kind != Kind.TEXT) {
        return expected("the name of an analysis, e.g. `exposure(hamas)`", analysis);
      }
      OptionalLong upTo = OptionalLong.empty();
      Optional<String> adversary = Optional.empty();
      Token t = next();
      if (t.is("up")) {
        Token to = next();
        if (!to.is("to")) {
          return expected("`to` after `up`", to);
        }
        Token n = next();
        if (n.kind != Kind.WORD || !n.value.matches("[0-9]{1,10}")) {
          return expected("the largest figure accepted, a whole number", n);
        }
        long figure = Long.parseLong(n.value);
        if (figure > MAX_FIGURE) {
          return expected("a figure up to " + MAX_FIGURE, n);
        }
        upTo = OptionalLong.of(figure);
        t = next();
      }
      if (t.is("with")) {
        Token word = next();
        if (!word.is("adversary")) {
          return expected("`adversary` after `with`", word);
        }
        Token party = next();
        if (party.kind != Kind.WORD) {
          return expected("the name of the party given as `--adversary`", party);
        }
        adversary = Optional.of(party.value);
        t = next();
      }
      Span line = new Span(start, end - start);
      if (t.kind == Kind.END) {
        diagnostics.add(
            Diagnostic.of(DiagnosticCode.BASELINE_MISSING_REASON, analysis.span, analysis.value));
        return Optional.empty();
      }
      if (!t.is("because")) {
        return expected("`because \"REASON\"`", t);
      }
      Token reason = next();
      if (reason.kind == Kind.END || (reason.kind == Kind.TEXT && reason.value.isBlank())) {
        diagnostics.add(
            Diagnostic.of(
                DiagnosticCode.BASELINE_MISSING_REASON,
                reason.kind == Kind.END ? t.span : reason.span,
                analysis.value));
        return Optional.empty();
      }
      if (reason.kind != Kind.TEXT) {
        return expected("the reason in double quotes", reason);
      }
      Token rest = next();
      if (rest.kind != Kind.END) {
        return expected("the end of the line (a `#` starts a comment)", rest);
      }
      return Optional.of(
          new Acceptance(
              analysis.value, upTo, adversary, reason.value, number, line, analysis.span));
    }

    private Optional<Acceptance> expected(String what, Token found) {
      diagnostics.add(
          Diagnostic.of(DiagnosticCode.BASELINE_SYNTAX, found.span, what, found.describe(), WORDS));
      return Optional.empty();
    }

    /** The next token; {@link Kind#END} at the end of the line or at a comment. */
    Token next() {
      while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        at++;
      }
      if (at >= end || text.charAt(at) == '#') {
        return new Token(Kind.END, "", new Span(Math.min(at, end), 0));
      }
      int from = at;
      char c = text.charAt(at);
      if (c == '"') {
        return quoted(from);
      }
      if (Character.isLetterOrDigit(c) || c == '_') {
        while (at < end && isNameChar(text.charAt(at))) {
          at++;
        }
        if (at < end && text.charAt(at) == '(') {
          int close = text.indexOf(')', at);
          if (close >= 0 && close < end) {
            at = close + 1;
          }
        }
        return new Token(Kind.WORD, text.substring(from, at), new Span(from, at - from));
      }
      at = from + Character.charCount(text.codePointAt(from));
      return new Token(Kind.OTHER, text.substring(from, at), new Span(from, at - from));
    }

    private Token quoted(int from) {
      StringBuilder value = new StringBuilder();
      at = from + 1;
      while (at < end) {
        char c = text.charAt(at);
        if (c == '"') {
          at++;
          return new Token(Kind.TEXT, value.toString(), new Span(from, at - from));
        }
        if (c == '\\'
            && at + 1 < end
            && (text.charAt(at + 1) == '"' || text.charAt(at + 1) == '\\')) {
          value.append(text.charAt(at + 1));
          at += 2;
          continue;
        }
        value.append(c);
        at++;
      }
      return new Token(Kind.OTHER, text.substring(from, end), new Span(from, end - from));
    }

    private static boolean isNameChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }
  }

  private enum Kind {
    WORD,
    TEXT,
    OTHER,
    END
  }

  private record Token(Kind kind, String value, Span span) {
    boolean is(String word) {
      return kind == Kind.WORD && value.equals(word);
    }

    String describe() {
      return switch (kind) {
        case END -> "the end of the line";
        case TEXT -> "quoted text";
        case OTHER ->
            value.startsWith("\"")
                ? "quoted text that is not closed before the end of the line"
                : "`" + value + "`";
        case WORD -> "`" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "`";
      };
    }
  }
}
