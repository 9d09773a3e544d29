package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/**
 * Issue 16, item 7: {@code --timeout} is one budget for the search and the analyses. 100,000
 * requirements took 102 s under a timeout of 5 s, because the analyses had as long again and none
 * looked at the clock before it started. No timed assertion: a budget of zero must leave every
 * analysis inconclusive, whatever the machine.
 */
class CheckerTimeoutTest {
  @Test
  void noTimeLeftMakesEveryAnalysisInconclusiveWithoutRunningIt() {
    StringBuilder text =
        new StringBuilder(
            """
            agreement "Many requirements"
            party a "A"
            party b "B"
            interest a: hostilities paused
            interest b: hostilities paused
            phase one "One" lasts 4 days {
              hostilities paused
            }
            """);
    for (int i = 0; i < 1_000; i++) {
      text.append("require always hostilities paused or phase one ended\n");
    }
    ModelResult model = ModelBuilder.load(new SourceText("many.truce", text.toString()));
    CheckReport report =
        Checker.check(
            model.agreement().orElseThrow(),
            model.sourceMap(),
            CheckOptions.defaults().withLimits(1_000, Duration.ZERO).withThreads(1));
    assertThat(report.analyses()).hasSize(1_006);
    assertThat(report.analyses())
        .allSatisfy(
            a -> {
              assertThat(a.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
              assertThat(a.summary()).contains("the time allowed ran out");
            });
    assertThat(report.exploration().stop()).isEqualTo("time-limit");
    assertThat(Optional.of(report)).isPresent();
  }
}
