package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Requirement;
import org.truce.testing.AgreementGenerator;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.RequirementKind;

/**
 * Why storing the day only up to the largest day the text tells apart is sound: telling more days
 * apart changes no verdict and no figure. A requirement that reads the day against a number larger
 * than any of the text makes the checker store more days; every other analysis must say exactly
 * what it said before.
 */
class DayCapPropertyTest {
  private static final CheckOptions SMALL =
      CheckOptions.defaults().withLimits(40_000, Duration.ofSeconds(2));

  /** Larger than any number the generator writes in a condition or a schedule. */
  private static final long LATE_DAY = 700;

  @Test
  void tellingMoreDaysApartChangesNoVerdict() {
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(40)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              CheckReport plain = Checker.check(agreement, Optional.empty(), SMALL);
              CheckReport finer =
                  Checker.check(withLateDayRead(agreement), Optional.empty(), SMALL);
              if (CheckerPropertyTest.decided(plain) && CheckerPropertyTest.decided(finer)) {
                List<Analysis> finerOthers =
                    finer.analyses().subList(0, finer.analyses().size() - 1);
                assertThat(verdicts(finerOthers)).isEqualTo(verdicts(plain.analyses()));
                assertThat(finer.exploration().states())
                    .isGreaterThanOrEqualTo(plain.exploration().states());
                compared.incrementAndGet();
              }
            });
    assertThat(compared.get()).isGreaterThan(20);
  }

  /** The text with one more requirement, last: `require always not day = 700`. */
  private static Agreement withLateDayRead(Agreement a) {
    List<Requirement> requirements = new ArrayList<>(a.requirements());
    requirements.add(
        new Requirement(
            new ClauseRef(Optional.of("late-day"), Optional.empty()),
            RequirementKind.NEVER,
            new Condition.Compare(new Figure.Day(), CompareOp.EQUAL, new Figure.Literal(LATE_DAY)),
            Optional.empty()));
    return a.withRequirements(requirements);
  }

  private static List<String> verdicts(List<Analysis> analyses) {
    return analyses.stream().map(a -> a.name() + " " + a.verdict() + " " + a.value()).toList();
  }
}
