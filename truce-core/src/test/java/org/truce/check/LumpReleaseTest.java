package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.model.PhaseClause;
import org.truce.source.SourceText;
import org.truce.testing.AgreementGenerator;

/**
 * Lump releases in the checker (docs/semantics.md, "Lump releases"): nothing is owed for part of
 * the group; the whole lump is owed on the day the group is complete (or {@code within} days
 * later), once; under {@code --adversary} the lump's party may withhold it.
 */
class LumpReleaseTest {
  private static final String TEXT =
      """
      agreement "Lump"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 3 }
      held by israel { prisoner 100 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 12 days {
        hostilities paused
        hamas releases 3 hostage.living.civilian by day 6
        israel releases 40 prisoner for the 3 hostage.living.civilian released by hamas%s
      }
      require %s
      """;

  private static Verdict verdict(String within, String requirement, Optional<String> adversary) {
    var loaded =
        ModelBuilder.load(new SourceText("lump.truce", TEXT.formatted(within, requirement)));
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
  void nothingIsOwedForPartOfTheGroup() {
    assertThat(
            verdict("", "never released hostage < 3 and released prisoner > 0", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void theWholeLumpIsReleasedOnTheDayTheGroupIsComplete() {
    assertThat(
            verdict("", "never released hostage = 3 and released prisoner != 40", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void theLumpIsPaidOnlyOnce() {
    assertThat(verdict("", "never released prisoner > 40", Optional.empty()))
        .isEqualTo(Verdict.HOLDS);
  }

  @Test
  void withinDaysTheLumpMayComeLater() {
    assertThat(
            verdict(
                " within 2 days",
                "never released hostage = 3 and released prisoner = 0",
                Optional.empty()))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  void theAdversaryMayWithholdTheLump() {
    assertThat(
            verdict(
                "", "never released hostage = 3 and released prisoner = 0", Optional.of("israel")))
        .isEqualTo(Verdict.VIOLATED);
  }

  /** So that the property tests over generated texts (witnesses, timeline, SPIN) cover lumps. */
  @Test
  void theGeneratorDrawsLumps() {
    AtomicInteger lumps = new AtomicInteger();
    qt().withExamples(200)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            a -> {
              if (a.phases().stream()
                  .flatMap(p -> p.clauses().stream())
                  .anyMatch(c -> c instanceof PhaseClause.Exchange x && x.lump())) {
                lumps.incrementAndGet();
              }
            });
    assertThat(lumps.get()).isPositive();
  }
}
