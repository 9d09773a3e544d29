package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/**
 * The day is stored exactly only up to the largest day the text can tell apart (docs/semantics.md,
 * "Runs, days and states"). A pool of 1,000 detainees once made a right reading `day > 42` store
 * every day up to 1,001: 298,650 states instead of 2,190, and witnesses of hundreds of identical
 * lines. The counts below are pinned so that a change to the encoding is seen.
 */
class DayCapTest {
  private static final String TEXT =
      """
      agreement "Day cap"
      party north "North"
      party south "South"
      held by north { hostage 20 }
      held by south { detainee 1000 }
      interest north: all detainee released
      interest south: all hostage released
      phase one "Exchange" lasts 6 weeks {
        hostilities paused
        north releases 10 hostage by day 42
        south releases 30 detainee per hostage released by north
        talks on two begin by day 42
        extends by 1 day while talks on two progressing as judged by south
      }
      phase two "Rest" lasts 6 weeks, begins when phase one ended and talks on two agreed {
        hostilities ended
        north releases all remaining hostage by day 42
      }
      south may resume hostilities when %s and not talks on two agreed
      """;

  private static CheckReport check(String resumeWhen) {
    ModelResult result = ModelBuilder.load(new SourceText("day.truce", TEXT.formatted(resumeWhen)));
    assertThat(result.diagnostics()).isEmpty();
    Agreement agreement = result.agreement().orElseThrow();
    return Checker.check(agreement, Optional.empty(), CheckOptions.defaults());
  }

  @Test
  void aNumberComparedWithTheDayBoundsTheDayNotTheHoldings() {
    CheckReport byPhase = check("phase one ended");
    CheckReport byDay = check("day > 42");
    assertThat(byPhase.exploration().states()).isEqualTo(630);
    assertThat(byDay.exploration().states()).isEqualTo(635);
  }

  @Test
  void theRightReadingTheDayIsStillFoundOnTheFirstDayItHolds() {
    Analysis exposure =
        check("day > 42").analyses().stream()
            .filter(a -> a.name().equals("exposure(north)"))
            .findFirst()
            .orElseThrow();
    assertThat(exposure.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(exposure.value()).hasValue(10);
    assertThat(exposure.witness().orElseThrow().lastDay()).isEqualTo(43);
  }

  @Test
  void theDayStopsCountingOnceOnlyEndedPhasesReadIt() {
    // Phase one's extension reads the day; once phase one has ended nothing does, so the days of
    // phase two (42 of them, and the truce after it) are not told apart by the day.
    String phaseReads =
        TEXT.formatted("phase one ended")
            .replace(
                "while talks on two progressing as judged by south",
                "while day < 60 and talks on two progressing as judged by south");
    ModelResult result = ModelBuilder.load(new SourceText("day.truce", phaseReads));
    assertThat(result.diagnostics()).isEmpty();
    CheckReport report =
        Checker.check(result.agreement().orElseThrow(), Optional.empty(), CheckOptions.defaults());
    assertThat(report.exploration().states()).isEqualTo(761);
  }

  @Test
  void aLargerNumberComparedWithTheDayStoresMoreDays() {
    assertThat(check("day > 100").exploration().states())
        .isGreaterThan(check("day > 42").exploration().states());
  }
}
