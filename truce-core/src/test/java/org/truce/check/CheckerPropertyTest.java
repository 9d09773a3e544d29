package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.testing.AgreementGenerator;
import org.truce.testing.DutyBreaches;

/**
 * Differential properties of the checker over generated agreements: exploring only the amounts the
 * conditions can tell apart gives the same verdicts and figures as exploring every amount (an
 * optimised explorer against an unoptimised one), and every witness replays (the checker replays
 * each witness day by day through the step function and fails if it diverges).
 */
class CheckerPropertyTest {
  private static final CheckOptions SMALL =
      CheckOptions.defaults().withLimits(20_000, Duration.ofSeconds(1));

  private static List<String> verdicts(CheckReport report) {
    return report.analyses().stream()
        .map(a -> a.name() + " " + a.verdict() + " " + a.value())
        .toList();
  }

  /** The search finished and every analysis reached a verdict within its time. */
  static boolean decided(CheckReport report) {
    return report.exploration().complete()
        && report.analyses().stream().noneMatch(a -> a.verdict() == Verdict.INCONCLUSIVE);
  }

  @Test
  void abstractAmountsGiveTheVerdictsOfExactAmounts() {
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(60)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              CheckReport coarse = Checker.check(agreement, Optional.empty(), SMALL);
              CheckReport exact =
                  Checker.check(agreement, Optional.empty(), SMALL.withExactAmounts(true));
              // A game that ran out of the analyses' time says inconclusive: nothing to compare.
              if (decided(coarse) && decided(exact)) {
                assertThat(verdicts(coarse)).isEqualTo(verdicts(exact));
                assertThat(coarse.exploration().states())
                    .isLessThanOrEqualTo(exact.exploration().states());
                compared.incrementAndGet();
              }
            });
    // Most generated texts must be small enough to compare, or the property says nothing.
    assertThat(compared.get()).isGreaterThan(30);
  }

  @Test
  void theNumberOfThreadsChangesNothing() {
    qt().withExamples(30)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              CheckReport one = Checker.check(agreement, Optional.empty(), SMALL.withThreads(1));
              CheckReport two = Checker.check(agreement, Optional.empty(), SMALL.withThreads(2));
              if (one.exploration().complete() && two.exploration().complete()) {
                assertThat(two.exploration().states()).isEqualTo(one.exploration().states());
                assertThat(two.exploration().transitions())
                    .isEqualTo(one.exploration().transitions());
                assertThat(decided(two, one)).isEqualTo(decided(one, two));
              }
            });
  }

  /**
   * The analyses of {@code report} but those left undecided in it or in {@code other}: dead-clauses
   * runs further searches within the time left, so on a loaded machine one run may stop in another
   * search than the other, or not at all.
   */
  private static List<Analysis> decided(CheckReport report, CheckReport other) {
    return report.analyses().stream()
        .filter(a -> a.verdict() != Verdict.INCONCLUSIVE)
        .filter(
            a ->
                other.analyses().stream()
                    .noneMatch(
                        b -> b.name().equals(a.name()) && b.verdict() == Verdict.INCONCLUSIVE))
        .toList();
  }

  @Test
  void everyViolationHasAWitnessEndingInFindings() {
    qt().withExamples(Integer.getInteger("examples", 60))
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              CheckReport report = Checker.check(agreement, Optional.empty(), SMALL);
              for (Analysis a : report.analyses()) {
                // dead-clauses is a property of the set of runs (no run exercises the right):
                // no single run is its witness; its warnings point at the clauses instead.
                if (a.verdict() == Verdict.VIOLATED && !a.name().equals("dead-clauses")) {
                  Witness w = a.witness().orElseThrow();
                  assertThat(w.events()).isNotEmpty();
                  assertThat(w.events().getLast().kind()).isEqualTo("finding");
                  assertThat(w.events())
                      .allSatisfy(e -> assertThat(e.day()).isBetween(0L, w.lastDay()));
                } else if (a.verdict() == Verdict.HOLDS) {
                  assertThat(a.witness()).isEmpty();
                }
              }
            });
  }

  @Test
  void anAdversaryCanOnlyAddRuns() {
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(40)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              String party = AgreementGenerator.firstParty(agreement);
              CheckReport compliant = Checker.check(agreement, Optional.empty(), SMALL);
              CheckReport adversary =
                  Checker.check(agreement, Optional.empty(), SMALL.withAdversary(party));
              if (compliant.exploration().complete() && adversary.exploration().complete()) {
                for (int i = 0; i < compliant.analyses().size(); i++) {
                  Analysis c = compliant.analyses().get(i);
                  Analysis x = adversary.analyses().get(i);
                  if (c.name().startsWith("exposure") && !c.name().contains(party)) {
                    assertThat(x.value().orElse(0)).isGreaterThanOrEqualTo(c.value().orElse(0));
                  }
                }
                compared.incrementAndGet();
              }
            });
    assertThat(compared.get()).isGreaterThan(20);
  }

  @Test
  void aRightWaitingForABreachOfADutyChangesNoVerdictUnderCompliance() {
    // docs/semantics.md "Breaches": under compliance every breach condition is false.
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(40)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              var text =
                  DutyBreaches.withRightAgainst(
                      agreement, AgreementGenerator.firstParty(agreement));
              if (text.isEmpty()) {
                return;
              }
              CheckReport before = Checker.check(agreement, Optional.empty(), SMALL);
              CheckReport after = Checker.check(text.get(), Optional.empty(), SMALL);
              if (before.exploration().complete() && after.exploration().complete()) {
                assertThat(after.exploration().states()).isEqualTo(before.exploration().states());
                // dead-clauses counts rights, and the text now has one more: every other verdict
                // and figure stays as it was
                List<Analysis> was = withoutDeadClauses(before);
                List<Analysis> is = withoutDeadClauses(after);
                assertThat(is).hasSameSizeAs(was);
                for (int i = 0; i < was.size(); i++) {
                  Analysis b = was.get(i);
                  Analysis a = is.get(i);
                  assertThat(a.verdict()).as(b.name()).isEqualTo(b.verdict());
                  assertThat(a.value()).as(b.name()).isEqualTo(b.value());
                }
                compared.incrementAndGet();
              }
            });
    assertThat(compared.get()).isGreaterThan(10);
  }

  private static List<Analysis> withoutDeadClauses(CheckReport report) {
    return report.analyses().stream().filter(a -> !a.name().equals("dead-clauses")).toList();
  }
}
