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
import org.truce.ledger.Entry;
import org.truce.ledger.InForce;

/**
 * Properties of the allocation of releases to obligations (docs/monitor.md, "Obligations" and
 * "Ratios"; decision 0027), over random runs of {@link MonitorExchangesTest#TWO_OBLIGATIONS}: a
 * ratio and a release of prisoners of its own, two phases releasing hostages in overlapping
 * categories; up to 2 civilians, 1 soldier and 80 prisoners released a day for 9 days, the status
 * asked on any day from 1 to 12.
 */
class MonitorAllocationPropertiesTest {
  /** Civilians, soldiers and prisoners per day, the day asked, a seed. */
  record Run(
      List<Integer> civilians,
      List<Integer> soldiers,
      List<Integer> prisoners,
      int day,
      long seed) {
    List<Entry> entries() {
      List<Entry> entries = MonitorExchangesTest.entries();
      for (int d = 0; d < civilians.size(); d++) {
        add(entries, "c" + d, "hamas", "hostage.living.civilian", d + 1, civilians.get(d));
        add(entries, "s" + d, "hamas", "hostage.living.soldier", d + 1, soldiers.get(d));
        add(entries, "p" + d, "israel", "prisoner", d + 1, prisoners.get(d));
      }
      return entries;
    }

    private static void add(
        List<Entry> entries, String id, String party, String what, long day, long count) {
      if (count > 0) {
        entries.add(MonitorExchangesTest.released(id, party, what, day, count));
      }
    }

    LocalDateTime at() {
      return MonitorExchangesTest.START.plusDays(day - 1).atTime(20, 0);
    }

    Status status(List<Entry> entries) {
      return Monitor.status(
              MonitorExchangesTest.versions(MonitorExchangesTest.TWO_OBLIGATIONS),
              entries,
              at(),
              CountingPolicy.LIST)
          .orElseThrow();
    }

    /** What {@code party} released up to the day asked. */
    long released(List<Integer> perDay) {
      long sum = 0;
      for (int d = 0; d < Math.min(day, perDay.size()); d++) {
        sum += perDay.get(d);
      }
      return sum;
    }
  }

  static Gen<Run> runs() {
    Gen<List<Integer>> civilians =
        SourceDSL.lists().of(SourceDSL.integers().between(0, 2)).ofSize(9);
    Gen<List<Integer>> soldiers =
        SourceDSL.lists().of(SourceDSL.integers().between(0, 1)).ofSize(9);
    Gen<List<Integer>> prisoners =
        SourceDSL.lists().of(SourceDSL.integers().between(0, 80)).ofSize(9);
    return civilians
        .zip(soldiers, prisoners, SourceDSL.integers().between(1, 12), Parts::new)
        .zip(
            SourceDSL.longs().all(),
            (p, seed) -> new Run(p.civilians(), p.soldiers(), p.prisoners(), p.day(), seed));
  }

  private record Parts(
      List<Integer> civilians, List<Integer> soldiers, List<Integer> prisoners, int day) {}

  private static long done(Status status, String party) {
    return status.obligations().stream()
        .filter(o -> o.party().equals(party) && o.what().startsWith("releases"))
        .mapToLong(ObligationLine::done)
        .sum();
  }

  @Test
  void eachReleaseGoesToOneObligationAndTheAllocatedSumIsTheReleasedSum() {
    qt().withExamples(200)
        .forAll(runs())
        .checkAssert(
            run -> {
              Status status = run.status(run.entries());
              for (ObligationLine o : status.obligations()) {
                assertThat(o.done()).isBetween(0L, o.required());
              }
              // No unit counts toward two obligations.
              long hostages = run.released(run.civilians()) + run.released(run.soldiers());
              assertThat(done(status, "hamas")).isLessThanOrEqualTo(hostages);
              // Phase one asks 6 hostages of any kind first: all of them go there, up to 6.
              ObligationLine six =
                  status.obligations().stream()
                      .filter(o -> o.clause().startsWith("clause 1.2"))
                      .findFirst()
                      .orElseThrow();
              assertThat(six.done()).isEqualTo(Math.min(6, hostages));
              // Every prisoner goes to the ratio's batches, the release of 100, or beyond them
              // (the pool's excess), and to one of them only.
              long prisoners = run.released(run.prisoners());
              long toBatches =
                  status.obligations().stream()
                      .filter(o -> o.batch().isPresent())
                      .mapToLong(ObligationLine::done)
                      .sum();
              long beyond =
                  status.exchanges().stream().mapToLong(x -> x.released()).sum() - toBatches;
              assertThat(beyond).isNotNegative();
              assertThat(done(status, "israel") + beyond).isEqualTo(prisoners);
            });
  }

  @Test
  void theOrderEntriesWereRecordedInNeverChangesTheStatus() {
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
  void aStatusAtAMomentUsesOnlyTheEntriesOfThatMoment() {
    qt().withExamples(150)
        .forAll(runs())
        .checkAssert(
            run -> {
              List<Entry> all = run.entries();
              List<Entry> byThen =
                  all.stream().filter(e -> !InForce.moment(e).isAfter(run.at())).toList();
              assertThat(run.status(all)).isEqualTo(run.status(byThen));
            });
  }
}
