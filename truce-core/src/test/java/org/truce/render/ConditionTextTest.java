package org.truce.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.render.Fixtures.allReleased;
import static org.truce.render.Fixtures.and;
import static org.truce.render.Fixtures.cat;
import static org.truce.render.Fixtures.day;
import static org.truce.render.Fixtures.hostilities;
import static org.truce.render.Fixtures.literal;
import static org.truce.render.Fixtures.not;
import static org.truce.render.Fixtures.or;
import static org.truce.render.Fixtures.phaseIs;
import static org.truce.render.Fixtures.talks;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

class ConditionTextTest {
  private static String text(Condition c) {
    return ConditionText.of(c).plain();
  }

  @Test
  void readsTheBriefsExamples() {
    assertThat(
            text(
                and(
                    phaseIs("one", PhaseState.ENDED),
                    not(talks("two", TalkState.AGREED, "israel")))))
        .isEqualTo(
            "phase `one` has ended and the talks on phase `two` have not been agreed (as judged by"
                + " israel)");
    assertThat(text(allReleased("hostage.living", "hamas")))
        .isEqualTo("all hostage.living have been released by hamas");
    assertThat(text(new Condition.Compare(day(), CompareOp.GREATER_OR_EQUAL, literal(16))))
        .isEqualTo("day 16 or later");
  }

  @Test
  void namesArePartsOfTheirOwnSoFormatsCanMarkThemUp() {
    Phrase phrase = ConditionText.of(phaseIs("one", PhaseState.BEGUN));
    assertThat(phrase.parts())
        .containsExactly(
            new Phrase.Words("phase "), new Phrase.Name("one"), new Phrase.Words(" has begun"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ACTIVE | hostilities are active  | hostilities are not active
          PAUSED | hostilities are paused  | hostilities are not paused
          ENDED  | hostilities have ended  | hostilities have not ended
          """)
  void hostilitiesAndTheirNegation(HostilityState state, String plain, String negated) {
    assertThat(text(hostilities(state))).isEqualTo(plain);
    assertThat(text(not(hostilities(state)))).isEqualTo(negated);
    assertThat(text(not(not(hostilities(state))))).isEqualTo(plain);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          BEGUN       | the talks on phase `two` have begun       | the talks on phase `two` have not begun
          PROGRESSING | the talks on phase `two` are progressing  | the talks on phase `two` are not progressing
          STALLED     | the talks on phase `two` are stalled      | the talks on phase `two` are not stalled
          AGREED      | the talks on phase `two` have been agreed | the talks on phase `two` have not been agreed
          """)
  void talksAndTheirNegation(TalkState state, String plain, String negated) {
    assertThat(text(talks("two", state, null))).isEqualTo(plain);
    assertThat(text(not(talks("two", state, null)))).isEqualTo(negated);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          BEGUN  | phase `one` has begun | phase `one` has not begun
          ACTIVE | phase `one` is active | phase `one` is not active
          ENDED  | phase `one` has ended | phase `one` has not ended
          """)
  void phasesAndTheirNegation(PhaseState state, String plain, String negated) {
    assertThat(text(phaseIs("one", state))).isEqualTo(plain);
    assertThat(text(not(phaseIs("one", state)))).isEqualTo(negated);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GREATER_OR_EQUAL | day 16 or later   | day 15 or earlier
          GREATER          | day 17 or later   | day 16 or earlier
          LESS_OR_EQUAL    | day 16 or earlier | day 17 or later
          LESS             | day 15 or earlier | day 16 or later
          EQUAL            | day 16            | any day other than day 16
          NOT_EQUAL        | any day other than day 16 | day 16
          """)
  void daysReadAsDaysEitherWayRound(CompareOp op, String plain, String negated) {
    Condition dayFirst = new Condition.Compare(day(), op, literal(16));
    Condition numberFirst = new Condition.Compare(literal(16), ConditionText.mirror(op), day());
    assertThat(text(dayFirst)).isEqualTo(plain);
    assertThat(text(numberFirst)).isEqualTo(plain);
    assertThat(text(not(dayFirst))).isEqualTo(negated);
  }

  @Test
  void figuresAreSpelledOut() {
    Condition c =
        new Condition.Compare(
            new Figure.Released(cat("prisoner"), Optional.of("israel")),
            CompareOp.LESS_OR_EQUAL,
            new Figure.Held(cat("hostage"), Optional.empty()));
    assertThat(text(c))
        .isEqualTo(
            "the number of prisoner released by israel is at most the number of hostage held");
    assertThat(text(not(c)))
        .isEqualTo(
            "the number of prisoner released by israel is more than the number of hostage held");
    assertThat(ConditionText.figure(new Figure.Day()).plain())
        .isEqualTo("the day of the agreement");
  }

  @Test
  void mixedAndOrIsBracketedAndNegatedGroupsSayNot() {
    Condition a = hostilities(HostilityState.PAUSED);
    Condition b = phaseIs("one", PhaseState.ACTIVE);
    Condition c = talks("two", TalkState.BEGUN, null);
    assertThat(text(and(or(a, b), c)))
        .isEqualTo(
            "(hostilities are paused or phase `one` is active) and the talks on phase `two` have"
                + " begun");
    assertThat(text(or(and(a, b), c)))
        .isEqualTo(
            "(hostilities are paused and phase `one` is active) or the talks on phase `two` have"
                + " begun");
    assertThat(text(and(and(a, b), c)))
        .isEqualTo(
            "hostilities are paused and phase `one` is active and the talks on phase `two` have"
                + " begun");
    assertThat(text(not(or(a, b))))
        .isEqualTo("not (hostilities are paused or phase `one` is active)");
    assertThat(text(allReleased("hostage", null))).isEqualTo("all hostage have been released");
    assertThat(text(not(allReleased("hostage", null))))
        .isEqualTo("not all hostage have been released");
    assertThat(text(new Condition.Constant(true))).isEqualTo("true");
    assertThat(text(not(new Condition.Constant(true)))).isEqualTo("false");
  }
}
