package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

class ConditionEvaluatorTest {
  /** Day 43: 50 hostages released by hamas, 5 held; phase one ended; talks on two progressing. */
  private static final ConditionEvaluator.State STATE =
      new ConditionEvaluator.State() {
        @Override
        public long day() {
          return 43;
        }

        @Override
        public long released(Category category, Optional<String> by) {
          return category.covers(new Category("hostage.civilian")) && !by.equals(Optional.of("x"))
              ? 50
              : 0;
        }

        @Override
        public long held(Category category, Optional<String> by) {
          return category.covers(new Category("hostage.civilian")) ? 5 : 0;
        }

        @Override
        public HostilityState hostilities() {
          return HostilityState.PAUSED;
        }

        @Override
        public Optional<TalkState> talks(String onPhase) {
          return Optional.ofNullable(Map.of("two", TalkState.PROGRESSING).get(onPhase));
        }

        @Override
        public boolean phaseIs(String phase, PhaseState state) {
          return phase.equals("one") && state != PhaseState.ACTIVE;
        }
      };

  private static Condition compare(Figure left, CompareOp op, long right) {
    return new Condition.Compare(left, op, new Figure.Literal(right));
  }

  private static final Figure RELEASED =
      new Figure.Released(new Category("hostage"), Optional.of("hamas"));

  @Test
  void comparesFiguresOfTheState() {
    assertThat(ConditionEvaluator.holds(compare(RELEASED, CompareOp.GREATER_OR_EQUAL, 50), STATE))
        .isTrue();
    assertThat(ConditionEvaluator.holds(compare(RELEASED, CompareOp.GREATER, 50), STATE)).isFalse();
    assertThat(ConditionEvaluator.holds(compare(new Figure.Day(), CompareOp.EQUAL, 43), STATE))
        .isTrue();
    assertThat(ConditionEvaluator.holds(compare(new Figure.Day(), CompareOp.NOT_EQUAL, 43), STATE))
        .isFalse();
  }

  @Test
  void talksHaveBegunOnceTheyHaveAnyState() {
    assertThat(
            ConditionEvaluator.holds(
                new Condition.TalksAre("two", TalkState.BEGUN, Optional.empty()), STATE))
        .isTrue();
    assertThat(
            ConditionEvaluator.holds(
                new Condition.TalksAre("three", TalkState.BEGUN, Optional.empty()), STATE))
        .isFalse();
    assertThat(
            ConditionEvaluator.holds(
                new Condition.TalksAre("two", TalkState.AGREED, Optional.of("israel")), STATE))
        .isFalse();
  }

  @Test
  void connectivesCombineAsUsual() {
    Condition ended = new Condition.PhaseIs("one", PhaseState.ENDED);
    Condition agreed = new Condition.TalksAre("two", TalkState.AGREED, Optional.empty());

    assertThat(ConditionEvaluator.holds(new Condition.And(ended, agreed), STATE)).isFalse();
    assertThat(ConditionEvaluator.holds(new Condition.Or(ended, agreed), STATE)).isTrue();
    assertThat(ConditionEvaluator.holds(new Condition.Not(agreed), STATE)).isTrue();
    assertThat(
            ConditionEvaluator.holds(
                new Condition.AllReleased(new Category("hostage"), Optional.empty()), STATE))
        .isFalse();
    assertThat(ConditionEvaluator.holds(new Condition.HostilitiesAre(HostilityState.PAUSED), STATE))
        .isTrue();
  }

  @Test
  void onlyConditionsOnTheDayMentionIt() {
    assertThat(ConditionEvaluator.mentionsDay(compare(new Figure.Day(), CompareOp.LESS, 3)))
        .isTrue();
    assertThat(
            ConditionEvaluator.mentionsDay(new Condition.Not(compare(RELEASED, CompareOp.LESS, 3))))
        .isFalse();
  }

  @Test
  void conditionsAreWrittenBackWithTheParenthesesPrecedenceNeeds() {
    Condition a = new Condition.PhaseIs("one", PhaseState.ENDED);
    Condition b = new Condition.TalksAre("two", TalkState.AGREED, Optional.of("israel"));
    Condition c = compare(RELEASED, CompareOp.GREATER_OR_EQUAL, 50);

    assertThat(ConditionText.of(new Condition.And(new Condition.Or(a, b), new Condition.Not(c))))
        .isEqualTo(
            "(phase one ended or talks on two agreed as judged by israel)"
                + " and not released hostage by hamas >= 50");
  }
}
