package org.truce.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.truce.check.Examples;
import org.truce.model.Category;
import org.truce.timeline.Timeline.EndingKind;
import org.truce.timeline.TimelineEvent.CounterReleased;
import org.truce.timeline.TimelineEvent.Delivered;
import org.truce.timeline.TimelineOptions.TalksOutcome;

/**
 * The bundled examples reproduce the public figures of /work/shared/scenarios: one test per figure.
 */
class ExampleTimelinesTest {
  private static final Category HOSTAGE = new Category("hostage");
  private static final Category COUNTED = new Category("hostage.woman_or_child");
  private static final Category PRISONER = new Category("prisoner");

  private static Timeline november() {
    return TimelineBuilder.build(Examples.load("november-2023"));
  }

  /** The pause extended as it was: by 2 days (announced 27 November), then by 1 more. */
  private static Timeline novemberAsExtended() {
    return TimelineBuilder.build(
        Examples.load("november-2023"),
        TimelineOptions.defaults().extend("pause", 2).extend("pause", 1));
  }

  private static Timeline proposal() {
    return TimelineBuilder.build(Examples.load("framework-2024-proposal"));
  }

  private static long releasedInPhaseOne(Timeline timeline, String party, Category category) {
    long lastDay = timeline.phases().getFirst().endDay().orElseThrow();
    return timeline.day(lastDay).orElseThrow().released().stream()
        .filter(t -> t.party().equals(party) && category.covers(t.category()))
        .mapToLong(Timeline.Tally::count)
        .sum();
  }

  @Test
  void november2023PauseLastsFourDays() {
    Timeline timeline = november();

    assertThat(timeline.phases()).hasSize(1);
    assertThat(timeline.phases().getFirst().startDay()).isEqualTo(1);
    assertThat(timeline.phases().getFirst().endDay()).contains(4L);
    assertThat(timeline.ending().kind()).isEqualTo(EndingKind.COMPLETE);
  }

  @Test
  void november2023AtLeastFiftyHostagesAreReleased() {
    assertThat(november().totals().releasedBy("hamas", COUNTED)).isEqualTo(50);
  }

  @Test
  void november2023OneHundredFiftyPrisonersAreReleased() {
    assertThat(november().totals().releasedBy("israel", PRISONER)).isEqualTo(150);
  }

  @Test
  void november2023ThreePrisonersPerHostage() {
    CounterReleased exchange =
        november().days().stream()
            .flatMap(day -> day.events().stream())
            .filter(CounterReleased.class::isInstance)
            .map(CounterReleased.class::cast)
            .findFirst()
            .orElseThrow();

    assertThat(exchange.perUnit()).isEqualTo(3);
    assertThat(exchange.count()).isEqualTo(3 * exchange.units());
  }

  @Test
  void november2023ThreeExtensionDaysMakeSevenDaysInAll() {
    Timeline.PhaseRun pause = novemberAsExtended().phases().getFirst();

    assertThat(pause.extensionDays()).isEqualTo(3);
    assertThat(pause.endDay()).contains(7L);
  }

  @Test
  void november2023PauseRunsFrom24To30November() {
    Timeline.PhaseRun pause = novemberAsExtended().phases().getFirst();

    assertThat(pause.startDate()).contains(LocalDate.of(2023, 11, 24));
    assertThat(pause.endDate()).contains(LocalDate.of(2023, 11, 30));
  }

  @Test
  void november2023EightyHostagesCountedWithTheExtensions() {
    assertThat(novemberAsExtended().totals().releasedBy("hamas", COUNTED)).isEqualTo(80);
  }

  @Test
  void november2023TwoHundredFortyPrisonersWithTheExtensions() {
    assertThat(novemberAsExtended().totals().releasedBy("israel", PRISONER)).isEqualTo(240);
  }

  @Test
  void november2023ThirtyPrisonersOnEachExtensionDay() {
    Timeline timeline = novemberAsExtended();

    for (long day = 5; day <= 7; day++) {
      long prisoners =
          timeline.day(day).orElseThrow().events().stream()
              .filter(CounterReleased.class::isInstance)
              .mapToLong(e -> ((CounterReleased) e).count())
              .sum();
      assertThat(prisoners).as("prisoners released on day %d", day).isEqualTo(30);
    }
  }

  @Test
  void proposal2024PhaseOneLastsSixWeeks() {
    Timeline.PhaseRun one = proposal().phases().getFirst();

    assertThat(one.name()).isEqualTo("one");
    assertThat(one.lengthDays()).contains(42L);
    assertThat(one.endDay()).contains(42L);
  }

  @Test
  void proposal2024ThirtyThreeHostagesInStageOne() {
    assertThat(releasedInPhaseOne(proposal(), "hamas", HOSTAGE)).isEqualTo(33);
  }

  @Test
  void proposal2024ThirtyPrisonersPerCivilianHostage() {
    TimelineNote.RevealedAtRelease note = ratioAnswering(proposal(), "hostage.living.civilian");

    assertThat(note.perUnit()).isEqualTo(30);
    assertThat(note.text()).endsWith("0 to 990");
  }

