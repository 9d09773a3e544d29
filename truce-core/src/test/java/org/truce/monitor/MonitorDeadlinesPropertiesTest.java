package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.monitor.Status.ObligationState;
import org.truce.testing.LedgerEntries;

/**
 * Properties of an undertaking with a deadline over random records (docs/monitor.md, "Deadlines,
 * done and done in part"): `lebanon undertakes "deploy" by day D` of a phase of 30 days, 0 to 5
 * `done` entries on days 1 to 45, each in full or in part, the status asked on any day from 1 to
 * 50.
 */
class MonitorDeadlinesPropertiesTest {
  private static final Map<Integer, DossierVersions> VERSIONS = new ConcurrentHashMap<>();

  private static DossierVersions versions(int deadline) {
    return VERSIONS.computeIfAbsent(
        deadline,
        d ->
            LedgerEntries.versions(
                "deadline.truce",
                """
                agreement "Deployment"
                  version "v1"
                  starts 2024-11-27 00:00
                party israel "Israel"
                party lebanon "Lebanon"
                interest israel: hostilities paused
                interest lebanon: hostilities paused
                phase one "Deployment" lasts 30 days {
                  hostilities paused
                  [5 "Deployment"]
                  lebanon undertakes "deploy" by day %d
                }
                phase two "After" lasts indefinitely, begins after one {
                  hostilities paused
                }
                """
                    .formatted(d)));
  }

  /** One `done` entry: its day, and whether it leaves something undone. */
  record Done(int day, boolean partial) {}

  record Run(int deadline, List<Done> done, int asked, long seed) {
    List<Entry> entries() {
      List<Entry> entries = MonitorDeadlinesTest.inForce();
      for (int i = 0; i < done.size(); i++) {
        Done d = done.get(i);
        entries.add(
            MonitorDeadlinesTest.done(
                "d" + i, "5", d.day(), d.partial() ? Optional.of("part") : Optional.empty()));
      }
      return entries;
    }

    Status status(List<Entry> entries) {
      return Monitor.status(
              versions(deadline), entries, MonitorDeadlinesTest.at(asked), CountingPolicy.LIST)
          .orElseThrow();
    }

    ObligationLine line(Status status) {
      return MonitorDeadlinesTest.line(status, "5").orElseThrow();
    }

    /** The day of the first complete entry recorded by the day asked, if any. */
    Optional<Integer> completed() {
      return done.stream()
          .filter(d -> !d.partial() && d.day() <= asked)
          .map(Done::day)
          .min(Integer::compare);
    }
  }

  private static Gen<Run> runs() {
    Gen<Done> done = SourceDSL.integers().between(1, 45).zip(SourceDSL.booleans().all(), Done::new);
    return SourceDSL.integers()
        .between(1, 30)
        .zip(
            SourceDSL.lists().of(done).ofSizeBetween(0, 5),
            SourceDSL.integers().between(1, 50),
            SourceDSL.longs().all(),
            Run::new);
  }

  @Test
  void overdueExactlyWhenNoCompleteEntryIsRecordedByTheDeadlineAndItHasPassed() {
    qt().withExamples(150)
        .forAll(runs())
        .checkAssert(
            run -> {
              ObligationLine line = run.line(run.status(run.entries()));
              Optional<Integer> completed = run.completed();
              if (completed.isPresent()) {
                assertThat(line.state()).isEqualTo(ObligationState.FULFILLED);
                assertThat(line.daysLate())
                    .isEqualTo(Math.max(0, completed.get() - run.deadline()));
                assertThat(line.performed().getLast().remaining()).isEmpty();
              } else {
                // a partial entry never counts as done
                assertThat(line.done()).isZero();
                assertThat(line.state())
                    .isEqualTo(
                        run.asked() > run.deadline()
                            ? ObligationState.OVERDUE
                            : run.asked() == run.deadline()
                                ? ObligationState.DUE_TODAY
                                : ObligationState.UPCOMING);
              }
              assertThat(line.performed().stream().filter(Status.Performed::partial).count())
                  .isEqualTo(
                      run.done().stream()
                          .filter(
                              d ->
                                  d.partial()
                                      && d.day() <= run.asked()
                                      && d.day() <= run.completed().orElse(Integer.MAX_VALUE))
                          .count());
            });
  }

  @Test
  void theStatusNeverDependsOnTheOrderEntriesWereRecordedIn() {
    qt().withExamples(100)
        .forAll(runs())
        .checkAssert(
            run -> {
              List<Entry> entries = run.entries();
              List<Entry> shuffled = new ArrayList<>(entries.subList(1, entries.size()));
              Collections.shuffle(shuffled, new Random(run.seed()));
              shuffled.addFirst(entries.getFirst());
              assertThat(run.status(shuffled)).isEqualTo(run.status(entries));
            });
  }
}
