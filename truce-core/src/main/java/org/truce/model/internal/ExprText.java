package org.truce.model.internal;

import java.util.Locale;
import org.truce.syntax.Expr;

/**
 * An expression written back in the user's words, for messages ({@code released hostage by hamas});
 * parentheses are added where precedence needs them.
 */
public final class ExprText {
  private ExprText() {}

  /** How a message names the expression: {@code `hostilities paused`}. */
  public static String describe(Expr expr) {
    return "`" + text(expr) + "`";
  }

  /**
   * How a message names a number, with what kind of number it is: {@code the number `3`}, {@code
   * the day number `day`}, {@code the count `released hostage by hamas`}.
   */
  public static String describeNumber(Expr expr) {
    return switch (expr) {
      case Expr.Number n -> "the number `" + n.value() + "`";
      case Expr.Day d -> "the day number `day`";
      default -> "the count `" + text(expr) + "`";
    };
  }

  public static String text(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> text(or.left()) + " or " + text(or.right());
      case Expr.And and -> operand(and.left(), 1) + " and " + operand(and.right(), 1);
      case Expr.Not not -> "not " + operand(not.operand(), 2);
      case Expr.Compare c ->
          operand(c.left(), 4) + " " + c.op().symbol() + " " + operand(c.right(), 4);
      case Expr.BoolLiteral b -> String.valueOf(b.value());
      case Expr.Number n -> String.valueOf(n.value());
      case Expr.Day d -> "day";
      case Expr.Released r ->
          "released " + r.category().path() + r.by().map(n -> " by " + n.text()).orElse("");
      case Expr.Held h ->
          "held " + h.category().path() + h.by().map(n -> " by " + n.text()).orElse("");
      case Expr.AllReleased a ->
          "all "
              + a.category().path()
              + " released"
              + a.by().map(n -> " by " + n.text()).orElse("");
      case Expr.HostilitiesAre h -> "hostilities " + word(h.state());
      case Expr.TalksAre t ->
          "talks"
              + t.on().map(n -> " on " + n.text()).orElse("")
              + " "
              + word(t.state())
              + t.judgedBy().map(n -> " as judged by " + n.text()).orElse("");
      case Expr.PhaseIs p -> "phase " + p.phase().text() + " " + word(p.state());
      case Expr.Breached b ->
          b.party().text() + " breached" + b.clause().map(n -> " clause " + n.text()).orElse("");
      case Expr.BreachConfirmed c ->
          c.mediator().text() + " confirms a breach by " + c.party().text();
    };
  }

  /** The lowercase keyword of an enum constant, as written in the language. */
  public static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static int level(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> 0;
      case Expr.And and -> 1;
      case Expr.Not not -> 2;
      case Expr.Compare c -> 3;
      default -> 4;
    };
  }

  private static String operand(Expr expr, int minLevel) {
    String text = text(expr);
    return level(expr) < minLevel ? "(" + text + ")" : text;
  }
}