  @Test
  void proposal2024StageOnePrisonersWaitForTheStatusOfTheThirtyThree() {
    // The status of the 33 of stage 1 is unknown at signing: the timeline does not choose how
    // many are living, so it releases no prisoner for them and notes the range instead.
    Timeline timeline = proposal();

    assertThat(releasedInPhaseOne(timeline, "israel", PRISONER)).isZero();
    assertThat(timeline.notes())
        .filteredOn(TimelineNote.RevealedAtRelease.class::isInstance)
        .map(TimelineNote.RevealedAtRelease.class::cast)
        .allSatisfy(
            note -> {
              assertThat(note.day()).isEqualTo(42);
              assertThat(note.units()).isEqualTo(33);
              assertThat(note.line()).isEqualTo(new Category("hostage.unknown"));
            })
        .extracting(note -> note.ref().id().orElseThrow())
        .containsExactly("1.6");
  }

  @Test
  void proposal2024SixHundredAidTrucksADay() {
    Timeline timeline = proposal();

    for (long day = 1; day <= 42; day++) {
      long trucks =
          timeline.day(day).orElseThrow().events().stream()
              .filter(Delivered.class::isInstance)
              .mapToLong(e -> ((Delivered) e).amount())
              .sum();
      assertThat(trucks).as("aid trucks on day %d", day).isEqualTo(600);
    }
  }

  @Test
  void proposal2024HasNoDatesAsTheTextStatesNoStart() {
    Timeline timeline = proposal();

    assertThat(timeline.startDate()).isEmpty();
    assertThat(timeline.days()).allSatisfy(day -> assertThat(day.date()).isEmpty());
  }

  @Test
  void proposal2024PhaseTwoBeginsTheDayAfterPhaseOneWhenTalksAreAgreed() {
    Timeline timeline = proposal();

    assertThat(timeline.phases())
        .extracting(Timeline.PhaseRun::name, Timeline.PhaseRun::startDay)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("one", 1L),
            org.assertj.core.groups.Tuple.tuple("two", 43L),
            org.assertj.core.groups.Tuple.tuple("three", 85L));
    assertThat(timeline.totals().heldBy("hamas", HOSTAGE)).isZero();
  }

  @Test
  void proposal2024StalledTalksLeavePhaseTwoUnbegun() {
    Timeline timeline =
        TimelineBuilder.build(
            Examples.load("framework-2024-proposal"),
            TimelineOptions.defaults().withTalks(TalksOutcome.STALLED));

    assertThat(timeline.ending().kind()).isEqualTo(EndingKind.PHASE_NOT_BEGUN);
    assertThat(timeline.ending().phase()).contains("two");
    assertThat(timeline.totals().heldBy("hamas", new Category("hostage.living"))).isEqualTo(55);
  }

  @Test
  void proposal2024ExtensionsWhileTalksProgressLengthenPhaseOne() {
    Timeline timeline =
        TimelineBuilder.build(
            Examples.load("framework-2024-proposal"), TimelineOptions.defaults().extend("one", 10));

    assertThat(timeline.phases().getFirst().endDay()).contains(52L);
    assertThat(timeline.phases().get(1).startDay()).isEqualTo(53);
  }

  @Test
  void november2023ExtensionsAreBoundedByTheHostagesStillHeld() {
    Timeline timeline =
        TimelineBuilder.build(
            Examples.load("november-2023"), TimelineOptions.defaults().extend("pause", 6));

    // 80 held less 50 already released: 3 steps of 10, the other 3 days are refused.
    assertThat(timeline.phases().getFirst().extensionDays()).isEqualTo(3);
    assertThat(timeline.phases().getFirst().endDay()).contains(7L);
    assertThat(timeline.totals().releasedBy("hamas", COUNTED)).isEqualTo(80);
    assertThat(timeline.notes()).filteredOn(TimelineNote.Shortfall.class::isInstance).isEmpty();
    TimelineNote.ExtensionBounded note = (TimelineNote.ExtensionBounded) timeline.notes().getLast();
    assertThat(timeline.notes()).hasSize(1);
    assertThat(note.requested()).isEqualTo(6);
    assertThat(note.taken()).isEqualTo(3);
    assertThat(note.held()).isZero();
    assertThat(note.perStep()).isEqualTo(10);
    assertThat(note.ref().id()).contains("1.4");
    assertThat(note.text()).contains("holds only 0");
  }

  @Test
  void counterproposal2024StalledTalksContradictTheAssurances() {
    Timeline timeline =
        TimelineBuilder.build(
            Examples.load("framework-2024-counterproposal"),
            TimelineOptions.defaults().withTalks(TalksOutcome.STALLED));

    assertThat(timeline.notes())
        .filteredOn(TimelineNote.AssuranceFails.class::isInstance)
        .singleElement()
        .isInstanceOfSatisfying(
            TimelineNote.AssuranceFails.class,
            note -> {
              assertThat(note.day()).isEqualTo(42);
              assertThat(note.guarantors()).containsExactly("qatar", "us");
              assertThat(note.ref().id()).contains("7");
            });
  }

  @Test
  void counterproposal2024AgreedTalksKeepTheAssurances() {
    Timeline timeline = TimelineBuilder.build(Examples.load("framework-2024-counterproposal"));

    assertThat(timeline.notes())
        .filteredOn(TimelineNote.AssuranceFails.class::isInstance)
        .isEmpty();
    assertThat(timeline.ending().kind()).isEqualTo(EndingKind.COMPLETE);
  }

  private static TimelineNote.RevealedAtRelease ratioAnswering(
      Timeline timeline, String unitCategory) {
    return timeline.notes().stream()
        .filter(TimelineNote.RevealedAtRelease.class::isInstance)
        .map(TimelineNote.RevealedAtRelease.class::cast)
        .filter(n -> n.unitCategory().path().equals(unitCategory))
        .findFirst()
        .orElseThrow();
  }
}
