package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.monitor.Status.RatioVerdict;

/**
 * The properties of {@link MonitorAllocationPropertiesTest} with some releases whose count was not
 * reported (docs/monitor.md; decision 0031): on each day, the civilians' release and the prisoners'
 * release may be of unreported count. The counts reported are allocated as before, and no batch of
 * unknown size is ever judged, short or more than its ratio.
 */
class MonitorUnreportedPropertiesTest {
  /**
   * A run of {@link MonitorAllocationPropertiesTest}, and per day which releases are unreported.
   */
  record Run(
      MonitorAllocationPropertiesTest.Run run,
      List<Boolean> civiliansUnreported,
      List<Boolean> prisonersUnreported) {
    List<Entry> entries() {
      List<Entry> entries = new ArrayList<>();
      for (Entry e : run.entries()) {
        entries.add(unreported(e) ? withoutCount(e) : e);
      }
      return entries;
    }

    private boolean unreported(Entry e) {
      String id = e.id();
      if (!(e.body() instanceof Event.Release) || id.length() < 2) {
        return false;
      }
      int day = Integer.parseInt(id.substring(1));
      return (id.charAt(0) == 'c' && civiliansUnreported.get(day))
          || (id.charAt(0) == 'p' && prisonersUnreported.get(day));
    }

    private static Entry withoutCount(Entry e) {
      Event.Release r = (Event.Release) e.body();
      return new Entry(
          e.id(),
          e.date(),
          new Event.Release(
              r.kind(),
              r.by(),
              r.category(),
              0,
              r.counted(),
              r.countedToward(),
              r.names(),
              r.via(),
              r.at(),
              r.clause()),
          e.provenance(),
          e.supersedes());
    }

    /** What {@code perDay} gives up to the day asked, leaving out the days not reported. */
    long known(List<Integer> perDay, List<Boolean> unreported) {
      long sum = 0;
      for (int d = 0; d < Math.min(run.day(), perDay.size()); d++) {
        sum += unreported.get(d) ? 0 : perDay.get(d);
      }
      return sum;
    }

    Status status(List<Entry> entries) {
      return run.status(entries);
    }
  }

  private static Gen<Run> runs() {
    Gen<List<Boolean>> flags = SourceDSL.lists().of(SourceDSL.booleans().all()).ofSize(9);
    return MonitorAllocationPropertiesTest.runs().zip(flags, flags, Run::new);
  }

  @Test
  void theCountsReportedAreAllocatedOnceAndTheKnownSumIsTheKnownReleasedSum() {
    qt().withExamples(150)
        .forAll(runs())
        .checkAssert(
            run -> {
              Status status = run.status(run.entries());
              for (ObligationLine o : status.obligations()) {
                assertThat(o.done()).isBetween(0L, o.required());
              }
              long prisoners = run.known(run.run().prisoners(), run.prisonersUnreported());
              long toBatches =
                  status.obligations().stream()
                      .filter(o -> o.batch().isPresent())
                      .mapToLong(ObligationLine::done)
                      .sum();
              long beyond =
                  status.exchanges().stream().mapToLong(x -> x.released()).sum() - toBatches;
              long israel =
                  status.obligations().stream()
                      .filter(o -> o.party().equals("israel") && o.what().startsWith("releases"))
                      .mapToLong(ObligationLine::done)
                      .sum();
              assertThat(beyond).isNotNegative();
              assertThat(israel + beyond).isEqualTo(prisoners);
              // Every release of unreported count is one obligation's, or beyond one, or none's.
              long unreported =
                  status.obligations().stream()
                      .mapToLong(o -> o.unreported() + o.unreportedBeyond())
                      .sum();
              long recorded =
                  status.tallies().stream()
                      .filter(t -> !t.category().endsWith("(all)"))
                      .mapToLong(Status.TallyLine::unreported)
                      .sum();
              assertThat(unreported).isLessThanOrEqualTo(recorded);
            });
  }

  @Test
  void noBatchOfUnknownSizeIsJudgedNorCitedAsExcessOrShort() {
    qt().withExamples(150)
        .forAll(runs())
        .checkAssert(
            run -> {
              Status status = run.status(run.entries());
              for (RatioLine r : status.ratios()) {
                if (r.unreported() > 0) {
                  assertThat(r.verdict()).isEqualTo(RatioVerdict.UNREPORTED);
                }
              }
              for (Status.DeviationLine d : status.deviations()) {
                boolean unknownThatDay =
                    status.ratios().stream()
                        .anyMatch(
                            r -> r.day() == d.day() && r.verdict() == RatioVerdict.UNREPORTED);
                if (d.text().contains(" more")) {
                  assertThat(unknownThatDay).as(d.text()).isFalse();
                }
              }
              // An obligation that releases of unreported count went to is never a deviation.
              for (ObligationLine o : status.obligations()) {
                if (o.unreported() > 0) {
                  assertThat(status.deviations())
                      .noneMatch(d -> d.clause().equals(o.clause()) && d.text().contains(o.what()));
                }
              }
            });
  }

  @Test
  void theOrderEntriesWereRecordedInNeverChangesTheStatus() {
    qt().withExamples(100)
        .forAll(runs())
        .checkAssert(
            run -> {
              List<Entry> shuffled = new ArrayList<>(run.entries());
              Collections.shuffle(shuffled, new Random(run.run().seed()));
              assertThat(run.status(shuffled)).isEqualTo(run.status(run.entries()));
            });
  }
}
