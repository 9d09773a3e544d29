package org.truce.model.internal.print;

import static org.truce.model.internal.print.Nodes.NONE;
import static org.truce.model.internal.print.Nodes.category;
import static org.truce.model.internal.print.Nodes.name;

import java.util.Optional;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.syntax.Expr;

/** Conditions and figures of the model as syntax; talks always name their phase. */
final class ConditionSyntax {
  private ConditionSyntax() {}

  static Expr of(Condition condition) {
    return switch (condition) {
      case Condition.And and -> new Expr.And(of(and.left()), of(and.right()), NONE);
      case Condition.Or or -> new Expr.Or(of(or.left()), of(or.right()), NONE);
      case Condition.Not not -> new Expr.Not(of(not.operand()), NONE);
      case Condition.Compare compare ->
          new Expr.Compare(of(compare.left()), compare.op(), of(compare.right()), NONE);
      case Condition.Constant constant -> new Expr.BoolLiteral(constant.value(), NONE);
      case Condition.HostilitiesAre hostilities ->
          new Expr.HostilitiesAre(hostilities.state(), NONE);
      case Condition.TalksAre talks ->
          new Expr.TalksAre(
              Optional.of(name(talks.onPhase())), talks.state(), name(talks.judgedBy()), NONE);
      case Condition.PhaseIs phase -> new Expr.PhaseIs(name(phase.phase()), phase.state(), NONE);
      case Condition.AllReleased all ->
          new Expr.AllReleased(category(all.category()), name(all.by()), NONE);
      case Condition.Breached b -> new Expr.Breached(name(b.party()), name(b.clause()), NONE);
      case Condition.BreachConfirmed c ->
          new Expr.BreachConfirmed(name(c.mediator()), name(c.party()), NONE);
    };
  }

  static Expr of(Figure figure) {
    return switch (figure) {
      case Figure.Literal literal -> new Expr.Number(literal.value(), NONE);
      case Figure.Day day -> new Expr.Day(NONE);
      case Figure.Released released ->
          new Expr.Released(category(released.category()), name(released.by()), NONE);
      case Figure.Held held -> new Expr.Held(category(held.category()), name(held.by()), NONE);
    };
  }
}
