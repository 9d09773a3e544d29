package org.truce.render;

import java.util.Optional;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.vocabulary.CompareOp;

/**
 * Conditions and figures in plain English: {@code phase one ended and not talks on two agreed as
 * judged by israel} reads "phase `one` has ended and the talks on phase `two` have not been agreed
 * (as judged by israel)". Negation is folded into the verb where English allows it; parentheses
 * appear only where precedence needs them. Days in conditions are days of the agreement.
 */
public final class ConditionText {
  private ConditionText() {}

  public static Phrase of(Condition condition) {
    Phrase.Builder out = Phrase.builder();
    write(condition, false, out);
    return out.build();
  }

  /** A number in a state of the agreement: "the number of hostage.living released by hamas". */
  public static Phrase figure(Figure figure) {
    return switch (figure) {
      case Figure.Literal l -> Phrase.words(Long.toString(l.value()));
      case Figure.Day d -> Phrase.words("the day of the agreement");
      case Figure.Released r ->
          Phrase.words("the number of " + r.category() + " released" + by(r.by()));
      case Figure.Held h -> Phrase.words("the number of " + h.category() + " held" + by(h.by()));
    };
  }

  private static void write(Condition condition, boolean negated, Phrase.Builder out) {
    switch (condition) {
      case Condition.Not not -> write(not.operand(), !negated, out);
      case Condition.And and -> binary(and.left(), " and ", and.right(), negated, out);
      case Condition.Or or -> binary(or.left(), " or ", or.right(), negated, out);
      case Condition.Constant c -> out.words(c.value() != negated ? "true" : "false");
      case Condition.HostilitiesAre h -> out.words(hostilities(h, negated));
      case Condition.TalksAre t -> talks(t, negated, out);
      case Condition.PhaseIs p -> phase(p, negated, out);
      case Condition.AllReleased a ->
          out.words(
              (negated ? "not all " : "all ") + a.category() + " have been released" + by(a.by()));
      case Condition.Compare c ->
          compare(c.left(), negated ? negate(c.op()) : c.op(), c.right(), out);
      case Condition.Breached b -> {
        out.name(b.party()).words(negated ? " has not breached " : " has breached ");
        out.words(b.clause().map(id -> "clause " + id).orElse("any of its obligations"));
      }
      case Condition.BreachConfirmed c ->
          out.name(c.mediator())
              .words(negated ? " has not confirmed a breach by " : " has confirmed a breach by ")
              .name(c.party());
    }
  }

  private static void binary(
      Condition left, String connective, Condition right, boolean negated, Phrase.Builder out) {
    if (negated) {
      out.words("not (");
    }
    operand(left, connective, out);
    out.words(connective);
    operand(right, connective, out);
    if (negated) {
      out.words(")");
    }
  }

  /**
   * Mixed "and" and "or" are bracketed both ways: precedence settles it formally, but English
   * readers should not have to know it. A negated "and"/"or" brings its own brackets.
   */
  private static void operand(Condition operand, String connective, Phrase.Builder out) {
    boolean parens =
        connective.equals(" and ")
            ? operand instanceof Condition.Or
            : operand instanceof Condition.And;
    if (parens) {
      out.words("(");
    }
    write(operand, false, out);
    if (parens) {
      out.words(")");
    }
  }

  private static String hostilities(Condition.HostilitiesAre h, boolean negated) {
    String not = negated ? " not" : "";
    return switch (h.state()) {
      case ACTIVE -> "hostilities are" + not + " active";
      case PAUSED -> "hostilities are" + not + " paused";
      case ENDED -> "hostilities have" + not + " ended";
    };
  }

  private static void talks(Condition.TalksAre t, boolean negated, Phrase.Builder out) {
    String not = negated ? " not" : "";
    out.words("the talks on phase ").name(t.onPhase());
    out.words(
        switch (t.state()) {
          case BEGUN -> " have" + not + " begun";
          case PROGRESSING -> " are" + not + " progressing";
          case STALLED -> " are" + not + " stalled";
          case AGREED -> " have" + not + " been agreed";
        });
    t.judgedBy().ifPresent(judge -> out.words(" (as judged by " + judge + ")"));
  }

  private static void phase(Condition.PhaseIs p, boolean negated, Phrase.Builder out) {
    String not = negated ? " not" : "";
    out.words("phase ").name(p.phase());
    out.words(
        switch (p.state()) {
          case BEGUN -> " has" + not + " begun";
          case ACTIVE -> " is" + not + " active";
          case ENDED -> " has" + not + " ended";
        });
  }

  private static void compare(Figure left, CompareOp op, Figure right, Phrase.Builder out) {
    if (right instanceof Figure.Day && !(left instanceof Figure.Day)) {
      compare(right, mirror(op), left, out);
      return;
    }
    // Days are whole, so "after day 20" is exactly "day 21 or later", which reads after "when".
    if (left instanceof Figure.Day && right instanceof Figure.Literal n) {
      long day = n.value();
      out.words(
          switch (op) {
            case GREATER_OR_EQUAL -> "day " + day + " or later";
            case GREATER -> "day " + (day + 1) + " or later";
            case LESS_OR_EQUAL -> "day " + day + " or earlier";
            case LESS -> "day " + (day - 1) + " or earlier";
            case EQUAL -> "day " + day;
            case NOT_EQUAL -> "any day other than day " + day;
          });
      return;
    }
    out.add(figure(left)).words(" " + Phrases.comparison(op) + " ").add(figure(right));
  }

  private static String by(Optional<String> party) {
    return party.map(p -> " by " + p).orElse("");
  }

  static CompareOp negate(CompareOp op) {
    return switch (op) {
      case LESS -> CompareOp.GREATER_OR_EQUAL;
      case LESS_OR_EQUAL -> CompareOp.GREATER;
      case GREATER -> CompareOp.LESS_OR_EQUAL;
      case GREATER_OR_EQUAL -> CompareOp.LESS;
      case EQUAL -> CompareOp.NOT_EQUAL;
      case NOT_EQUAL -> CompareOp.EQUAL;
    };
  }

  /** The operator that gives the same comparison with its operands swapped. */
  static CompareOp mirror(CompareOp op) {
    return switch (op) {
      case LESS -> CompareOp.GREATER;
      case LESS_OR_EQUAL -> CompareOp.GREATER_OR_EQUAL;
      case GREATER -> CompareOp.LESS;
      case GREATER_OR_EQUAL -> CompareOp.LESS_OR_EQUAL;
      case EQUAL, NOT_EQUAL -> op;
    };
  }
}
