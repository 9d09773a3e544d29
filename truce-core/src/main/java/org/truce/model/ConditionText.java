package org.truce.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Writes a condition back in the words of the language, for the timeline's notes and the checker's
 * explanations ({@code org.truce.render.ConditionText} writes it in plain English for readers).
 */
public final class ConditionText {
  private ConditionText() {}

  public static String of(Condition condition) {
    return write(condition, 0);
  }

  // Precedence: 0 or, 1 and, 2 not and atoms; parentheses only where a looser operator nests.
  private static String write(Condition condition, int context) {
    return switch (condition) {
      case Condition.Or or -> wrap(write(or.left(), 0) + " or " + write(or.right(), 0), 0, context);
      case Condition.And and ->
          wrap(write(and.left(), 1) + " and " + write(and.right(), 1), 1, context);
      case Condition.Not not -> "not " + write(not.operand(), 2);
      case Condition.Constant constant -> Boolean.toString(constant.value());
      case Condition.Compare c ->
          figure(c.left()) + " " + c.op().symbol() + " " + figure(c.right());
      case Condition.HostilitiesAre h -> "hostilities " + word(h.state());
      case Condition.PhaseIs p -> "phase " + p.phase() + " " + word(p.state());
      case Condition.AllReleased all -> "all " + all.category() + " released" + by(all.by());
      case Condition.TalksAre t ->
          "talks on "
              + t.onPhase()
              + " "
              + word(t.state())
              + t.judgedBy().map(j -> " as judged by " + j).orElse("");
      case Condition.Breached b ->
          b.party() + " breached" + b.clause().map(id -> " clause " + id).orElse("");
      case Condition.BreachConfirmed c -> c.mediator() + " confirms a breach by " + c.party();
    };
  }

  public static String figure(Figure figure) {
    return switch (figure) {
      case Figure.Literal literal -> Long.toString(literal.value());
      case Figure.Day day -> "day";
      case Figure.Released r -> "released " + r.category() + by(r.by());
      case Figure.Held h -> "held " + h.category() + by(h.by());
    };
  }

  public static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String by(Optional<String> by) {
    return by.map(b -> " by " + b).orElse("");
  }

  private static String wrap(String text, int own, int context) {
    return own < context ? "(" + text + ")" : text;
  }
}
