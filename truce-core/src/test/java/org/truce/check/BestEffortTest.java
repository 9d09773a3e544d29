package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.source.SourceText;

/**
 * Best-effort releases in the checker (docs/semantics.md, "Best-effort releases"): never due
 * without a long stop, so never breached and possibly never made; due as `by day` at the long stop.
 */
class BestEffortTest {
  private static final String TEXT =
      """
      agreement "Remains"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas {
        hostage.remains 8
      }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Pause" lasts indefinitely {
        hostilities paused
        hamas releases all remaining hostage.remains as located%s
      }
      require eventually all hostage.remains released
      """;

  private static CheckReport check(String longStop, Optional<String> adversary) {
    var loaded = ModelBuilder.load(new SourceText("remains.truce", TEXT.formatted(longStop)));
    CheckOptions options =
        adversary.map(CheckOptions.defaults()::withAdversary).orElse(CheckOptions.defaults());
    return Checker.check(loaded.agreement().orElseThrow(), loaded.sourceMap(), options);
  }

  private static Analysis analysis(CheckReport result, String prefix) {
    return result.analyses().stream()
        .filter(a -> a.name().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void withoutALongStopTheRemainsMayStayHeldForEverAndTheWitnessSaysWhy() {
    CheckReport result = check("", Optional.empty());
    assertThat(analysis(result, "require").verdict()).isEqualTo(Verdict.VIOLATED);
    Analysis truce = analysis(result, "indefinite-truce");
    assertThat(truce.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(truce.value()).hasValue(8);
    assertThat(truce.witness().orElseThrow().events())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo("finding");
              assertThat(e.text())
                  .isEqualTo(
                      "hamas releases hostage.remains as they are located with no long stop:"
                          + " no day makes them due, so they may stay held for ever");
              assertThat(e.line()).hasValue(11);
            });
  }

  @Test
  void withoutALongStopEvenTheAdversaryNeverBreachesTheRelease() {
    CheckReport result = check("", Optional.of("hamas"));
    for (Analysis a : result.analyses()) {
      a.witness()
          .ifPresent(
              w -> assertThat(w.events()).noneMatch(e -> e.text().contains("does not release")));
    }
  }

  @Test
  void aLongStopMakesTheReleaseDueAsByDay() {
    assertThat(analysis(check(", at the latest by day 5", Optional.empty()), "require").verdict())
        .isEqualTo(Verdict.HOLDS);
    assertThat(
            analysis(check(", at the latest by day 5", Optional.of("hamas")), "require").verdict())
        .isEqualTo(Verdict.VIOLATED);
  }
}
