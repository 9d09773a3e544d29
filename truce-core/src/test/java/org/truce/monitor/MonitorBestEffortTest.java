package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Entry;
import org.truce.monitor.Status.ObligationState;
import org.truce.render.monitor.StatusText;
import org.truce.testing.LedgerEntries;

/**
 * The monitor's reading of best-effort releases (issue 17, 2.7; docs/monitor.md): in progress until
 * the long stop, overdue only after it; with no long stop, ongoing from the first day of the phase
 * and never overdue, fulfilled once what was held is released.
 */
class MonitorBestEffortTest {
  private static final LocalDate START = LocalDate.of(2025, 5, 16);

  private static final String TEXT =
      """
      agreement "Exchange"
        version "v1"
        starts 2025-05-16
      party russia "Russia"
      party ukraine "Ukraine"
      held by russia { prisoner 1000 }
      held by ukraine { prisoner 1000 }
      interest russia: released prisoner by ukraine >= 1000
      interest ukraine: released prisoner by russia >= 1000
      phase exchange "Exchange" lasts 30 days {
        hostilities active
        russia releases 1000 prisoner as soon as possible
        ukraine releases 1000 prisoner as located, at the latest by day 20
      }
      """;

  private static List<ObligationLine> lines(List<Entry> events, long day) {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(0, 0)));
    entries.addAll(events);
    Status status =
        Monitor.status(
                LedgerEntries.versions("exchange.truce", TEXT),
                entries,
                START.plusDays(day - 1).atTime(20, 0),
                CountingPolicy.LIST)
            .orElseThrow();
    return status.obligations();
  }

  private static ObligationLine of(List<ObligationLine> lines, String party) {
    return lines.stream().filter(l -> l.party().equals(party)).findFirst().orElseThrow();
  }

  private static Entry released(String id, long day, String party, long count) {
    return LedgerEntries.released(id, START.plusDays(day - 1), party, "prisoner", count);
  }

  @Test
  void withALongStopInProgressUntilItThenOverdue() {
    assertThat(of(lines(List.of(), 1), "ukraine").state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(of(lines(List.of(), 19), "ukraine").state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(of(lines(List.of(), 20), "ukraine").state()).isEqualTo(ObligationState.DUE_TODAY);
    ObligationLine late = of(lines(List.of(), 23), "ukraine");
    assertThat(late.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(late.daysLate()).isEqualTo(3);
  }

  @Test
  void withoutALongStopOngoingFromThePhasesFirstDayAndNeverOverdue() {
    ObligationLine first = of(lines(List.of(), 1), "russia");
    assertThat(first.state()).isEqualTo(ObligationState.ONGOING);
    assertThat(first.dueDay()).isEqualTo(1);
    assertThat(first.required()).isEqualTo(1000);
    ObligationLine later = of(lines(List.of(released("a", 8, "russia", 390)), 400), "russia");
    assertThat(later.state()).isEqualTo(ObligationState.ONGOING);
    assertThat(later.done()).isEqualTo(390);
    assertThat(later.daysLate()).isZero();
    Status status =
        Monitor.status(
                LedgerEntries.versions("exchange.truce", TEXT),
                List.of(
                    LedgerEntries.inForce(START, LocalTime.of(0, 0)),
                    released("a", 8, "russia", 390)),
                START.plusDays(399).atTime(20, 0),
                CountingPolicy.LIST)
            .orElseThrow();
    assertThat(StatusText.render(new Monitor.Readings(status, status)))
        .contains(
            "russia releases 1000 prisoner as soon as possible: in progress since day 1"
                + " (2025-05-16), no date set: 390 of 1000 so far");
  }

  @Test
  void withoutALongStopFulfilledOnTheDayTheLastUnitIsReleased() {
    List<Entry> events =
        List.of(
            released("a", 8, "russia", 390),
            released("b", 9, "russia", 307),
            released("c", 10, "russia", 303));
    ObligationLine done = of(lines(events, 12), "russia");
    assertThat(done.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(done.dueDay()).isEqualTo(10);
    assertThat(done.done()).isEqualTo(1000);
  }
}
