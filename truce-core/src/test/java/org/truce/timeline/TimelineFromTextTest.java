package org.truce.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;
import org.truce.timeline.TimelineEvent.Delivered;

/** Timelines of small agreements written in the language, one rule of docs/timeline.md each. */
class TimelineFromTextTest {
  private static Agreement load(String text) {
    ModelResult result = ModelBuilder.load(new SourceText("test.truce", text));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result.agreement().orElseThrow();
  }

  private static long delivered(Timeline timeline, String category) {
    return timeline.days().stream()
        .flatMap(d -> d.events().stream())
        .filter(e -> e instanceof Delivered d && d.what().path().equals(category))
        .mapToLong(e -> ((Delivered) e).amount())
        .sum();
  }

  @Test
  void aDeliveryNumberIsATotalUnlessItIsTheBatchSize() {
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                agreement "Deliveries"
                party israel "Israel"
                party egypt "Egypt"
                party us "United States"
                phase one "One" lasts 42 days {
                  egypt delivers 100 fuel.truck, 10 every 2 days from day 3
                  us delivers 30 food.tonne, 20 every 10 days
                  israel allows 600 aid.truck per day
                }
                """));

    assertThat(delivered(timeline, "fuel.truck")).isEqualTo(100);
    assertThat(delivered(timeline, "food.tonne")).isEqualTo(30);
    assertThat(delivered(timeline, "aid.truck")).isEqualTo(600 * 42);
    assertThat(
            timeline.days().stream()
                .flatMap(d -> d.events().stream())
                .filter(e -> e instanceof Delivered d && d.what().path().equals("food.tonne"))
                .map(e -> ((Delivered) e).amount()))
        .containsExactly(20L, 10L);
  }

  @Test
  void aBroaderHeldLineMayStillHoldTheNarrowerCategory() {
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                agreement "Broader line"
                party israel "Israel"
                party hamas "Hamas"
                held by hamas {
                  hostage 10
                }
                phase one "One" lasts 10 days, ends when all hostage.living released by hamas {
                  hostilities paused
                  hamas releases 10 hostage by day 9
                }
                """));

    // Until the line `hostage` is empty, some of it may still be living hostages.
    assertThat(timeline.phases().getFirst().endDay()).contains(9L);
    assertThat(timeline.phases().getFirst().end()).isEqualTo(Timeline.PhaseEnd.CONDITION);
    assertThat(timeline.totals().releasedBy("hamas", new Category("hostage"))).isEqualTo(10);
  }

  @Test
  void aPhaseBeginningWhenAConditionHoldsWaitsForThePhaseDeclaredBeforeIt() {
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                agreement "Order"
                party israel "Israel"
                party hamas "Hamas"
                phase one "One" lasts 4 days {
                  hostilities paused
                }
                phase two "Two" lasts 2 days, begins when day >= 2 {
                  hostilities paused
                }
                """));

    // `day >= 2` holds from day 2, but phases run one at a time in declaration order.
    assertThat(timeline.phases().get(1).startDay()).isEqualTo(5);
    assertThat(timeline.phases().get(1).endDay()).contains(6L);
  }

  @Test
  void aTopLevelAssuranceIsWatchedOnDaysNoPhaseIsInForce() {
    // Found by TimelineDifferentialTest: a top-level assurance is in force on every day
    // (docs/semantics.md), also before the first phase begins, when the timeline shows no day.
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                agreement "Late start"
                party israel "Israel"
                party hamas "Hamas"
                guarantor qatar "Qatar"
                phase one "One" lasts 10 days, begins on day 5 {
                  hostilities paused
                }
                qatar ensure hostilities paused
                """));

    assertThat(timeline.days().getFirst().day()).isEqualTo(5);
    assertThat(timeline.notes())
        .singleElement()
        .isInstanceOfSatisfying(
            TimelineNote.AssuranceFails.class, note -> assertThat(note.day()).isEqualTo(1));
  }

  @Test
  void aPhasesAssuranceIsNotKeptOnceThePhaseHasEndedThatDay() {
    // Found by TimelineDifferentialTest: the assurances are kept at the end of the day, after the
    // phases end (docs/semantics.md, steps 6 and 7), as the checker keeps them. On day 2 phase
    // one has ended: its assurance is no longer in force, as `while phase one active` would not be.
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                agreement "Last day"
                party israel "Israel"
                party hamas "Hamas"
                guarantor qatar "Qatar"
                phase one "One" lasts 2 days {
                  hostilities paused
                  qatar ensures day < 2
                }
                phase two "Two" lasts 2 days, begins after one {
                  hostilities paused
                }
                """));

    assertThat(timeline.notes()).isEmpty();
    assertThat(timeline.ending().kind()).isEqualTo(Timeline.EndingKind.COMPLETE);
  }
}
