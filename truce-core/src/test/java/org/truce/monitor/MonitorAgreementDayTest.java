package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.monitor.Status.ObligationState;
import org.truce.testing.LedgerEntries;

/**
 * The monitor's reading of a deadline in days of the agreement: due until that day and overdue
 * after it, even once its phase has ended (docs/semantics.md, "Deadlines in days of the
 * agreement").
 */
class MonitorAgreementDayTest {
  private static final LocalDate START = LocalDate.of(2024, 11, 27);

  private static final String TEXT =
      """
      agreement "Cessation of hostilities"
        version "v1"
        starts 2024-11-27 04:00
      party israel "Israel"
      party lebanon "Lebanon"
      interest israel: hostilities paused
      interest lebanon: hostilities paused
      phase one "Withdrawal" lasts 20 days {
        hostilities paused
        israel withdraws from "the south" by day 60 of the agreement
      }
      phase two "Arrangements" lasts indefinitely, begins after one {
        hostilities paused
      }
      """;

  private static DossierVersions versions() {
    return LedgerEntries.versions("lebanon.truce", TEXT);
  }

  private static ObligationLine withdrawal(List<Entry> entries, long day) {
    // 03:00 the next morning: still day `day` of the agreement, after the end of its date.
    LocalDateTime at = START.plusDays(day).atTime(3, 0);
    Status status = Monitor.status(versions(), entries, at, CountingPolicy.LIST).orElseThrow();
    return status.obligations().stream()
        .filter(line -> line.what().startsWith("withdraws"))
        .findFirst()
        .orElseThrow();
  }

  private static List<Entry> inForce() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(4, 0)));
    return entries;
  }

  @Test
  void dueUntilItsDayOfTheAgreementThenOverdueAfterThePhaseEnded() {
    assertThat(withdrawal(inForce(), 10).state()).isEqualTo(ObligationState.UPCOMING);
    // Phase one ended on day 20; the withdrawal is still not late.
    assertThat(withdrawal(inForce(), 30).state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(withdrawal(inForce(), 30).dueDay()).isEqualTo(60);
    assertThat(withdrawal(inForce(), 60).state()).isEqualTo(ObligationState.DUE_TODAY);
    ObligationLine late = withdrawal(inForce(), 65);
    assertThat(late.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(late.daysLate()).isEqualTo(5);
  }

  @Test
  void aWithdrawalAfterThePhaseEndedFulfilsIt() {
    List<Entry> entries = inForce();
    entries.add(
        LedgerEntries.entry(
            "withdrawn",
            START.plusDays(44),
            new Event.Withdrawal(
                "israel", "the south", Optional.empty(), Optional.empty(), Optional.empty())));
    ObligationLine line = withdrawal(entries, 65);
    assertThat(line.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(line.daysLate()).isZero();
  }
}
