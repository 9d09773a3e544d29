package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.monitor.Status.DeviationLine;
import org.truce.monitor.Status.ExchangeLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.monitor.Status.RatioVerdict;
import org.truce.testing.LedgerEntries;

/**
 * Exchanges as docs/monitor.md ("Ratios", "Obligations") reads them, decision 0027: ratio clauses
 * paying from one pool are judged together; each batch's counter-release is an obligation, due in
 * its window, overdue while missing and fulfilled late when made late, never an excess of a later
 * day; every release counted goes to one obligation only. The three false alarms of issue 18 are
 * here: two ratios paying one pool on one day, a counter-release made five days late, and the
 * overlapping windows of a delayed ratio.
 */
class MonitorExchangesTest {
  static final LocalDate START = LocalDate.of(2025, 1, 19);

  /** Two ratios paying prisoners from one pool: 30 per civilian, 50 women per soldier. */
  static final String POOL =
      """
      agreement "Pool"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 20  hostage.living.soldier 5 }
      held by israel { prisoner.female 300  prisoner.male 1700 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      [1 "Calm"]
      phase one "Calm" lasts 42 days {
        [1.1] hostilities paused
        [1.2 "Civilians"]
        israel releases 30 prisoner per hostage.living.civilian released by hamas
        [1.3 "Soldiers"]
        israel releases 50 prisoner.female per hostage.living.soldier released by hamas
      }
      """;

  /** One ratio, the same day or within the days given. */
  static String ratio(String within) {
    return """
        agreement "Ratio"
          version "v1"
          starts 2025-01-19 08:30
        party israel "Israel"
        party hamas "Hamas"
        held by hamas { hostage.living.civilian 20 }
        held by israel { prisoner 2000 }
        interest israel: all hostage released by hamas
        interest hamas: hostilities ended
        [1 "Calm"]
        phase one "Calm" lasts 42 days {
          [1.1] hostilities paused
          [1.2 "Ratio"]
          israel releases 30 prisoner per hostage.living.civilian released by hamas%s
        }
        """
        .formatted(within);
  }

  /** A ratio and a release of prisoners of its own; two phases releasing hostages. */
  static final String TWO_OBLIGATIONS =
      """
      agreement "Two obligations"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 10  hostage.living.soldier 5 }
      held by israel { prisoner 2000 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      [1 "Calm"]
      phase one "Calm" lasts 10 days {
        [1.1] hostilities paused
        [1.2] hamas releases 6 hostage by day 5
        [1.3] israel releases 30 prisoner per hostage.living.civilian released by hamas
        [1.4] israel releases 100 prisoner by day 10
      }
      [2 "Second"]
      phase two "Second" lasts 10 days, begins after one {
        [2.1] hostilities paused
        [2.2] hamas releases all remaining hostage.living.civilian by day 5
      }
      """;

  static DossierVersions versions(String text) {
    return LedgerEntries.versions("exchanges.truce", text);
  }

  static Entry released(String id, String party, String what, long day, long count) {
    return LedgerEntries.released(id, START.plusDays(day - 1), party, what, count);
  }

  static List<Entry> entries(Entry... events) {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    entries.addAll(List.of(events));
    return entries;
  }

  /** The status in the evening of {@code day}, once its releases are recorded. */
  static Status status(String text, List<Entry> entries, long day) {
    LocalDateTime at = START.plusDays(day - 1).atTime(20, 0);
    return Monitor.status(versions(text), entries, at, CountingPolicy.LIST).orElseThrow();
  }

  private static List<ObligationLine> counterReleases(Status status) {
    return status.obligations().stream().filter(o -> o.batch().isPresent()).toList();
  }

