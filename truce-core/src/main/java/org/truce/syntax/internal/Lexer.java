package org.truce.syntax.internal;

import java.util.List;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.Comment;

/**
 * Turns text into tokens on demand, one pass, no backtracking: each character is looked at a
 * bounded number of times, so an 8 MB input lexes in linear time. Comments go to a list beside the
 * tokens. Malformed tokens are reported here and still returned (marked {@code reported}) so that
 * the parser can carry on as if they were well formed.
 */
public final class Lexer {
  /** The largest number the language allows. */
  public static final long MAX_NUMBER = 1_000_000_000L;

  /**
   * The longest name, in characters (E124): enough for any spelt-out name, while every stage that
   * compares names (the did-you-mean search among them) stays cheap.
   */
  public static final int MAX_NAME_LENGTH = 256;

  private final String text;
  private final int length;
  private final Reporter reporter;
  private final List<Comment> comments;
  private int pos;

  public Lexer(String text, Reporter reporter, List<Comment> comments) {
    this.text = text;
    this.length = text.length();
    this.reporter = reporter;
    this.comments = comments;
  }

  public Token next() {
    boolean lineStart = pos == 0;
    boolean badRun = false;
    while (true) {
      if (pos >= length) {
        return new Token(TokenKind.EOF, length, 0, "", 0, true, false);
      }
      char c = text.charAt(pos);
      if (c == '\n') {
        lineStart = true;
        badRun = false;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        badRun = false;
        pos++;
      } else if (c == '#') {
        badRun = false;
        comment();
      } else {
        Token token = token(c, lineStart);
        if (token != null) {
          return token;
        }
        // An unexpected character: report the first of a run once, then skip it.
        int cp = text.codePointAt(pos);
        int digits = digitsBefore(pos);
        if (cp == '%' && digits > 0) {
          // `50%`: a share, which truce cannot count (E135 says what to write instead).
          reporter.report(DiagnosticCode.PERCENT, new Span(pos - digits, digits + 1));
        } else if (!badRun) {
          reporter.report(
              DiagnosticCode.UNEXPECTED_CHARACTER,
              new Span(pos, Character.charCount(cp)),
              Describe.character(cp));
        }
        badRun = true;
        pos += Character.charCount(cp);
      }
    }
  }

  /** How many digits come just before {@code at}. */
  private int digitsBefore(int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
      i--;
    }
    return at - i;
  }

  /** The token starting at {@code pos}, or null if {@code c} cannot start one. */
  private Token token(char c, boolean lineStart) {
    int start = pos;
    if (isWordStart(c) || Character.isLetter(text.codePointAt(pos))) {
      return word(start, lineStart);
    }
    if (c >= '0' && c <= '9') {
      Token number = NumberLexer.lex(text, start, lineStart, reporter);
      pos = number.end();
      return number;
    }
    if (c == '"') {
      return quoted(lineStart);
    }
    TokenKind kind =
        switch (c) {
          case '{' -> TokenKind.LBRACE;
          case '}' -> TokenKind.RBRACE;
          case '[' -> TokenKind.LBRACKET;
          case ']' -> TokenKind.RBRACKET;
          case '(' -> TokenKind.LPAREN;
          case ')' -> TokenKind.RPAREN;
          case ',' -> TokenKind.COMMA;
          case ';' -> TokenKind.SEMICOLON;
          case ':' -> TokenKind.COLON;
          case '.' -> TokenKind.DOT;
          case '<' -> next('=') ? TokenKind.LESS_EQUAL : TokenKind.LESS;
          case '>' -> next('=') ? TokenKind.GREATER_EQUAL : TokenKind.GREATER;
          case '=' -> TokenKind.EQUAL;
          case '!' -> next('=') ? TokenKind.NOT_EQUAL : null;
          default -> null;
        };
    if (kind == null) {
      return null;
    }
    pos += kind.symbol().length();
    return new Token(kind, start, pos - start, kind.symbol(), 0, lineStart, false);
  }

  private boolean next(char expected) {
    return pos + 1 < length && text.charAt(pos + 1) == expected;
  }

  private void comment() {
    int start = pos;
    int end = text.indexOf('\n', pos);
    if (end < 0) {
      end = length;
    }
    pos = end;
    if (end > start + 1 && text.charAt(end - 1) == '\r') {
      end--;
    }
    comments.add(new Comment(text.substring(start + 1, end), new Span(start, end - start)));
  }

  private Token quoted(boolean lineStart) {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    boolean bad = false;
    while (true) {
      if (pos >= length || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
        int end = pos;
        reporter.report(DiagnosticCode.UNTERMINATED_STRING, new Span(start, end - start));
        return new Token(TokenKind.TEXT, start, end - start, value.toString(), 0, lineStart, true);
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return new Token(TokenKind.TEXT, start, pos - start, value.toString(), 0, lineStart, bad);
      }
      if (c == '\\' && pos + 1 < length) {
        char e = text.charAt(pos + 1);
        switch (e) {
          case '"', '\\' -> {
            value.append(e);
            pos += 2;
            continue;
          }
          case 'n' -> {
            value.append('\n');
            pos += 2;
            continue;
          }
          case '\n', '\r' -> {
            pos++;
            continue;
          }
          default -> {
            int cp = text.codePointAt(pos + 1);
            reporter.report(
                DiagnosticCode.INVALID_ESCAPE,
                new Span(pos, 1 + Character.charCount(cp)),
                Describe.character(cp));
            bad = true;
            value.append('\\');
            pos++;
            continue;
          }
        }
      }
      value.append(c);
      pos++;
    }
  }

  /**
   * A word. Names are ASCII, but a word with other letters (`nörd`) is read whole and reported
   * once: splitting it at the first such letter gave one error per fragment.
   */
  private Token word(int start, boolean lineStart) {
    int firstForeign = -1;
    while (pos < length) {
      int cp = text.codePointAt(pos);
      boolean ascii = cp < 128 && isWordPart((char) cp);
      if (!ascii && !Character.isLetterOrDigit(cp)) {
        break;
      }
      if (!ascii && firstForeign < 0) {
        firstForeign = pos;
      }
      pos += Character.charCount(cp);
    }
    if (pos - start > MAX_NAME_LENGTH) {
      reporter.report(
          DiagnosticCode.NAME_TOO_LONG, new Span(start, pos - start), pos - start, MAX_NAME_LENGTH);
      return new Token(
          TokenKind.WORD,
          start,
          pos - start,
          text.substring(start, start + MAX_NAME_LENGTH),
          0,
          lineStart,
          true);
    }
    String word = text.substring(start, pos);
    if (firstForeign >= 0) {
      reporter.report(
          DiagnosticCode.NON_ASCII_NAME,
          new Span(start, pos - start),
          word,
          Character.toString(text.codePointAt(firstForeign)),
          asciiSpelling(word));
    }
    return new Token(TokenKind.WORD, start, pos - start, word, 0, lineStart, firstForeign >= 0);
  }

  /** {@code nörd} becomes {@code nord}; a name with no Latin letters gets a placeholder. */
  private static String asciiSpelling(String word) {
    String stripped =
        java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
            .replaceAll("[^A-Za-z0-9_]", "");
    return stripped.isEmpty() || !isWordStart(stripped.charAt(0)) ? "name_1" : stripped;
  }

  static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isWordPart(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9');
  }
}
