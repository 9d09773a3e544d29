package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.syntax.FormatterTest.name;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.source.Span;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;

/** Conditions are printed with only the parentheses that precedence and the tree's shape need. */
class FormatterConditionTest {
  private static final Span NONE = Span.NONE;
  private static final Expr A = new Expr.PhaseIs(name("a"), PhaseState.ENDED, NONE);
  private static final Expr B = new Expr.HostilitiesAre(HostilityState.PAUSED, NONE);
  private static final Expr C = new Expr.BoolLiteral(true, NONE);

  @Test
  void andInsideOrIsAlwaysBracketedForReaders() {
    assertThat(print(or(and(A, B), C))).isEqualTo("(phase a ended and hostilities paused) or true");
    assertThat(print(or(C, and(A, B)))).isEqualTo("true or (phase a ended and hostilities paused)");
    assertThat(print(and(or(A, B), C))).isEqualTo("(phase a ended or hostilities paused) and true");
  }

  @Test
  void leftNestingNeedsNoParenthesesButRightNestingKeepsThem() {
    assertThat(print(or(or(A, B), C))).isEqualTo("phase a ended or hostilities paused or true");
    assertThat(print(or(A, or(B, C)))).isEqualTo("phase a ended or (hostilities paused or true)");
    assertThat(print(and(A, and(B, C))))
        .isEqualTo("phase a ended and (hostilities paused and true)");
  }

  @Test
  void notOverAndOrTakesParentheses() {
    assertThat(print(not(and(A, B)))).isEqualTo("not (phase a ended and hostilities paused)");
    assertThat(print(not(or(A, B)))).isEqualTo("not (phase a ended or hostilities paused)");
    assertThat(print(not(not(A)))).isEqualTo("not not phase a ended");
    assertThat(print(and(not(A), B))).isEqualTo("not phase a ended and hostilities paused");
  }

  @Test
  void comparisonsTakeAtomsAndNotAppliesToAWholeComparison() {
    Expr released =
        new Expr.Released(FormatterTest.category("hostage"), Optional.of(name("hamas")), NONE);
    Expr compare = new Expr.Compare(released, CompareOp.NOT_EQUAL, new Expr.Day(NONE), NONE);
    assertThat(print(not(compare))).isEqualTo("not released hostage by hamas != day");
    Expr held = new Expr.Held(FormatterTest.category("hostage.living"), Optional.empty(), NONE);
    Expr chained = new Expr.Compare(compare, CompareOp.LESS, held, NONE);
    assertThat(print(chained))
        .isEqualTo("(released hostage by hamas != day) < held hostage.living");
  }

  private static String print(Expr condition) {
    return FormatterTest.onlyLine(new Clause.Concludes(condition, NONE))
        .substring("concludes when ".length());
  }

  private static Expr and(Expr left, Expr right) {
    return new Expr.And(left, right, NONE);
  }

  private static Expr or(Expr left, Expr right) {
    return new Expr.Or(left, right, NONE);
  }

  private static Expr not(Expr operand) {
    return new Expr.Not(operand, NONE);
  }
}
