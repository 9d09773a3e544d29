package org.truce.syntax.internal;

import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Expr;
import org.truce.syntax.Name;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.TalkState;

/**
 * Conditions: {@code or} over {@code and} over {@code not} over one comparison of atoms. The depth
 * of the tree is limited to {@link #MAX_DEPTH} levels so that no input can exhaust the stack of the
 * recursive passes after the parser (type checker, formatter, printers): parentheses and {@code
 * not} add a level each (E115 past the limit), and so does every part after the first of an {@code
 * and}/{@code or} chain, since the chain is built as a left-deep tree (E122 past the limit). Either
 * is reported once and the clause is skipped.
 */
final class ConditionParser {
  static final int MAX_DEPTH = 64;

  private final ParseContext ctx;
  private int depth;

  ConditionParser(ParseContext ctx) {
    this.ctx = ctx;
  }

  /** A whole condition, e.g. after {@code when}. */
  Expr parse() {
    depth = 0;
    return condition();
  }

  private Expr condition() {
    int outer = depth;
    Expr left = and();
    while (ctx.atWord("or")) {
      joinPart(ctx.cursor.advance());
      Expr right = and();
      left = new Expr.Or(left, right, left.span().to(right.span()));
    }
    depth = outer;
    return left;
  }

  private Expr and() {
    int outer = depth;
    Expr left = not();
    while (ctx.atWord("and")) {
      joinPart(ctx.cursor.advance());
      Expr right = not();
      left = new Expr.And(left, right, left.span().to(right.span()));
    }
    depth = outer;
    return left;
  }

  /**
   * Each joined part deepens the left-deep tree by one level; a chain of {@link #MAX_DEPTH} parts
   * (one fewer joiner) is the longest accepted.
   */
  private void joinPart(Token joiner) {
    depth++;
    if (depth >= MAX_DEPTH) {
      ctx.report(DiagnosticCode.CONDITION_TOO_LONG, joiner.span(), MAX_DEPTH);
      throw Abort.INSTANCE;
    }
  }

  private Expr not() {
    if (!ctx.atWord("not")) {
      return comparison();
    }
    Token not = ctx.cursor.advance();
    enter(not);
    Expr operand = not();
    depth--;
    return new Expr.Not(operand, not.span().to(operand.span()));
  }

  private Expr comparison() {
    Expr left = atom();
    CompareOp op = operator(ctx.peek());
    if (op == null) {
      return left;
    }
    ctx.cursor.advance();
    Expr right = atom();
    Expr result = new Expr.Compare(left, op, right, left.span().to(right.span()));
    while (operator(ctx.peek()) != null) {
      Token extra = ctx.cursor.advance();
      ctx.report(DiagnosticCode.CHAINED_COMPARISON, extra.span());
      ctx.markFailed();
      atom();
    }
    return result;
  }

  private static CompareOp operator(Token t) {
    return switch (t.kind()) {
      case LESS -> CompareOp.LESS;
      case LESS_EQUAL -> CompareOp.LESS_OR_EQUAL;
      case GREATER -> CompareOp.GREATER;
      case GREATER_EQUAL -> CompareOp.GREATER_OR_EQUAL;
      case EQUAL -> CompareOp.EQUAL;
      case NOT_EQUAL -> CompareOp.NOT_EQUAL;
      default -> null;
    };
  }

  private void enter(Token t) {
    depth++;
    if (depth > MAX_DEPTH) {
      ctx.report(DiagnosticCode.NESTING_TOO_DEEP, t.span(), MAX_DEPTH);
      throw Abort.INSTANCE;
    }
  }

  private Expr atom() {
    Token t = ctx.peek();
    int start = t.offset();
    if (t.is(TokenKind.LPAREN)) {
      ctx.cursor.advance();
      enter(t);
      Expr inner = condition();
      Brackets.close(ctx, t, TokenKind.RPAREN);
      depth--;
      return Exprs.withSpan(inner, ctx.spanFrom(start));
    }
    if (t.is(TokenKind.NUMBER)) {
      ctx.cursor.advance();
      return new Expr.Number(t.value(), t.span());
    }
    if (t.kind() != TokenKind.WORD) {
      throw ctx.expected("a condition");
    }
    Token next = ctx.cursor.peek(1);
    if (t.isName() && (next.isWord("breach") || next.isWord("violates"))) {
      // `when south violates`: a breach in other words; E134 gives the forms (`south breaches`
      // is read as `south breached` with E160, in Breaches).
      ctx.cursor.advance();
      ctx.cursor.advance();
      ctx.report(DiagnosticCode.BREACH_CONDITION, ctx.spanFrom(start), t.text(), next.text());
      throw Abort.INSTANCE;
    }
    switch (t.text()) {
      case "true", "false" -> {
        ctx.cursor.advance();
        return new Expr.BoolLiteral(t.text().equals("true"), t.span());
      }
      case "day" -> {
        ctx.cursor.advance();
        return new Expr.Day(t.span());
      }
      case "released" -> {
        ctx.cursor.advance();
        CategoryName category = ctx.category();
        Optional<Name> by = by();
        return new Expr.Released(category, by, ctx.spanFrom(start));
      }
      case "held" -> {
        ctx.cursor.advance();
        CategoryName category = ctx.category();
        Optional<Name> by = by();
        return new Expr.Held(category, by, ctx.spanFrom(start));
      }
      case "all" -> {
        ctx.cursor.advance();
        CategoryName category = ctx.category();
        ctx.expectWord("released");
        Optional<Name> by = by();
        return new Expr.AllReleased(category, by, ctx.spanFrom(start));
      }
      case "hostilities" -> {
        ctx.cursor.advance();
        return new Expr.HostilitiesAre(States.hostility(ctx), ctx.spanFrom(start));
      }
      case "talks" -> {
        return talks(start);
      }
      case "phase" -> {
        ctx.cursor.advance();
        Name phase = ctx.name("a phase name");
        return new Expr.PhaseIs(phase, States.phase(ctx), ctx.spanFrom(start));
      }
      default -> {
        if (t.isName() && Breaches.at(ctx)) {
          return Breaches.parse(ctx);
        }
        throw ctx.expected("a condition");
      }
    }
  }

  private Expr talks(int start) {
    ctx.cursor.advance();
    Optional<Name> on = Optional.empty();
    if (ctx.acceptWord("on")) {
      on = Optional.of(ctx.name("a phase name"));
    }
    TalkState state = States.talks(ctx);
    Optional<Name> judge = Optional.empty();
    if (ctx.acceptWord("as")) {
      ctx.expectWord("judged");
      ctx.expectWord("by");
      judge = Optional.of(ctx.name("a party name"));
    }
    return new Expr.TalksAre(on, state, judge, ctx.spanFrom(start));
  }

  private Optional<Name> by() {
    return ctx.acceptWord("by") ? Optional.of(ctx.name("a party name")) : Optional.empty();
  }
}