  @Test
  void twoRatiosPayingOnePoolOnOneDayHoldTogether() {
    List<Entry> entries =
        entries(
            released("civ", "hamas", "hostage.living.civilian", 2, 3),
            released("sol", "hamas", "hostage.living.soldier", 2, 1),
            released("men", "israel", "prisoner.male", 2, 90),
            released("women", "israel", "prisoner.female", 2, 50));
    Status status = status(POOL, entries, 3);
    // Each clause alone would see the other's prisoners as more than its ratio.
    assertThat(status.deviations()).isEmpty();
    assertThat(status.ratios()).extracting(RatioLine::verdict).containsOnly(RatioVerdict.HOLDS);
    assertThat(status.ratios())
        .extracting(RatioLine::due, RatioLine::released)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(90L, 90L),
            org.assertj.core.groups.Tuple.tuple(50L, 50L));
    assertThat(counterReleases(status))
        .extracting(ObligationLine::state)
        .containsOnly(ObligationState.FULFILLED);
    ExchangeLine pool = status.exchanges().getFirst();
    assertThat(status.exchanges()).hasSize(1);
    assertThat(pool.due()).isEqualTo(140);
    assertThat(pool.released()).isEqualTo(140);
    assertThat(pool.verdict()).isEqualTo(RatioVerdict.HOLDS);
    assertThat(pool.clause()).contains("clause 1.2").contains("clause 1.3");
    assertThat(pool.category()).isEqualTo("prisoner");
  }

  @Test
  void onePoolMoreThanItsRatiosIsOneDeviationCitingEveryClause() {
    List<Entry> entries =
        entries(
            released("civ", "hamas", "hostage.living.civilian", 2, 3),
            released("sol", "hamas", "hostage.living.soldier", 2, 1),
            released("men", "israel", "prisoner.male", 2, 100),
            released("women", "israel", "prisoner.female", 2, 50));
    Status status = status(POOL, entries, 3);
    assertThat(status.deviations()).hasSize(1);
    DeviationLine more = status.deviations().getFirst();
    assertThat(more.day()).isEqualTo(2);
    assertThat(more.text())
        .isEqualTo(
            "israel released 150 prisoner on day 2 for 3 hostage.living.civilian (30 each) and 1"
                + " hostage.living.soldier (50 each) counted, where the ratios call for 140: 10"
                + " more");
    assertThat(more.clause()).isEqualTo("clause 1.2 \"Civilians\"; clause 1.3 \"Soldiers\"");
    assertThat(status.exchanges().getFirst().verdict()).isEqualTo(RatioVerdict.MORE);
  }

  @Test
  void aCounterReleaseWithheldIsOverdueThenFulfilledLateNeverAnExcess() {
    Entry hostages = released("civ", "hamas", "hostage.living.civilian", 1, 3);
    Entry late = released("late", "israel", "prisoner", 6, 90);
    // Day 3: missing, overdue since day 1.
    Status missing = status(ratio(""), entries(hostages), 3);
    ObligationLine owed = counterReleases(missing).getFirst();
    assertThat(owed.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(owed.daysLate()).isEqualTo(2);
    assertThat(owed.what())
        .isEqualTo("releases 90 prisoner for the 3 hostage.living.civilian counted on day 1");
    // The batch it answers is data, not words: day 1 (its date), 3 hostage.living.civilian.
    assertThat(owed.batch()).contains(new BatchLine(1, START, 3, "hostage.living.civilian"));
    assertThat(missing.deviations())
        .extracting(DeviationLine::text)
        .containsExactly(
            "israel releases 90 prisoner for the 3 hostage.living.civilian counted on day 1 due on"
                + " day 1: 0 of 90 done, 2 days overdue");
    assertThat(missing.exchanges().getFirst().verdict()).isEqualTo(RatioVerdict.SHORT);
    // Made five days late: fulfilled 5 days late, and nothing more than the ratio on day 6.
    Status made = status(ratio(""), entries(hostages, late), 8);
    ObligationLine fulfilled = counterReleases(made).getFirst();
    assertThat(fulfilled.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(fulfilled.daysLate()).isEqualTo(5);
    assertThat(made.deviations())
        .extracting(DeviationLine::text)
        .containsExactly(
            "israel releases 90 prisoner for the 3 hostage.living.civilian counted on day 1 due on"
                + " day 1: fulfilled 5 days late");
    assertThat(made.ratios()).hasSize(1);
    assertThat(made.ratios().getFirst().verdict()).isEqualTo(RatioVerdict.HOLDS);
    assertThat(made.exchanges().getFirst().verdict()).isEqualTo(RatioVerdict.HOLDS);
  }

  @Test
  void theWindowsOfADelayedRatioNeverShareABatch() {
    // One hostage a day on days 1 to 5, its 30 prisoners each three days later: every batch is
    // fulfilled on the last day of its window, none is judged against another's prisoners.
    List<Entry> entries = entries();
    for (long d = 1; d <= 5; d++) {
      entries.add(released("h" + d, "hamas", "hostage.living.civilian", d, 1));
      entries.add(released("p" + d, "israel", "prisoner", d + 3, 30));
    }
    Status status = status(ratio(" within 3 days"), entries, 12);
    assertThat(status.deviations()).isEmpty();
    assertThat(counterReleases(status))
        .extracting(o -> o.batch().orElseThrow().day(), ObligationLine::dueDay)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 4L),
            org.assertj.core.groups.Tuple.tuple(2L, 5L),
            org.assertj.core.groups.Tuple.tuple(3L, 6L),
            org.assertj.core.groups.Tuple.tuple(4L, 7L),
            org.assertj.core.groups.Tuple.tuple(5L, 8L));
    assertThat(counterReleases(status))
        .hasSize(5)
        .allSatisfy(
            o -> {
              assertThat(o.state()).isEqualTo(ObligationState.FULFILLED);
              assertThat(o.daysLate()).isZero();
              assertThat(o.done()).isEqualTo(30);
            });
    assertThat(status.ratios())
        .hasSize(5)
        .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(RatioVerdict.HOLDS));
    // The fifth batch made five days late instead (day 10, its window closing on day 8).
    entries.removeLast();
    entries.add(released("p5-late", "israel", "prisoner", 10, 30));
    Status late = status(ratio(" within 3 days"), entries, 12);
    assertThat(late.deviations())
        .extracting(DeviationLine::text)
        .containsExactly(
            "israel releases 30 prisoner for the 1 hostage.living.civilian counted on day 5 due on"
                + " day 8: fulfilled 2 days late");
    // Before the window closes it is in progress, and the batch pending.
    Status open = status(ratio(" within 3 days"), entries, 7);
    assertThat(counterReleases(open).getLast().state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(open.ratios().getLast().verdict()).isEqualTo(RatioVerdict.PENDING);
    assertThat(open.deviations()).isEmpty();
  }

  @Test
  void aPrisonerCountedTowardTheRatioIsNotCountedAgainTowardAnotherRelease() {
    List<Entry> entries =
        entries(
            released("civ", "hamas", "hostage.living.civilian", 1, 2),
            released("p1", "israel", "prisoner", 1, 60),
            released("p2", "israel", "prisoner", 3, 40));
    Status status = status(TWO_OBLIGATIONS, entries, 4);
    ObligationLine hundred =
        status.obligations().stream()
            .filter(o -> o.what().equals("releases 100 prisoner"))
            .findFirst()
            .orElseThrow();
    assertThat(hundred.done()).isEqualTo(40); // not 100: 60 went to the ratio's batch of day 1
    assertThat(hundred.state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(counterReleases(status).getFirst().done()).isEqualTo(60);
    assertThat(status.deviations()).isEmpty();
  }

  @Test
  void aLaterPhasesAllRemainingDoesNotCountWhatAnEarlierPhaseTook() {
    // Phase one asks 6 hostages of any kind by day 5; phase two all remaining civilians.
    List<Entry> entries =
        entries(
            released("civ", "hamas", "hostage.living.civilian", 2, 6),
            released("p", "israel", "prisoner", 2, 180));
    Status status = status(TWO_OBLIGATIONS, entries, 12);
    ObligationLine remaining =
        status.obligations().stream()
            .filter(o -> o.clause().startsWith("clause 2.2"))
            .findFirst()
            .orElseThrow();
    // The 6 civilians went to phase one's 6 hostages: none counts toward phase two.
    assertThat(remaining.done()).isZero();
    assertThat(
            status.obligations().stream()
                .filter(o -> o.clause().startsWith("clause 1.2"))
                .findFirst()
                .orElseThrow()
                .state())
        .isEqualTo(ObligationState.FULFILLED);
  }
}
