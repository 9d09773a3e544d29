package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.source.SourceText;

/**
 * Units whose status is unknown at signing in the checker (docs/semantics.md "Status unknown at
 * signing"): the environment chooses the split at release, exchange ratios answer what is revealed,
 * and {@code released hostage.living} counts the revealed living.
 */
class UnknownStatusTest {
  private static final String TEXT =
      """
      agreement "Unknown"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas {
        hostage.unknown 4 "living or dead" either hostage.living or hostage.remains
      }
      held by israel {
        prisoner 200
      }
      interest israel: all hostage released by hamas
      interest hamas: released prisoner >= 1
      phase one "Pause" lasts 3 days {
        hostilities paused
        hamas releases 4 hostage.unknown on day 1
        israel releases 30 prisoner for each hostage.living released
      }
      require %s
      """;

  private static CheckReport check(String require, Optional<String> adversary) {
    var loaded = ModelBuilder.load(new SourceText("unknown.truce", TEXT.formatted(require)));
    assertThat(loaded.diagnostics()).isEmpty();
    CheckOptions options =
        adversary.map(CheckOptions.defaults()::withAdversary).orElse(CheckOptions.defaults());
    return Checker.check(loaded.agreement().orElseThrow(), loaded.sourceMap(), options);
  }

  private static Analysis require(CheckReport result) {
    return result.analyses().stream()
        .filter(a -> a.name().startsWith("require"))
        .findFirst()
        .orElseThrow();
  }

  private static Verdict verdict(String require) {
    return require(check(require, Optional.empty())).verdict();
  }

  @Test
  void everySplitIsReachableSoNoFigureOfTheStatusesIsPromised() {
    assertThat(verdict("eventually released hostage.living >= 1")).isEqualTo(Verdict.VIOLATED);
    assertThat(verdict("eventually released hostage.remains >= 1")).isEqualTo(Verdict.VIOLATED);
    assertThat(verdict("always released hostage.living <= 3")).isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void theLineCountsWhateverItsUnitsTurnOutToBe() {
    assertThat(verdict("eventually released hostage.unknown = 4")).isEqualTo(Verdict.HOLDS);
    assertThat(verdict("eventually released hostage = 4")).isEqualTo(Verdict.HOLDS);
    assertThat(verdict("always released hostage.living <= released hostage.unknown"))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void theRatioAnswersTheRevealedLivingOnly() {
    assertThat(verdict("never released hostage.living = 2 and released prisoner != 60"))
        .isEqualTo(Verdict.HOLDS);
    assertThat(verdict("never released hostage.living = 0 and released prisoner > 0"))
        .isEqualTo(Verdict.HOLDS);
    assertThat(verdict("never released prisoner = 90")).isEqualTo(Verdict.VIOLATED);
    assertThat(verdict("eventually released prisoner >= 30")).isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void heldStaysTheMostThatMayBeOfTheStatusUntilTheLineIsEmpty() {
    assertThat(verdict("always held hostage.living <= 4")).isEqualTo(Verdict.HOLDS);
    assertThat(verdict("eventually all hostage.living released")).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void aWitnessSaysWhatTheReleaseRevealed() {
    Analysis a = require(check("eventually released hostage.living >= 1", Optional.empty()));
    assertThat(a.witness().orElseThrow().events())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo("release");
              assertThat(e.facts()).containsEntry("revealed", "4 hostage.remains");
              assertThat(e.text())
                  .isEqualTo("hamas releases 4 hostage.unknown (revealed: 4 hostage.remains)");
            });
  }

  @Test
  void theAdversaryMayStillBreachTheRelease() {
    Analysis a = require(check("eventually released hostage = 4", Optional.of("hamas")));
    assertThat(a.verdict()).isEqualTo(Verdict.VIOLATED);
  }
}
