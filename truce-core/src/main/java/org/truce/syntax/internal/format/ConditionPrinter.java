package org.truce.syntax.internal.format;

import java.util.Locale;
import java.util.Optional;
import org.truce.syntax.Expr;
import org.truce.syntax.Name;

/**
 * Prints conditions with the fewest parentheses that keep the tree, and one more rule for readers:
 * {@code not} binds tighter than {@code and}, which binds tighter than {@code or}, but an {@code
 * and} inside an {@code or} is always bracketed, since drafters should not need to know the
 * precedence to read {@code (a and b) or c}. Both operators are left-associative, so a right
 * operand of the same operator keeps its parentheses; comparison operands are atoms.
 */
final class ConditionPrinter {
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int COMPARE = 4;
  private static final int ATOM = 5;

  private ConditionPrinter() {}

  static String print(Expr expr) {
    StringBuilder out = new StringBuilder();
    print(expr, OR, out);
    return out.toString();
  }

  private static void print(Expr expr, int context, StringBuilder out) {
    boolean parens = precedence(expr) < context;
    if (parens) {
      out.append('(');
    }
    switch (expr) {
      case Expr.Or or -> {
        // Operands of `or` are printed as if they bound tighter than `and`, which brackets an
        // `and`; a left-nested `or` chain stays flat.
        print(or.left(), or.left() instanceof Expr.Or ? OR : NOT, out);
        out.append(" or ");
        print(or.right(), NOT, out);
      }
      case Expr.And and -> binary(and.left(), " and ", and.right(), AND, out);
      case Expr.Not not -> {
        out.append("not ");
        print(not.operand(), NOT, out);
      }
      case Expr.Compare compare -> {
        print(compare.left(), ATOM, out);
        out.append(' ').append(compare.op().symbol()).append(' ');
        print(compare.right(), ATOM, out);
      }
      default -> out.append(atom(expr));
    }
    if (parens) {
      out.append(')');
    }
  }

  private static void binary(Expr left, String op, Expr right, int level, StringBuilder out) {
    print(left, level, out);
    out.append(op);
    print(right, level + 1, out);
  }

  private static int precedence(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> OR;
      case Expr.And and -> AND;
      case Expr.Not not -> NOT;
      case Expr.Compare compare -> COMPARE;
      default -> ATOM;
    };
  }

  private static String atom(Expr expr) {
    return switch (expr) {
      case Expr.BoolLiteral bool -> bool.value() ? "true" : "false";
      case Expr.Number number -> Long.toString(number.value());
      case Expr.Day day -> "day";
      case Expr.Released released ->
          "released " + Words.category(released.category()) + by(released.by());
      case Expr.Held held -> "held " + Words.category(held.category()) + by(held.by());
      case Expr.AllReleased all ->
          "all " + Words.category(all.category()) + " released" + by(all.by());
      case Expr.HostilitiesAre hostilities -> "hostilities " + lower(hostilities.state());
      case Expr.TalksAre talks ->
          "talks"
              + talks.on().map(on -> " on " + on.text()).orElse("")
              + " "
              + lower(talks.state())
              + talks.judgedBy().map(judge -> " as judged by " + judge.text()).orElse("");
      case Expr.PhaseIs phase -> "phase " + phase.phase().text() + " " + lower(phase.state());
      case Expr.Breached b ->
          b.party().text() + " breached" + b.clause().map(id -> " clause " + id.text()).orElse("");
      case Expr.BreachConfirmed c ->
          c.mediator().text() + " confirms a breach by " + c.party().text();
      case Expr.Or or -> throw new IllegalStateException("not an atom");
      case Expr.And and -> throw new IllegalStateException("not an atom");
      case Expr.Not not -> throw new IllegalStateException("not an atom");
      case Expr.Compare compare -> throw new IllegalStateException("not an atom");
    };
  }

  private static String by(Optional<Name> by) {
    return by.map(name -> " by " + name.text()).orElse("");
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
