package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.monitor.Status.ObligationState;
import org.truce.monitor.Status.RatioVerdict;
import org.truce.testing.LedgerEntries;

/**
 * Properties of the monitor over random runs of the November 2023 pause: up to 15 hostages and 45
 * prisoners released a day for 7 days, 0 to 3 extension days agreed on day 4, the status asked on
 * any day from 1 to 9.
 */
class MonitorPropertiesTest {
  private static final LocalDate START = LocalDate.of(2023, 11, 24);

  /** A random run: hostages and prisoners per day, extension days, the day asked, a seed. */
  record Run(List<Integer> hostages, List<Integer> prisoners, int extension, int day, long seed) {
    List<Entry> entries() {
      List<Entry> entries = new ArrayList<>();
      entries.add(
          LedgerEntries.entry(
              "in-force", START, new Event.InForce("2023-11-22", Optional.of(LocalTime.of(7, 0)))));
      for (int d = 0; d < 7; d++) {
        LocalDate date = START.plusDays(d);
        if (hostages.get(d) > 0) {
          entries.add(
              LedgerEntries.entry(
                  "h" + d, date, release("hamas", "hostage.woman_or_child", hostages.get(d))));
        }
        if (prisoners.get(d) > 0) {
          entries.add(
              LedgerEntries.entry(
                  "p" + d, date, release("israel", "prisoner.woman_or_minor", prisoners.get(d))));
        }
      }
      if (extension > 0) {
        entries.add(
            LedgerEntries.entry(
                "x",
                START.plusDays(3),
                new Event.Extension(
                    extension, List.of(), Optional.of("1.4"), Optional.empty(), Optional.empty())));
      }
      return entries;
    }

    Status status(List<Entry> entries) {
      // 06:00 the next morning: still day `day`, after the end of its date, so that its
      // releases (dated, without an hour) have happened.
      LocalDateTime at = START.plusDays(day).atTime(6, 0);
      return Monitor.status(Pause2023.versions(), entries, at, CountingPolicy.LIST).orElseThrow();
    }
  }

  private static Event.Release release(String by, String category, long count) {
    return new Event.Release(
        EntryKind.RELEASE,
        by,
        category,
        count,
        Event.Counted.IN_DEAL,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static Gen<Run> runs() {
    Gen<List<Integer>> hostages =
        SourceDSL.lists().of(SourceDSL.integers().between(0, 15)).ofSize(7);
    Gen<List<Integer>> prisoners =
        SourceDSL.lists().of(SourceDSL.integers().between(0, 45)).ofSize(7);
    return hostages
        .zip(
            prisoners,
            SourceDSL.integers().between(0, 3),
            SourceDSL.integers().between(1, 9),
            (h, p, x, d) -> new Object[] {h, p, x, d})
        .zip(SourceDSL.longs().all(), MonitorPropertiesTest::run);
  }

  @SuppressWarnings("unchecked") // the parts are zipped just above with these types
  private static Run run(Object[] parts, long seed) {
    return new Run(
        (List<Integer>) parts[0],
        (List<Integer>) parts[1],
        (Integer) parts[2],
        (Integer) parts[3],
        seed);
  }

  @Test
  void theOrderEntriesWereRecordedInDoesNotMatter() {
    qt().withExamples(200)
        .forAll(runs())
        .checkAssert(
            run -> {
              List<Entry> shuffled = new ArrayList<>(run.entries());
              Collections.shuffle(shuffled, new Random(run.seed()));
              assertThat(run.status(shuffled)).isEqualTo(run.status(run.entries()));
            });
  }

  @Test
  void releasesGoToTheEarliestObligationFirst() {
    qt().withExamples(300)
        .forAll(runs())
        .checkAssert(
            run -> {
              Status status = run.status(run.entries());
              long today = status.day();
              long released = 0;
              for (int d = 0; d < Math.min(today, 7); d++) {
                released += run.hostages().get(d);
              }
              long owed = 0;
              long done = 0;
              for (ObligationLine o : status.obligations()) {
                // hamas's releases; israel's are the counter-releases of the ratio
                if (!o.what().startsWith("releases") || !o.party().equals("hamas")) {
                  continue;
                }
                owed += o.required();
                done += o.done();
                // Fulfilled exactly when what was released by today covers all owed up to it.
                assertThat(o.state() == ObligationState.FULFILLED).isEqualTo(released >= owed);
                if (o.state() == ObligationState.OVERDUE) {
                  assertThat(o.daysLate()).isEqualTo(today - o.dueDay());
                }
              }
              assertThat(done).isEqualTo(Math.min(released, owed));
            });
  }

  @Test
  void eachBatchIsCheckedAgainstTheRatio() {
    qt().withExamples(300)
        .forAll(runs())
        .checkAssert(
            run -> {
              Status status = run.status(run.entries());
              long lastDay = status.phase().orElseThrow().lastDay().orElse(status.day());
              int days = (int) Math.min(Math.min(status.day(), lastDay), 7);
              // The reference reading (docs/monitor.md, "Ratios"): each day's prisoners go to the
              // batches of that day and the days before it, the earliest first; what none takes
              // is more than the ratio, on its day.
              // A counter-release made after the phase still fulfils a batch of it, late.
              int released = (int) Math.min(status.day(), 7);
              long[] taken = new long[released];
              long[] excess = new long[released];
              for (int d = 0; d < released; d++) {
                long left = run.prisoners().get(d);
                for (int b = 0; b <= Math.min(d, days - 1) && left > 0; b++) {
                  long take = Math.min(left, 3L * run.hostages().get(b) - taken[b]);
                  taken[b] += take;
                  left -= take;
                }
                excess[d] = left;
              }
              long batches = 0;
              for (int d = 0; d < days; d++) {
                if (run.hostages().get(d) > 0 || excess[d] > 0) {
                  batches++;
                }
              }
              assertThat(status.ratios()).hasSize((int) batches);
              for (RatioLine r : status.ratios()) {
                int d = (int) r.day() - 1;
                assertThat(r.units()).isEqualTo((long) run.hostages().get(d));
                assertThat(r.released()).isEqualTo(taken[d] + excess[d]);
                assertThat(r.due()).isEqualTo(3L * r.units());
                assertThat(r.verdict() == RatioVerdict.HOLDS).isEqualTo(r.due() == r.released());
                // more, once the day is over
                assertThat(r.verdict() == RatioVerdict.MORE)
                    .isEqualTo(excess[d] > 0 && r.day() < status.day());
                assertThat(r.day()).isLessThanOrEqualTo(Math.min(status.day(), lastDay));
              }
            });
  }
}
