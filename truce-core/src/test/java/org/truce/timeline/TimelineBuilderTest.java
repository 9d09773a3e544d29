package org.truce.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.timeline.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.Phase;
import org.truce.model.Schedule;
import org.truce.timeline.Timeline.EndingKind;
import org.truce.timeline.TimelineEvent.CounterReleased;
import org.truce.timeline.TimelineEvent.Released;
import org.truce.timeline.TimelineEvent.Timing;
import org.truce.timeline.TimelineOptions.TalksOutcome;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.TalkState;

class TimelineBuilderTest {
  private static final String HAMAS = "hamas";
  private static final String ISRAEL = "israel";

  private static List<Long> releasedPerDay(Timeline timeline, String party) {
    return timeline.days().stream()
        .map(
            day ->
                day.events().stream()
                    .mapToLong(
                        e ->
                            switch (e) {
                              case Released r when r.party().equals(party) -> r.count();
                              case CounterReleased c when c.party().equals(party) -> c.count();
                              default -> 0;
                            })
                    .sum())
        .toList();
  }

  @Test
  void batchesReleaseOnTheirDaysAndTheLastBatchIsSmaller() {
    Timeline timeline = TimelineBuilder.build(november2023());

    assertThat(releasedPerDay(timeline, HAMAS)).containsExactly(13L, 13L, 13L, 11L);
    assertThat(releasedPerDay(timeline, ISRAEL)).containsExactly(39L, 39L, 39L, 33L);
    assertThat(timeline.totals().lastDay()).isEqualTo(4);
    assertThat(timeline.ending().kind()).isEqualTo(EndingKind.COMPLETE);
  }

