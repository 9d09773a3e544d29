package org.truce.check.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.check.Verdict;
import org.truce.source.SourceText;
import org.truce.source.Span;
import org.truce.testing.AgreementGenerator;

/**
 * Properties of accepted findings over generated agreements: the baseline {@code --write-baseline}
 * writes reads back without a problem, fits its agreement and accepts every finding, so that only
 * inconclusive analyses still fail the check; and a bound one below a finding's figure never hides
 * it.
 */
class BaselinePropertyTest {
  private static final CheckOptions SMALL =
      CheckOptions.defaults().withLimits(20_000, Duration.ofSeconds(1));

  @Test
  void acceptingExactlyTheCurrentFindingsLeavesNoFinding() {
    AtomicInteger withFindings = new AtomicInteger();
    qt().withExamples(40)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              CheckReport report = Checker.check(agreement, Optional.empty(), SMALL);
              String text =
                  BaselineWriter.write(
                      "x.truce", report, Optional.empty(), Optional.empty(), "as found");
              BaselineReader.Result read = BaselineReader.read(new SourceText("b", text));
              assertThat(read.diagnostics()).as(text).isEmpty();
              assertThat(read.baseline().validate(agreement)).as(text).isEmpty();
              Judgement judgement = Judgement.of(report, read.baseline(), Optional.empty());
              assertThat(judgement.diagnostics()).as(text).isEmpty();
              for (Analysis a : report.analyses()) {
                if (a.verdict() == Verdict.VIOLATED) {
                  withFindings.incrementAndGet();
                  assertThat(judgement.accepted(a)).as(a.name() + "\n" + text).isTrue();
                }
              }
            });
    assertThat(withFindings.get()).as("generated texts with findings").isGreaterThan(10);
  }

  @Test
  void aSmallerBoundNeverHidesTheFinding() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(60)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              // With each party as the adversary: exposure then has a figure far more often.
              String adversary =
                  agreement.actors().stream()
                      .filter(x -> x.has(org.truce.vocabulary.Role.PARTY))
                      .map(x -> x.name())
                      .findFirst()
                      .orElse("");
              CheckReport report =
                  Checker.check(
                      agreement,
                      Optional.empty(),
                      adversary.isEmpty() ? SMALL : SMALL.withAdversary(adversary));
              for (Analysis a : report.analyses()) {
                if (a.verdict() != Verdict.VIOLATED
                    || a.value().isEmpty()
                    || a.value().getAsLong() == 0) {
                  continue;
                }
                tried.incrementAndGet();
                Acceptance smaller =
                    new Acceptance(
                        a.name(),
                        OptionalLong.of(a.value().getAsLong() - 1),
                        adversary.isEmpty() ? Optional.empty() : Optional.of(adversary),
                        "smaller",
                        1,
                        Span.NONE,
                        Span.NONE);
                Baseline baseline =
                    new Baseline(new SourceText("b", ""), java.util.List.of(smaller));
                Judgement judgement = Judgement.of(report, baseline, smaller.adversary());
                assertThat(judgement.accepted(a)).as(a.name()).isFalse();
                assertThat(judgement.of(a.name()).orElseThrow().status())
                    .isEqualTo(Judgement.Status.EXCEEDED);
                assertThat(judgement.diagnostics()).hasSize(1);
              }
            });
    assertThat(tried.get()).as("findings with a figure").isGreaterThan(5);
  }
}
