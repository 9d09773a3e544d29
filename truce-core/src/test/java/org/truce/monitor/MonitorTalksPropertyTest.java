package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.TalksState;
import org.truce.testing.LedgerEntries;

/**
 * A phase never begins before its recorded condition holds, and begins the day after it first does
 * (docs/monitor.md, "Phases, talks and rights as recorded"): over random records of the talks on
 * phase two (up to six entries on days 1 to 40, in any state), phase two begins on day S exactly
 * when S - 1 is the first day, phase one having ended (day 10), at whose end the latest talks entry
 * says agreed.
 */
class MonitorTalksPropertyTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);
  private static final Facts AT = new Facts(START);

  private static final String TEXT =
      """
      agreement "Talks"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 30 }
      held by israel { prisoner 300 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 10 days {
        hostilities paused
        talks on two begin by day 3
      }
      phase two "End" lasts 50 days, begins when phase one ended and talks on two agreed {
        hostilities ended
      }
      """;

  private static final DossierVersions VERSIONS = LedgerEntries.versions("talks.truce", TEXT);

  record Talk(int day, TalksState state) {}

  private static Gen<List<Talk>> talks() {
    Gen<Talk> one =
        SourceDSL.integers()
            .between(1, 40)
            .zip(
                SourceDSL.integers().between(0, TalksState.values().length - 1),
                (d, s) -> new Talk(d, TalksState.values()[s]));
    return SourceDSL.lists().of(one).ofSizeBetween(0, 6);
  }

  /** The state recorded last by the end of {@code day}: entries of one day in recorded order. */
  private static Optional<TalksState> latest(List<Talk> talks, long day) {
    Optional<TalksState> state = Optional.empty();
    for (int d = 1; d <= day; d++) {
      for (Talk t : talks) {
        if (t.day == d) {
          state = Optional.of(t.state);
        }
      }
    }
    return state;
  }

  @Test
  void aPhaseBeginsTheDayAfterItsRecordedConditionFirstHolds() {
    qt().withExamples(60)
        .forAll(talks())
        .checkAssert(
            talks -> {
              List<Entry> entries = new ArrayList<>();
              entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
              for (int i = 0; i < talks.size(); i++) {
                entries.add(AT.talks("t" + i, talks.get(i).day, talks.get(i).state));
              }
              Status s =
                  Monitor.status(VERSIONS, entries, AT.date(45).atTime(20, 0), CountingPolicy.LIST)
                      .orElseThrow();
              Optional<Long> expected = Optional.empty();
              for (long d = 10; d <= 44 && expected.isEmpty(); d++) {
                if (latest(talks, d).filter(TalksState.AGREED::equals).isPresent()) {
                  expected = Optional.of(d + 1);
                }
              }
              Status.PhaseLine line = s.phase().orElseThrow();
              if (expected.isPresent()) {
                assertThat(line.name()).isEqualTo("two");
                assertThat(line.firstDay()).isEqualTo(expected.get());
              } else {
                assertThat(line.name()).isEqualTo("one");
                assertThat(line.notBegun()).isPresent();
              }
            });
  }
}
