package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.monitor.Status.ObligationState;

/**
 * Properties of the monitor's reading of a conditional release over random runs of {@link
 * MonitorConditionalTest#TEXT}: hamas releases 0 to 4 civilians a day and israel 0 to 8 women a day
 * for 14 days, the status asked on any day from 1 to 20.
 */
class MonitorConditionalPropertiesTest {
  private static final DossierVersions VERSIONS =
      MonitorConditionalTest.versions(MonitorConditionalTest.TEXT);

  /** A random run: civilians and women released per day, the day asked, a seed. */
  record Run(List<Integer> civilians, List<Integer> women, int day, long seed) {
    List<Entry> entries() {
      List<Entry> entries = MonitorConditionalTest.inForce();
      for (int d = 1; d <= civilians.size(); d++) {
        if (civilians.get(d - 1) > 0) {
          entries.add(
              MonitorConditionalTest.released(
                  "c" + d, "hamas", "hostage.living.civilian", d, civilians.get(d - 1)));
        }
        if (women.get(d - 1) > 0) {
          entries.add(
              MonitorConditionalTest.released(
                  "w" + d, "israel", "prisoner.female", d, women.get(d - 1)));
        }
      }
      return entries;
    }

    Status status(List<Entry> entries) {
      LocalDateTime at = MonitorConditionalTest.START.plusDays(day - 1).atTime(20, 0);
      return Monitor.status(VERSIONS, entries, at, CountingPolicy.LIST).orElseThrow();
    }

    /** The conditional release of the women. */
    ObligationLine women(Status status) {
      return status.obligations().stream()
          .filter(o -> o.what().startsWith("releases all remaining prisoner.female"))
          .findFirst()
          .orElseThrow();
    }

    /** The units of {@code perDay} released by the end of day {@code upTo}. */
    static long sum(List<Integer> perDay, long upTo) {
      long sum = 0;
      for (int d = 1; d <= Math.min(upTo, perDay.size()); d++) {
        sum += perDay.get(d - 1);
      }
      return sum;
    }
  }

  private static Gen<Run> runs() {
    Gen<List<Integer>> civilians =
        SourceDSL.lists().of(SourceDSL.integers().between(0, 4)).ofSize(14);
    Gen<List<Integer>> women = SourceDSL.lists().of(SourceDSL.integers().between(0, 8)).ofSize(14);
    return civilians.zip(
        women, SourceDSL.integers().between(1, 20), SourceDSL.longs().all(), Run::new);
  }

  @Test
  void theStateNeverDependsOnTheOrderEntriesWereRecordedIn() {
    qt().withExamples(150)
        .forAll(runs())
        .checkAssert(
            run -> {
              List<Entry> shuffled = new ArrayList<>(run.entries());
              Collections.shuffle(shuffled, new Random(run.seed()));
              assertThat(run.status(shuffled)).isEqualTo(run.status(run.entries()));
            });
  }

  @Test
  void waitingUntilTheTriggerCompletesThenJudgedFromTheDayAfter() {
    qt().withExamples(300)
        .forAll(runs())
        .checkAssert(
            run -> {
              ObligationLine line = run.women(run.status(run.entries()));
              long today = run.day();
              long civilians = Run.sum(run.civilians(), today);
              // what counts toward it: the women beyond the 10 of the first clause, at most 30
              long done = Math.clamp(Run.sum(run.women(), today) - 10, 0, 30);
              assertThat(line.required()).isEqualTo(30);
              assertThat(line.done()).isEqualTo(done);
              assertThat(line.trigger().orElseThrow().released())
                  .isEqualTo(Math.min(civilians, 15));
              if (civilians < 15) {
                assertThat(line.state()).isEqualTo(ObligationState.WAITING);
                assertThat(line.daysLate()).isZero();
                return;
              }
              long complete = 1;
              while (Run.sum(run.civilians(), complete) < 15) {
                complete++;
              }
              assertThat(line.trigger().orElseThrow().completedDay()).contains(complete);
              long due = complete + 3;
              assertThat(line.dueDay()).isEqualTo(due);
              ObligationState expected;
              if (done == 30) {
                expected = ObligationState.FULFILLED;
              } else if (today == complete) {
                expected = ObligationState.UPCOMING;
              } else if (today < due) {
                expected = ObligationState.IN_PROGRESS;
              } else if (today == due) {
                expected = ObligationState.DUE_TODAY;
              } else {
                expected = ObligationState.OVERDUE;
              }
              assertThat(line.state()).isEqualTo(expected);
              if (expected == ObligationState.OVERDUE) {
                assertThat(line.daysLate()).isEqualTo(today - due);
              }
            });
  }
}
