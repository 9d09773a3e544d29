package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.syntax.Snippets.HEADER;
import static org.truce.syntax.Snippets.by;
import static org.truce.syntax.Snippets.category;
import static org.truce.syntax.Snippets.codes;
import static org.truce.syntax.Snippets.condition;
import static org.truce.syntax.Snippets.hostilities;
import static org.truce.syntax.Snippets.name;
import static org.truce.syntax.Snippets.number;
import static org.truce.syntax.Snippets.phase;
import static org.truce.syntax.Snippets.talks;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.source.Span;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

class ConditionParsingTest {
  private static final Span NONE = Span.NONE;
  private static final Expr A = hostilities(HostilityState.ACTIVE);
  private static final Expr P = hostilities(HostilityState.PAUSED);
  private static final Expr E = hostilities(HostilityState.ENDED);

  @Test
  void atoms() {
    assertThat(condition("true")).isEqualTo(new Expr.BoolLiteral(true, NONE));
    assertThat(condition("false")).isEqualTo(new Expr.BoolLiteral(false, NONE));
    assertThat(condition("7")).isEqualTo(number(7));
    assertThat(condition("day")).isEqualTo(new Expr.Day(NONE));
    assertThat(condition("released hostage.living by hamas"))
        .isEqualTo(new Expr.Released(category("hostage.living"), by("hamas"), NONE));
    assertThat(condition("held prisoner"))
        .isEqualTo(new Expr.Held(category("prisoner"), Optional.empty(), NONE));
    assertThat(condition("all hostage released by hamas"))
        .isEqualTo(new Expr.AllReleased(category("hostage"), by("hamas"), NONE));
    assertThat(condition("talks on two stalled as judged by israel"))
        .isEqualTo(new Expr.TalksAre(by("two"), TalkState.STALLED, by("israel"), NONE));
    assertThat(condition("talks begun")).isEqualTo(talks(TalkState.BEGUN));
    assertThat(condition("phase one active")).isEqualTo(phase("one", PhaseState.ACTIVE));
  }

  @Test
  void notBindsTighterThanAndTighterThanOr() {
    assertThat(condition("not hostilities active and hostilities paused or hostilities ended"))
        .isEqualTo(new Expr.Or(new Expr.And(new Expr.Not(A, NONE), P, NONE), E, NONE));
    assertThat(condition("hostilities active or hostilities paused and hostilities ended"))
        .isEqualTo(new Expr.Or(A, new Expr.And(P, E, NONE), NONE));
    assertThat(condition("not not hostilities active"))
        .isEqualTo(new Expr.Not(new Expr.Not(A, NONE), NONE));
  }

  @Test
  void andAndOrAssociateToTheLeft() {
    assertThat(condition("hostilities active and hostilities paused and hostilities ended"))
        .isEqualTo(new Expr.And(new Expr.And(A, P, NONE), E, NONE));
  }

  @Test
  void parenthesesGroupButAreNotKept() {
    assertThat(condition("(hostilities active or hostilities paused) and hostilities ended"))
        .isEqualTo(new Expr.And(new Expr.Or(A, P, NONE), E, NONE));
  }

  @Test
  void parenthesisedConditionSpansItsParentheses() {
    ParseResult result = Snippets.parse(HEADER + "require always (day > 1) or true");
    Expr.Or or =
        (Expr.Or)
            ((Clause.Requirement) result.tree().orElseThrow().items().get(0).clause()).condition();
    assertThat(or.left().span()).isEqualTo(new Span(29, 9));
    assertThat(or.span()).isEqualTo(new Span(29, 17));
  }

  @Test
  void comparisons() {
    for (CompareOp op : CompareOp.values()) {
      assertThat(condition("day " + op.symbol() + " 3"))
          .isEqualTo(new Expr.Compare(new Expr.Day(NONE), op, number(3), NONE));
    }
    assertThat(condition("not released x > held y by z"))
        .isEqualTo(
            new Expr.Not(
                new Expr.Compare(
                    new Expr.Released(category("x"), Optional.empty(), NONE),
                    CompareOp.GREATER,
                    new Expr.Held(category("y"), Optional.of(name("z")), NONE),
                    NONE),
                NONE));
  }

  @Test
  void chainedComparisonIsReportedOnce() {
    ParseResult result = Snippets.parse(HEADER + "require always 1 < day < 9 <= 10\nparty a \"A\"");
    assertThat(result.diagnostics()).extracting(d -> d.code().id()).containsExactly("E118", "E118");
    assertThat(result.diagnostics().get(0).span()).isEqualTo(new Span(37, 1));
    // The clause is left out; the next one is kept.
    assertThat(result.tree().orElseThrow().items()).hasSize(1);
  }

  @Test
  void missingConditionOrParenthesis() {
    assertThat(Snippets.messages(HEADER + "require always and"))
        .containsExactly("expected a condition, but found the word `and`");
    assertThat(Snippets.messages(HEADER + "require always (day > 1 true"))
        .containsExactly("expected `)`, but found the word `true`");
    assertThat(codes(HEADER + "require always (day > 1\nparty a \"A\"")).containsExactly("E113");
  }

  @Test
  void nestingIsLimited() {
    String deep = "(".repeat(64) + "true" + ")".repeat(64);
    assertThat(codes(HEADER + "require always " + deep)).isEmpty();
    String tooDeep = "(".repeat(65) + "true" + ")".repeat(65);
    ParseResult result = Snippets.parse(HEADER + "require always " + tooDeep + "\nparty a \"A\"");
    assertThat(result.diagnostics())
        .extracting(d -> d.message())
        .containsExactly("this condition is nested more than 64 levels deep");
    assertThat(result.tree().orElseThrow().items()).hasSize(1);
    assertThat(codes(HEADER + "require always " + "not ".repeat(65) + "true"))
        .containsExactly("E115");
  }
}
