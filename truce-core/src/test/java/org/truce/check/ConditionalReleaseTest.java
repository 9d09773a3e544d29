package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;
import org.truce.syntax.Formatter;
import org.truce.syntax.Parser;
import org.truce.testing.Golden;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineNote;

/**
 * Conditional releases (docs/semantics.md, "Conditional releases"): nothing is released under the
 * clause before its trigger has held at the end of a day; from the next day the release is open for
 * N days and due on the last; it outlives its phase, and a trigger that held before its phase began
 * arms it on the phase's first day. Under {@code --adversary} its party may withhold it.
 */
class ConditionalReleaseTest {
  private static final Path DIR = Golden.resources().resolve("conditional");

  private static final String ONE_PHASE =
      """
      agreement "Conditional"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 3 }
      held by israel { prisoner 100 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 12 days {
        hostilities paused
        hamas releases 3 hostage.living.civilian by day 6
        [1.2] israel releases 40 prisoner within 2 days after hamas has released %s
      }
      concludes when phase one ended
      require %s
      """;

  /** Phase one ends on day 6; the release is in phase two, or outlives phase one. */
  private static final String TWO_PHASES =
      """
      agreement "Conditional, two phases"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 3 }
      held by israel { prisoner 100 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 6 days {
        hostilities paused
        hamas releases 3 hostage.living.civilian by day %s
        %s
      }
      phase two "Later" lasts 10 days, begins after one {
        hostilities paused
        %s
      }
      require %s
      """;

  private static final String RELEASE =
      "israel releases 40 prisoner within 2 days after hamas has released all"
          + " hostage.living.civilian";

  private static ModelResult load(String text) {
    ModelResult loaded = ModelBuilder.load(new SourceText("conditional.truce", text));
    assertThat(loaded.diagnostics()).noneMatch(Diagnostic::isError);
    return loaded;
  }

  private static Verdict verdict(String text, Optional<String> adversary) {
    ModelResult loaded = load(text);
    CheckOptions options =
        adversary.map(CheckOptions.defaults()::withAdversary).orElse(CheckOptions.defaults());
    return Checker.check(loaded.agreement().orElseThrow(), loaded.sourceMap(), options)
        .analyses()
        .stream()
        .filter(a -> a.name().startsWith("require"))
        .findFirst()
        .orElseThrow()
        .verdict();
  }

  private static Verdict oneElse(String trigger, String requirement) {
    return verdict(ONE_PHASE.formatted(trigger, requirement), Optional.empty());
  }

  @Test
  void nothingIsReleasedBeforeTheTriggerHolds() {
    assertThat(
            oneElse(
                "all hostage.living.civilian",
                "never released hostage < 3 and released prisoner > 0"))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void notOnTheDayTheTriggerCompletesButFromTheNext() {
    // hamas may release all three on day 1: israel may not answer on day 1, but may on day 2
    assertThat(oneElse("all hostage.living.civilian", "never day = 1 and released prisoner > 0"))
        .isEqualTo(Verdict.HOLDS);
    assertThat(oneElse("all hostage.living.civilian", "never day = 2 and released prisoner > 0"))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void dueOnTheLastDayOfItsPeriod() {
    // the trigger completes by day 6 at the latest, so all 40 are out by the end of day 8
    assertThat(oneElse("all hostage.living.civilian", "never day = 8 and released prisoner < 40"))
        .isEqualTo(Verdict.HOLDS);
    // but not necessarily by day 7: completed on day 6, israel may wait until day 8
    assertThat(oneElse("all hostage.living.civilian", "never day = 7 and released prisoner < 40"))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void aCountTriggerArmsItOnceThatManyAreReleased() {
    assertThat(
            oneElse(
                "2 hostage.living.civilian",
                "never released hostage < 2 and released prisoner > 0"))
        .isEqualTo(Verdict.HOLDS);
    assertThat(
            oneElse(
                "2 hostage.living.civilian",
                "never released hostage = 2 and released prisoner > 0"))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void theAdversaryMayWithholdIt() {
    assertThat(
            verdict(
                ONE_PHASE.formatted(
                    "all hostage.living.civilian", "never day = 8 and released prisoner < 40"),
                Optional.of("israel")))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void itOutlivesItsPhase() {
    // the trigger completes on day 6, the last of phase one: due on days 7 and 8, in phase two
    String text = TWO_PHASES.formatted(6, RELEASE, "", "never day = 8 and released prisoner < 40");
    assertThat(verdict(text, Optional.empty())).isEqualTo(Verdict.HOLDS);
    assertThat(
            verdict(
                TWO_PHASES.formatted(
                    6, RELEASE, "", "never phase two active and released prisoner > 0"),
                Optional.empty()))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void aTriggerThatHeldBeforeItsPhaseArmsItOnThePhasesFirstDay() {
    // hamas releases by day 3 of phase one; the release of phase two is armed on day 7, its first
    String text = TWO_PHASES.formatted(3, "", RELEASE, "never day < 7 and released prisoner > 0");
    assertThat(verdict(text, Optional.empty())).isEqualTo(Verdict.HOLDS);
    assertThat(
            verdict(
                TWO_PHASES.formatted(3, "", RELEASE, "never day = 8 and released prisoner < 40"),
                Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
    assertThat(
            verdict(
                TWO_PHASES.formatted(3, "", RELEASE, "never day = 7 and released prisoner < 40"),
                Optional.empty()))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void theTimelinePlacesItOnTheLastDayOfItsPeriod() {
    ModelResult loaded =
        load(
            ONE_PHASE.formatted(
                "all hostage.living.civilian", "eventually released prisoner = 40"));
    Timeline timeline = TimelineBuilder.build(loaded.agreement().orElseThrow());
    TimelineEvent.Released release =
        timeline.days().stream()
            .filter(d -> d.day() == 8)
            .flatMap(d -> d.events().stream())
            .filter(TimelineEvent.Released.class::isInstance)
            .map(TimelineEvent.Released.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(release.timing()).isEqualTo(TimelineEvent.Timing.AFTER_TRIGGER);
    assertThat(release.count()).isEqualTo(40);
    assertThat(timeline.notes())
        .filteredOn(TimelineNote.Conditional.class::isInstance)
        .singleElement()
        .extracting(TimelineNote::text)
        .isEqualTo(
            "`israel` releases 40 `prisoner` within 2 days after `hamas` has released all"
                + " `hostage.living.civilian`: armed on day 7, due by day 8");
  }

  @Test
  void hoursAndAMissingHasReadAsWritten() {
    String text =
        ONE_PHASE
            .formatted("all hostage.living.civilian", "eventually released prisoner = 40")
            .replace(
                "within 2 days after hamas has released all hostage.living.civilian",
                "within 36 hours after hamas released 2 hostage.living.civilian");
    ModelResult loaded = ModelBuilder.load(new SourceText("hours.truce", text));
    PhaseClause.Release release =
        (PhaseClause.Release) loaded.agreement().orElseThrow().phases().getFirst().clauses().get(2);
    assertThat(release.schedule())
        .contains(
            new Schedule.After(
                2,
                "hamas",
                Optional.of(2L),
                new org.truce.model.Category("hostage.living.civilian")));
    // W220: 36 hours read as 2 days
    assertThat(loaded.diagnostics()).anyMatch(d -> d.code().id().equals("W220"));
    assertThat(Formatter.format(Parser.parse(new SourceText("hours.truce", text))))
        .contains("within 36 hours after hamas has released 2 hostage.living.civilian");
  }
}
