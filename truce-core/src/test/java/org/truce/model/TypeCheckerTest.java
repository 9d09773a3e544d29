package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.model.Trees.codes;
import static org.truce.model.Trees.single;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Expr;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;

/** Conditions are typed: numbers only in comparisons, conditions never in them. */
class TypeCheckerTest {
  private final Trees t = new Trees();

  private ModelResult requireAlways(Expr condition) {
    return t.inWorld(
        t.item(t.phase("one", 4L, null, t.item(t.paused()))),
        t.item(t.require(RequirementKind.ALWAYS, condition, null)));
  }

  @Test
  void aNumberWhereAConditionIsExpectedIsNamedInTheUsersWords() {
    Expr day = t.day();
    Diagnostic d = single(requireAlways(day));
    assertThat(d.code()).isEqualTo(DiagnosticCode.NUMBER_AS_CONDITION);
    assertThat(d.span()).isEqualTo(day.span());
    assertThat(d.message())
        .isEqualTo("expected a condition (true or false) here, but found the day number `day`");
    assertThat(d.hint()).contains("compare it, e.g. `day >= 1`");
  }

  @Test
  void releasedAndLiteralNumbersAsConditions() {
    Diagnostic released =
        single(requireAlways(t.and(t.released("hostage", "hamas"), t.bool(true))));
    assertThat(released.message()).endsWith("but found the count `released hostage by hamas`");
    Diagnostic literal = single(new Trees().inPhase(new Trees().undertakes("x", "y")));
    assertThat(literal.code()).isEqualTo(DiagnosticCode.UNKNOWN_PARTY);
    Trees u = new Trees();
    Diagnostic three =
        single(
            u.inWorld(
                u.item(u.phase("one", 4L, null, u.item(u.paused()))),
                u.item(u.require(RequirementKind.NEVER, u.not(u.num(3)), null))));
    assertThat(three.message()).endsWith("but found the number `3`");
    assertThat(three.hint()).contains("compare it, e.g. `day >= 3`");
  }

  @Test
  void aConditionComparedIsReportedWithTheOperator() {
    Expr paused = t.hostilitiesAre(HostilityState.PAUSED);
    Diagnostic d = single(requireAlways(t.cmp(paused, CompareOp.LESS, t.num(3))));
    assertThat(d.code()).isEqualTo(DiagnosticCode.CONDITION_AS_NUMBER);
    assertThat(d.span()).isEqualTo(paused.span());
    assertThat(d.message())
        .isEqualTo("`hostilities paused` is a condition, but `<` compares numbers");
  }

  @Test
  void compoundOperandsArePrintedWithTheParenthesesTheyNeed() {
    Expr inner = t.or(t.bool(true), t.hostilitiesAre(HostilityState.ENDED));
    Expr both = t.and(inner, t.not(t.phaseIs("one", PhaseState.ENDED)));
    Diagnostic d = single(requireAlways(t.cmp(t.num(1), CompareOp.EQUAL, both)));
    assertThat(d.message())
        .isEqualTo(
            "`(true or hostilities ended) and not phase one ended` is a condition, but `=`"
                + " compares numbers");
  }

  @Test
  void wellTypedConditionsLowerToTheModel() {
    ModelResult result =
        requireAlways(
            t.or(
                t.cmp(t.released("hostage.living", "hamas"), CompareOp.GREATER_OR_EQUAL, t.num(10)),
                t.not(t.cmp(t.day(), CompareOp.LESS, t.heldExpr("prisoner", null)))));
    assertThat(codes(result)).isEmpty();
    Requirement requirement = result.agreement().orElseThrow().requirements().getFirst();
    assertThat(requirement.condition())
        .isEqualTo(
            new Condition.Or(
                new Condition.Compare(
                    new Figure.Released(new Category("hostage.living"), Optional.of("hamas")),
                    CompareOp.GREATER_OR_EQUAL,
                    new Figure.Literal(10)),
                new Condition.Not(
                    new Condition.Compare(
                        new Figure.Day(),
                        CompareOp.LESS,
                        new Figure.Held(new Category("prisoner"), Optional.empty())))));
  }

  @Test
  void everyConditionSiteIsTypeChecked() {
    ModelResult result =
        t.inWorld(
            t.item(t.interest("israel", t.num(1))),
            t.item(
                t.phase(
                    "one",
                    4L,
                    t.when(t.day()),
                    t.item(t.paused()),
                    t.item(t.extendWhile(t.days(1), t.num(2), null)),
                    t.item(t.right("israel", RightAction.RESUME_HOSTILITIES, t.num(3))),
                    t.item(t.ensure(t.num(4), "us")))),
            t.item(t.concludes(t.num(5))));
    assertThat(codes(result)).containsOnly(DiagnosticCode.NUMBER_AS_CONDITION).hasSize(6);
  }
}
