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
import org.truce.monitor.Status.ObligationState;
import org.truce.testing.LedgerEntries;

/**
 * The monitor's reading of a release window (docs/semantics.md, "Release windows"): upcoming before
 * it opens, in progress while it is open, due on its last day, overdue after; units released in the
 * window count toward it.
 */
class MonitorWindowTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);

  private static final String TEXT =
      """
      agreement "Window"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.soldier 13 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 56 days {
        hostilities paused
        hamas releases 13 hostage.living.soldier between day 50 and day 56
      }
      """;

  private static DossierVersions versions() {
    return LedgerEntries.versions("window.truce", TEXT);
  }

  private static List<Entry> inForce() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    return entries;
  }

  private static Entry released(String id, long day, long count) {
    return LedgerEntries.released(
        id, START.plusDays(day - 1), "hamas", "hostage.living.soldier", count);
  }

  private static ObligationLine release(List<Entry> entries, long day) {
    LocalDateTime at = START.plusDays(day - 1).atTime(20, 0);
    Status status = Monitor.status(versions(), entries, at, CountingPolicy.LIST).orElseThrow();
    return status.obligations().stream()
        .filter(line -> line.what().startsWith("releases"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void upcomingBeforeTheWindowInProgressWhileOpenDueOnItsLastDayOverdueAfter() {
    assertThat(release(inForce(), 49).state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(release(inForce(), 50).state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(release(inForce(), 55).state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(release(inForce(), 56).state()).isEqualTo(ObligationState.DUE_TODAY);
    ObligationLine late = release(inForce(), 58);
    assertThat(late.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(late.daysLate()).isEqualTo(2);
    assertThat(late.dueDay()).isEqualTo(56);
  }

  @Test
  void unitsReleasedInTheWindowCountTowardItAndNoneIsLate() {
    List<Entry> entries = inForce();
    entries.add(released("first", 51, 6));
    ObligationLine open = release(entries, 53);
    assertThat(open.state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(open.done()).isEqualTo(6);
    entries.add(released("rest", 54, 7));
    ObligationLine done = release(entries, 58);
    assertThat(done.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(done.daysLate()).isZero();
  }
}
