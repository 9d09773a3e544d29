package org.truce.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.truce.timeline.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.Schedule;

/** Properties every compliant timeline keeps, over generated release-and-exchange agreements. */
class TimelinePropertiesTest {
  private static Agreement generated(int held, int count, int batch, int every, int length) {
    return agreement(
        "Generated",
        null,
        List.of(
            held("a", "hostage.one", held / 2, "hostage.two", held - held / 2),
            held("b", "prisoner", 3 * held)),
        phase(
            "p",
            (long) length,
            onDay(1),
            release("r", "a", (long) count, "hostage", new Schedule.Batches(batch, every, 1)),
            exchange("x", "b", 3, "prisoner", "hostage", 0),
            perReleases("e", 1, 2, "hostage", "a", 5L)));
  }

  @Test
  void unitsAreNeitherCreatedNorLostAndNothingHeldGoesNegative() {
    qt().forAll(
            integers().between(0, 60),
            integers().between(0, 80),
            integers().between(1, 15),
            integers().between(1, 20))
        .checkAssert(
            (held, count, batch, length) -> {
              int every = 1 + (held + count) % 5;
              Timeline timeline =
                  TimelineBuilder.build(
                      generated(held, count, batch, every, length),
                      TimelineOptions.defaults().extend("p", (held + count) % 8));
              for (Timeline.Day day : timeline.days()) {
                assertThat(day.held()).allSatisfy(t -> assertThat(t.count()).isNotNegative());
                long a = sum(day.held(), "a") + sum(day.released(), "a");
                long b = sum(day.held(), "b") + sum(day.released(), "b");
                assertThat(a).isEqualTo((long) held);
                assertThat(b).isEqualTo(3L * held);
              }
            });
  }

  @Test
  void everyExchangeAnswersItsUnitsAtItsRatioWhenEnoughIsHeld() {
    qt().forAll(
            integers().between(1, 60),
            integers().between(1, 80),
            integers().between(1, 15),
            integers().between(1, 20))
        .checkAssert(
            (held, count, batch, length) -> {
              int every = 1 + (held + count) % 5;
              Timeline timeline =
                  TimelineBuilder.build(generated(held, count, batch, every, length));
              assertThat(timeline.totals().releasedBy("b", cat("prisoner")))
                  .isEqualTo(3 * timeline.totals().releasedBy("a", cat("hostage")));
              assertThat(timeline.phases().getFirst().endDay()).contains((long) length);
            });
  }

  private static long sum(List<Timeline.Tally> tallies, String party) {
    return tallies.stream()
        .filter(t -> t.party().equals(party))
        .mapToLong(Timeline.Tally::count)
        .sum();
  }
}
