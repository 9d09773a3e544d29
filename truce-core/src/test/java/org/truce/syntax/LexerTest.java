package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.syntax.Snippets.HEADER;
import static org.truce.syntax.Snippets.codes;
import static org.truce.syntax.Snippets.messages;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.source.Span;
import org.truce.syntax.internal.Lexer;
import org.truce.syntax.internal.Reporter;
import org.truce.syntax.internal.Token;
import org.truce.syntax.internal.TokenKind;

class LexerTest {
  private static List<Token> tokens(String text) {
    Lexer lexer = new Lexer(text, new Reporter(), new ArrayList<>());
    List<Token> tokens = new ArrayList<>();
    for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
      tokens.add(t);
    }
    return tokens;
  }

  @Test
  void everyKindOfToken() {
    List<Token> tokens =
        tokens("a_1 Z 42 \"q\" 2024-05-31 07:00 { } [ ] ( ) , ; : . < <= > >= = !=");
    assertThat(tokens)
        .extracting(Token::kind)
        .containsExactly(
            TokenKind.WORD,
            TokenKind.WORD,
            TokenKind.NUMBER,
            TokenKind.TEXT,
            TokenKind.DATE,
            TokenKind.TIME,
            TokenKind.LBRACE,
            TokenKind.RBRACE,
            TokenKind.LBRACKET,
            TokenKind.RBRACKET,
            TokenKind.LPAREN,
            TokenKind.RPAREN,
            TokenKind.COMMA,
            TokenKind.SEMICOLON,
            TokenKind.COLON,
            TokenKind.DOT,
            TokenKind.LESS,
            TokenKind.LESS_EQUAL,
            TokenKind.GREATER,
            TokenKind.GREATER_EQUAL,
            TokenKind.EQUAL,
            TokenKind.NOT_EQUAL);
    assertThat(tokens.get(2).value()).isEqualTo(42);
    assertThat(tokens.get(3).span()).isEqualTo(new Span(9, 3));
  }

  @Test
  void lineStartsAreMarked() {
    List<Token> tokens = tokens("a b\n  c # x\nd");
    assertThat(tokens).extracting(Token::lineStart).containsExactly(true, false, true, true);
  }

  @Test
  void escapesInQuotedText() {
    assertThat(tokens("\"a \\\"b\\\" \\\\ c\\nd\"").get(0).text()).isEqualTo("a \"b\" \\ c\nd");
  }

  @Test
  void commentsAreCollectedNotTokens() {
    ParseResult result = Snippets.parse("# top\r\nagreement \"T\" # after\n#");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.comments())
        .containsExactly(
            new Comment(" top", new Span(0, 5)),
            new Comment(" after", new Span(21, 7)),
            new Comment("", new Span(29, 1)));
  }

  @Test
  void hashInQuotesIsText() {
    assertThat(tokens("\"# not a comment\""))
        .extracting(Token::text)
        .containsExactly("# not a comment");
  }

  @Test
  void unexpectedCharacters() {
    assertThat(messages(HEADER + "party a \"A\" @"))
        .containsExactly("the character `@` cannot appear here");
    assertThat(messages(HEADER + "party a \"A\" \u00a0"))
        .containsExactly("the character `U+00A0` cannot appear here");
    assertThat(messages(HEADER + "party caf\u00e9 \"A\"")).first().asString().contains("`\u00e9`");
    // A run of unexpected characters is one mistake.
    assertThat(codes(HEADER + "party a \"A\" @@@@ \n")).containsExactly("E101");
    // A character outside the BMP is one character, shown whole.
    assertThat(Snippets.parse(HEADER + "\uD83D\uDE00").diagnostics().get(0).span())
        .isEqualTo(new Span(14, 2));
    assertThat(messages(HEADER + "!")).containsExactly("the character `!` cannot appear here");
  }

  @Test
  void unterminatedTextAndBadEscape() {
    assertThat(codes(HEADER + "party a \"Abc\nparty b \"B\"")).containsExactly("E102");
    assertThat(Snippets.parse(HEADER + "party a \"Abc").diagnostics().get(0).span())
        .isEqualTo(new Span(22, 4));
    assertThat(messages(HEADER + "party a \"A\\tb\""))
        .containsExactly("`\\t` is not a valid escape in quoted text");
  }

  @Test
  void numbersUpToOneBillion() {
    assertThat(codes(HEADER + "held by a { x 1000000000 }")).isEmpty();
    assertThat(messages(HEADER + "held by a { x 1000000001 }"))
        .containsExactly("the number `1000000001` is too large");
    assertThat(codes(HEADER + "held by a { x 99999999999999999999999999999 }"))
        .containsExactly("E104");
  }

  @Test
  void datesAndTimesAreValidated() {
    assertThat(messages("agreement \"T\" dated 2023-02-30"))
        .containsExactly("`2023-02-30` is not a valid date");
    assertThat(codes("agreement \"T\" dated 2024-02-29")).isEmpty();
    assertThat(codes("agreement \"T\" dated 24-5-31")).containsExactly("E105");
    assertThat(messages("agreement \"T\" starts 2024-01-01 24:00"))
        .containsExactly("`24:00` is not a valid time of day");
    assertThat(codes("agreement \"T\" starts 2024-01-01 7:00")).containsExactly("E106");
    assertThat(codes("agreement \"T\" starts 2024-01-01 23:59")).isEmpty();
  }

  @Test
  void anEightMegabyteInputLexesInOnePass() {
    String text = "a ".repeat(4 * 1024 * 1024);
    Lexer lexer = new Lexer(text, new Reporter(), new ArrayList<>());
    int count = 0;
    while (lexer.next().kind() != TokenKind.EOF) {
      count++;
    }
    assertThat(count).isEqualTo(4 * 1024 * 1024);
  }
}
