package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.monitor.Status.DeliveredLine;
import org.truce.monitor.Status.DeviationLine;
import org.truce.monitor.Status.HeldLine;
import org.truce.monitor.Status.ObligationState;

/**
 * Properties of what is still held and of runs of daily findings over random ledgers of {@link
 * HeldFixture}: releases of every kind of line (and above them) on random days, random aid
 * deliveries, the status asked on any day from 1 to 20.
 */
class MonitorHeldPropertiesTest {
  private static final String AID = "clause 1.4 \"Aid\"";

  /** What a random release is: by, kind, category. */
  private static final List<String[]> KINDS =
      List.of(
          new String[] {"hamas", "release", "hostage.living.civilian"},
          new String[] {"hamas", "release", "hostage.unknown"},
          new String[] {"hamas", "release", "hostage.living"},
          new String[] {"hamas", "remains", "hostage.remains"},
          new String[] {"hamas", "release", "hostage"},
          new String[] {"israel", "release", "prisoner"});

  /** A release: which of {@link #KINDS}, on which day, how many. */
  record Release(int kind, int day, int count) {}

  record Run(List<Release> releases, List<Integer> aid, int day, long seed) {
    List<Entry> entries() {
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < releases.size(); i++) {
        Release r = releases.get(i);
        String[] k = KINDS.get(r.kind());
        entries.add(
            HeldFixture.release(
                "r" + i,
                r.day(),
                k[1].equals("remains") ? EntryKind.REMAINS : EntryKind.RELEASE,
                k[0],
                k[2],
                r.count()));
      }
      for (int d = 0; d < aid.size(); d++) {
        if (aid.get(d) > 0) {
          entries.add(
              HeldFixture.entry(
                  "a" + d,
                  HeldFixture.START.plusDays(d),
                  "UN OCHA",
                  new Event.Aid(
                      "aid.truck",
                      aid.get(d),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty())));
        }
      }
      return entries;
    }
  }

  private static Gen<Run> runs() {
    Gen<Release> release =
        SourceDSL.integers()
            .between(0, KINDS.size() - 1)
            .zip(
                SourceDSL.integers().between(1, 20),
                SourceDSL.integers().between(1, 12),
                Release::new);
    return SourceDSL.lists()
        .of(release)
        .ofSizeBetween(0, 12)
        .zip(
            SourceDSL.lists().of(SourceDSL.integers().between(0, 250)).ofSize(20),
            SourceDSL.integers().between(1, 20),
            SourceDSL.longs().all(),
            Run::new);
  }

  @Test
  void stillHeldAndReleasedMakeWhatWasHeldAtSigningPerHolderAndLine() {
    qt().withExamples(200)
        .forAll(runs())
        .checkAssert(
            run -> {
              Status s = HeldFixture.status(run.day(), run.entries());
              for (HeldLine h : s.held()) {
                assertThat(h.stillHeld() + h.released() - h.excess()).isEqualTo(h.atSigning());
                assertThat(h.living() + h.remains() + h.unrevealed()).isEqualTo(h.released());
                assertThat(h.stillHeld()).isNotNegative();
                assertThat(h.excess() == 0 || h.stillHeld() == 0).isTrue();
              }
              for (DeliveredLine d : s.delivered()) {
                long lines =
                    s.held().stream()
                        .filter(h -> h.holder().equals(d.holder()))
                        .mapToLong(HeldLine::released)
                        .sum();
                assertThat(lines + d.notFromOneLine()).isEqualTo(d.total());
                // Every release up to the moment, whatever its line or counting.
                long released =
                    run.releases().stream()
                        .filter(r -> r.day() <= run.day())
                        .filter(r -> KINDS.get(r.kind())[0].equals(d.holder()))
                        .mapToLong(Release::count)
                        .sum();
                assertThat(d.total()).isEqualTo(released);
              }
            });
  }

  @Test
  void collapsingNeverLosesADay() {
    qt().withExamples(200)
        .forAll(runs())
        .checkAssert(
            run -> {
              Status s = HeldFixture.status(run.day(), run.entries());
              Set<Long> judged = new TreeSet<>();
              for (ObligationLine o : s.obligations()) {
                if (o.clause().equals(AID)
                    && (o.state() == ObligationState.OVERDUE
                        || (o.state() == ObligationState.FULFILLED && o.daysLate() > 0))) {
                  judged.add(o.dueDay());
                }
              }
              Set<Long> covered = new TreeSet<>();
              long lines = 0;
              for (DeviationLine d : s.deviations()) {
                if (d.clause().equals(AID)) {
                  lines++;
                  for (long day = d.day(); day <= d.lastDay().orElse(d.day()); day++) {
                    assertThat(covered.add(day)).as("day %d in two lines", day).isTrue();
                  }
                }
              }
              assertThat(covered).isEqualTo(judged);
              assertThat(lines).isLessThanOrEqualTo(judged.size());
            });
  }

  @Test
  void theOrderOfRecordingChangesNothingHeld() {
    qt().withExamples(100)
        .forAll(runs())
        .checkAssert(
            run -> {
              List<Entry> shuffled = new ArrayList<>(run.entries());
              Collections.shuffle(shuffled, new Random(run.seed()));
              Status a = HeldFixture.status(run.day(), run.entries());
              Status b = HeldFixture.status(run.day(), shuffled);
              assertThat(b.held()).isEqualTo(a.held());
              assertThat(b.delivered()).isEqualTo(a.delivered());
              assertThat(b.deviations()).isEqualTo(a.deviations());
            });
  }
}
