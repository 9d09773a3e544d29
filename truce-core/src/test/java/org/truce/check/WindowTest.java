package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.source.SourceText;

/**
 * Release windows in the checker (docs/semantics.md, "Release windows"): nothing before the first
 * day, any amount on any day of the window, all of it by the end of the last; under {@code
 * --adversary} the releasing party may fail to release on the last day.
 */
class WindowTest {
  private static final String TEXT =
      """
      agreement "Window"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas {
        hostage.living.soldier 3
      }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 12 days {
        hostilities paused
        hamas releases 3 hostage.living.soldier between day 5 and day 8
      }
      require %s
      """;

  private static Verdict verdict(String requirement, Optional<String> adversary) {
    var loaded = ModelBuilder.load(new SourceText("window.truce", TEXT.formatted(requirement)));
    CheckOptions options =
        adversary.map(CheckOptions.defaults()::withAdversary).orElse(CheckOptions.defaults());
    CheckReport report =
        Checker.check(loaded.agreement().orElseThrow(), loaded.sourceMap(), options);
    return report.analyses().stream()
        .filter(a -> a.name().startsWith("require"))
        .findFirst()
        .orElseThrow()
        .verdict();
  }

  @Test
  void nothingIsReleasedBeforeTheWindowOpens() {
    assertThat(verdict("never day < 5 and released hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void theFirstDayOfTheWindowMayAlreadySeeReleases() {
    assertThat(verdict("never day = 5 and released hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void aPartOfTheUnitsMayComeBeforeTheLastDay() {
    assertThat(verdict("never day < 8 and released hostage = 1", Optional.empty()))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void everyUnitIsOutByTheEndOfTheLastDay() {
    assertThat(verdict("never day >= 8 and held hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void theAdversaryMayLetTheWindowCloseWithUnitsStillHeld() {
    assertThat(verdict("never day >= 8 and held hostage > 0", Optional.of("hamas")))
        .isEqualTo(Verdict.VIOLATED);
  }
}