  @Test
  void counterReleasesNameTheirRatioAndTheUnitsTheyAnswer() {
    Timeline timeline = TimelineBuilder.build(november2023());

    CounterReleased first =
        timeline.days().getFirst().events().stream()
            .filter(CounterReleased.class::isInstance)
            .map(CounterReleased.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(first.perUnit()).isEqualTo(3);
    assertThat(first.units()).isEqualTo(13);
    assertThat(first.answersDay()).isEqualTo(1);
    assertThat(first.ref().id()).contains("2");
  }

  @Test
  void eachExtensionDayReleasesItsAdditionalUnitsAndTheirCounterReleases() {
    Timeline timeline =
        TimelineBuilder.build(november2023(), TimelineOptions.defaults().extend("pause", 3));

    assertThat(releasedPerDay(timeline, HAMAS)).containsExactly(13L, 13L, 13L, 11L, 10L, 10L, 10L);
    assertThat(timeline.totals().releasedBy(HAMAS, cat("hostage"))).isEqualTo(80);
    assertThat(timeline.totals().releasedBy(ISRAEL, cat("prisoner"))).isEqualTo(240);
    assertThat(timeline.phases().getFirst().extensionDays()).isEqualTo(3);
    assertThat(timeline.phases().getFirst().endDay()).contains(7L);
    assertThat(timeline.day(5).orElseThrow().phases().getFirst().extension()).isTrue();
  }

  @Test
  void datesFollowTheStartDate() {
    Timeline timeline = TimelineBuilder.build(november2023());

    assertThat(timeline.day(1).orElseThrow().date()).contains(LocalDate.of(2023, 11, 24));
    assertThat(timeline.phases().getFirst().endDate()).contains(LocalDate.of(2023, 11, 27));
  }

  @Test
  void hostilitiesFollowThePhaseInForce() {
    Timeline timeline = TimelineBuilder.build(framework());

    assertThat(timeline.day(42).orElseThrow().hostilities()).isEqualTo(HostilityState.PAUSED);
    assertThat(timeline.day(43).orElseThrow().hostilities()).isEqualTo(HostilityState.ENDED);
  }

  @Test
  void agreedTalksLetTheConditionalPhaseBeginTheDayAfter() {
    Timeline timeline = TimelineBuilder.build(framework());

    assertThat(timeline.phases()).extracting(Timeline.PhaseRun::name).containsExactly("one", "two");
    assertThat(timeline.phases().get(1).startDay()).isEqualTo(43);
    assertThat(timeline.day(16).orElseThrow().talks())
        .containsExactly(new Timeline.Talks("two", TalkState.PROGRESSING));
    assertThat(timeline.day(42).orElseThrow().talks())
        .containsExactly(new Timeline.Talks("two", TalkState.AGREED));
    assertThat(timeline.day(15).orElseThrow().talks()).isEmpty();
    assertThat(timeline.ending().kind()).isEqualTo(EndingKind.COMPLETE);
    assertThat(timeline.totals().lastDay()).isEqualTo(84);
  }

  @Test
  void stalledTalksStopTheTimelineAndSayWhy() {
    Timeline timeline =
        TimelineBuilder.build(
            framework(), TimelineOptions.defaults().withTalks(TalksOutcome.STALLED));

    assertThat(timeline.phases()).extracting(Timeline.PhaseRun::name).containsExactly("one");
    assertThat(timeline.ending().kind()).isEqualTo(EndingKind.PHASE_NOT_BEGUN);
    assertThat(timeline.ending().phase()).contains("two");
    assertThat(timeline.ending().lastDay()).isEqualTo(42);
    assertThat(timeline.ending().reason())
        .isEqualTo(
            "phase `two` does not begin: `phase one ended and talks on two agreed` does not hold"
                + " after day 42 (talks on `two` are stalled)");
  }

  @Test
  void whileExtensionsLengthenThePhaseWhileTalksProgress() {
    Timeline timeline =
        TimelineBuilder.build(framework(), TimelineOptions.defaults().extend("one", 5));

    assertThat(timeline.phases().getFirst().endDay()).contains(47L);
    assertThat(timeline.phases().get(1).startDay()).isEqualTo(48);
    assertThat(timeline.day(46).orElseThrow().talks())
        .containsExactly(new Timeline.Talks("two", TalkState.PROGRESSING));
    assertThat(timeline.notes()).isEmpty();
  }

  @Test
  void extensionsRefusedWhenTheirConditionFailsAreNoted() {
    Timeline timeline =
        TimelineBuilder.build(
            framework(),
            TimelineOptions.defaults().extend("one", 5).withTalks(TalksOutcome.STALLED));

    assertThat(timeline.phases().getFirst().endDay()).contains(42L);
    assertThat(timeline.notes())
        .extracting(TimelineNote::text)
        .containsExactly(
            "phase `one`: 5 extension day(s) asked, 0 taken: `talks on two progressing` does not"
                + " hold on day 42");
  }

  @Test
  void extensionsStopAtTheirCap() {
    Agreement capped =
        agreement(
            "Capped",
            null,
            List.of(held("a", "hostage", 100)),
            phase("p", 2L, onDay(1), perReleases("x", 2, 5, "hostage", null, 4L)));

    Timeline timeline = TimelineBuilder.build(capped, TimelineOptions.defaults().extend("p", 7));

    assertThat(timeline.phases().getFirst().endDay()).contains(6L);
    assertThat(timeline.totals().releasedBy("a", cat("hostage"))).isEqualTo(10);
    assertThat(timeline.notes())
        .extracting(TimelineNote::text)
        .containsExactly(
            "phase `p`: 7 extension day(s) asked, 4 taken: extensions are capped at 4 days");
  }

  @Test
  void allRemainingReleasesWhatIsStillHeldAcrossSubcategoriesInOrder() {
    Timeline timeline = TimelineBuilder.build(framework());

    Released release =
        timeline.day(84).orElseThrow().events().stream()
            .filter(Released.class::isInstance)
            .map(Released.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(release.allRemaining()).isTrue();
    assertThat(release.timing()).isEqualTo(Timing.BY_DAY);
    assertThat(release.parts())
        .containsExactly(new TimelineEvent.Part(cat("hostage.living.soldier"), 15));
    assertThat(timeline.totals().heldBy(HAMAS, cat("hostage"))).isZero();
    assertThat(timeline.totals().releasedBy(ISRAEL, cat("prisoner"))).isEqualTo(990);
  }

  @Test
  void parentCategoryReleasesDrawFromSubcategoriesInDeclarationOrder() {
    Agreement agreement =
        agreement(
            "Parent",
            null,
            List.of(held("a", "hostage.women", 4, "hostage.men", 10)),
            phase("p", 3L, onDay(1), release("r", "a", 6L, "hostage", new Schedule.OnDay(2))));

    Released release = onlyRelease(TimelineBuilder.build(agreement), 2);

    assertThat(release.parts())
        .containsExactly(
            new TimelineEvent.Part(cat("hostage.women"), 4),
            new TimelineEvent.Part(cat("hostage.men"), 2));
  }

  @Test
  void releasesNeverExceedWhatIsHeldAndTheShortfallIsNoted() {
    Agreement agreement =
        agreement(
            "Short",
            null,
            List.of(held("a", "hostage", 4)),
            phase("p", 3L, onDay(1), release("r", "a", 6L, "hostage", null)));

    Timeline timeline = TimelineBuilder.build(agreement);

    Released release = onlyRelease(timeline, 3);
    assertThat(release.count()).isEqualTo(4);
    assertThat(release.due()).isEqualTo(6);
    assertThat(release.timing()).isEqualTo(Timing.PHASE_END);
    assertThat(timeline.notes())
        .extracting(TimelineNote::text)
        .containsExactly("on day 3 `a` is due to release 6 `hostage` but holds only 4");
  }

  @Test
  void schedulesThatOutlastThePhaseAreNotedUnfinished() {
    Agreement agreement =
        agreement(
            "Slow",
            null,
            List.of(held("a", "hostage", 40)),
            phase(
                "p",
                10L,
                onDay(1),
                release("r", "a", 33L, "hostage", new Schedule.Batches(3, 7, 1))));

    Timeline timeline = TimelineBuilder.build(agreement);

    assertThat(timeline.totals().releasedBy("a", cat("hostage"))).isEqualTo(6);
    assertThat(timeline.notes())
        .extracting(TimelineNote::text)
        .containsExactly(
            "phase `p` ends with only 6 of the 33 `hostage` that `a` releases scheduled");
  }

  @Test
  void counterReleasesWithinDaysComeLaterEvenAfterThePhaseEnds() {
    Agreement agreement =
        agreement(
            "Later",
            null,
            List.of(held("a", "hostage", 5), held("b", "prisoner", 100)),
            phase(
                "p",
                2L,
                onDay(1),
                release("r", "a", 5L, "hostage", new Schedule.OnDay(2)),
                exchange("x", "b", 10, "prisoner", "hostage", 3)));

    Timeline timeline = TimelineBuilder.build(agreement);

    assertThat(releasedPerDay(timeline, "b")).containsExactly(0L, 0L, 50L);
    assertThat(timeline.days()).extracting(Timeline.Day::day).containsExactly(1L, 2L, 5L);
    assertThat(timeline.day(5).orElseThrow().phases()).isEmpty();
  }

  @Test
  void phasesBeginAfterAnotherOrOnADayOrWhenAConditionHolds() {
    Agreement agreement =
        agreement(
            "Entries",
            null,
            List.of(),
            phase("a", 3L, onDay(1)),
            phase("b", 2L, new Phase.Entry.After("a")),
            phase("c", 1L, onDay(10)),
            phase("d", 1L, new Phase.Entry.When(dayAtLeast(12))));

    Timeline timeline = TimelineBuilder.build(agreement);

    assertThat(timeline.phases())
        .extracting(Timeline.PhaseRun::startDay)
        .containsExactly(1L, 4L, 10L, 12L);
    assertThat(timeline.ending().kind()).isEqualTo(EndingKind.COMPLETE);
  }

  private static Released onlyRelease(Timeline timeline, long day) {
    return timeline.day(day).orElseThrow().events().stream()
        .filter(Released.class::isInstance)
        .map(Released.class::cast)
        .reduce(
            (a, b) -> {
              throw new AssertionError("more than one release on day " + day);
            })
        .orElseThrow();
  }
}
