package org.truce.syntax.internal;

import org.truce.source.Span;
import org.truce.syntax.Expr;

/**
 * Gives a parenthesised condition the span of its parentheses: the tree keeps no parentheses, but
 * the span of each node must still cover all of its text.
 */
final class Exprs {
  private Exprs() {}

  static Expr withSpan(Expr e, Span s) {
    return switch (e) {
      case Expr.And x -> new Expr.And(x.left(), x.right(), s);
      case Expr.Or x -> new Expr.Or(x.left(), x.right(), s);
      case Expr.Not x -> new Expr.Not(x.operand(), s);
      case Expr.Compare x -> new Expr.Compare(x.left(), x.op(), x.right(), s);
      case Expr.BoolLiteral x -> new Expr.BoolLiteral(x.value(), s);
      case Expr.Number x -> new Expr.Number(x.value(), s);
      case Expr.Day x -> new Expr.Day(s);
      case Expr.Released x -> new Expr.Released(x.category(), x.by(), s);
      case Expr.Held x -> new Expr.Held(x.category(), x.by(), s);
      case Expr.AllReleased x -> new Expr.AllReleased(x.category(), x.by(), s);
      case Expr.HostilitiesAre x -> new Expr.HostilitiesAre(x.state(), s);
      case Expr.TalksAre x -> new Expr.TalksAre(x.on(), x.state(), x.judgedBy(), s);
      case Expr.PhaseIs x -> new Expr.PhaseIs(x.phase(), x.state(), s);
      case Expr.Breached x -> new Expr.Breached(x.party(), x.clause(), s);
      case Expr.BreachConfirmed x -> new Expr.BreachConfirmed(x.mediator(), x.party(), s);
    };
  }
}
