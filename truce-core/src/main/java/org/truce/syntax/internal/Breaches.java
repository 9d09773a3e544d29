package org.truce.syntax.internal;

import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Expr;
import org.truce.syntax.Name;

/**
 * The breach atoms of conditions: {@code south breached}, {@code south breached clause 1.3} and
 * {@code us confirms a breach by south}. They start with a name, so they are recognised by the word
 * after it; {@code breaches} (present tense) is reported (E160) and read as {@code breached}.
 */
final class Breaches {
  private Breaches() {}

  /** True when the tokens ahead are a name followed by a breach word. */
  static boolean at(ParseContext ctx) {
    Token next = ctx.cursor.peek(1);
    return next.isWord("breached") || next.isWord("breaches") || next.isWord("confirms");
  }

  static Expr parse(ParseContext ctx) {
    int start = ctx.peek().offset();
    Name first = ctx.name("a party name");
    Token verb = ctx.cursor.advance();
    if (verb.isWord("confirms")) {
      ctx.expectWord("a");
      ctx.expectWord("breach");
      ctx.expectWord("by");
      Name party = ctx.name("a party name");
      return new Expr.BreachConfirmed(first, party, ctx.spanFrom(start));
    }
    Optional<Name> clause = Optional.empty();
    if (ctx.acceptWord("clause")) {
      clause = Optional.of(clauseId(ctx));
    }
    if (verb.isWord("breaches")) {
      String written =
          first.text() + " breached" + clause.map(id -> " clause " + id.text()).orElse("");
      ctx.report(
          DiagnosticCode.BREACH_TENSE,
          first.span().to(verb.span()),
          first.text(),
          verb.text(),
          written);
      ctx.markFailed();
    }
    return new Expr.Breached(first, clause, ctx.spanFrom(start));
  }

  /** {@code 1.3} or {@code release_civilians}: as in a tag. */
  private static Name clauseId(ParseContext ctx) {
    int start = ctx.peek().offset();
    StringBuilder id = new StringBuilder(segment(ctx));
    while (ctx.at(TokenKind.DOT)) {
      ctx.cursor.advance();
      id.append('.').append(segment(ctx));
    }
    return new Name(id.toString(), ctx.spanFrom(start));
  }

  private static String segment(ParseContext ctx) {
    Token t = ctx.peek();
    if (t.is(TokenKind.NUMBER) || t.is(TokenKind.WORD)) {
      return ctx.cursor.advance().text();
    }
    throw ctx.expected("a clause id such as `1.3`");
  }
}
