package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.source.SourceText;

/**
 * Releases in days of the agreement in the checker (docs/semantics.md, "Deadlines in days of the
 * agreement"): {@code by day N of the agreement} is due by the end of day N of the agreement and
 * outlives its phase; under {@code --adversary} the releasing party may fail to release on day N.
 */
class AgreementDayReleaseTest {
  private static final String TEXT =
      """
      agreement "Release counted in days of the agreement"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas {
        hostage.living.soldier 3
      }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 5 days {
        hostilities paused
        hamas releases 3 hostage.living.soldier by day 9 of the agreement
      }
      phase two "Talks" lasts 10 days, begins after one {
        hostilities paused
      }
      require %s
      """;

  private static Verdict verdict(String requirement, Optional<String> adversary) {
    return verdict("by day 9 of the agreement", requirement, adversary);
  }

  private static Verdict verdict(String schedule, String requirement, Optional<String> adversary) {
    String text = TEXT.replace("by day 9 of the agreement", schedule).formatted(requirement);
    var loaded = ModelBuilder.load(new SourceText("agreement-day.truce", text));
    assertThat(loaded.agreement()).isPresent();
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
  void everyUnitIsOutByTheEndOfTheDayOfTheAgreement() {
    assertThat(verdict("never day >= 9 and held hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void theReleaseOutlivesItsPhase() {
    // The phase ends on day 5; units may still come out on days 6 to 9, while `two` is in force.
    assertThat(verdict("never phase one ended and released hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.VIOLATED);
    assertThat(verdict("never day = 8 and held hostage = 3", Optional.empty()))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void theAdversaryMayKeepTheUnitsPastTheDay() {
    assertThat(verdict("never day >= 9 and held hostage > 0", Optional.of("hamas")))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void aWindowInDaysOfTheAgreementOpensAfterThePhaseAndClosesOnItsLastDay() {
    String window = "between day 7 and day 9 of the agreement";
    assertThat(verdict(window, "never day < 7 and released hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
    assertThat(verdict(window, "never day = 7 and released hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.VIOLATED);
    assertThat(verdict(window, "never day >= 9 and held hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
    assertThat(verdict(window, "never day >= 9 and held hostage > 0", Optional.of("hamas")))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void onADayOfTheAgreementEverythingComesOutThatDay() {
    String on = "on day 8 of the agreement";
    assertThat(verdict(on, "never day < 8 and released hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
    assertThat(verdict(on, "never day >= 8 and held hostage > 0", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
  }
}
