package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.source.SourceText;

/**
 * Found by CheckerPropertyTest (seed 47464690399217): the abstract amounts explored only nothing
 * and everything due, so a party releasing all but one unit, its interest (all released) still
 * unsecured while the other may resume, was never seen, and its exposure read 0 instead of 20. `all
 * X released` now counts as comparing what is still held with 0.
 */
class AllButOneTest {
  private static final String TEXT =
      """
      agreement "All but one"
      party north "North"
      party south "South"
      held by north {
        captive 21
      }
      interest north: all captive released
      phase one "One" lasts 34 days {
        hostilities paused
        north releases 21 captive by day 21
      }
      south may resume hostilities
      """;

  private static long exposure(CheckOptions options) {
    Agreement agreement =
        ModelBuilder.load(new SourceText("all-but-one.truce", TEXT)).agreement().orElseThrow();
    return Checker.check(agreement, Optional.empty(), options).analyses().stream()
        .filter(a -> a.name().equals("exposure(north)"))
        .findFirst()
        .orElseThrow()
        .value()
        .orElseThrow();
  }

  @Test
  void theMostReleasedWithTheInterestUnsecuredIsAllButOne() {
    assertThat(exposure(CheckOptions.defaults())).isEqualTo(20);
    assertThat(exposure(CheckOptions.defaults().withExactAmounts(true))).isEqualTo(20);
  }
}
