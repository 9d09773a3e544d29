package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.monitor.Status.ObligationState;
import org.truce.source.SourceText;
import org.truce.testing.LedgerEntries;

/**
 * A version that amends the agreement in force (docs/monitor.md, "Amendments"): its days go on
 * counting from the first entry into force, its text governs from its own moment, and what happened
 * before it stays in the status. Without {@code amends}, a new entry into force starts a new count.
 */
class MonitorAmendmentTest {
  private static final LocalDate START = LocalDate.of(2024, 11, 27);

  /** The withdrawal due by day 60; the amended version moves it to 2025-02-18, day 84. */
  private static final String FIRST = text("v1", "by day 60");

  private static final String AMENDED = text("v2", "by 2025-02-18");

  private static String text(String version, String deadline) {
    return """
        agreement "Cessation"
          version "%s"
          starts 2024-11-27 04:00
        party israel "Israel"
        party lebanon "Lebanon"
        interest israel: hostilities ended
        interest lebanon: hostilities ended
        phase one "Withdrawal" lasts 60 days {
          hostilities ended
          [12] israel withdraws from "the south" %s
        }
        phase two "Cessation" lasts indefinitely, begins after one {
          hostilities ended
        }
        """
        .formatted(version, deadline);
  }

  private static DossierVersions versions() {
    return new DossierVersions(Map.of("v1", agreement(FIRST), "v2", agreement(AMENDED)));
  }

  private static Agreement agreement(String text) {
    return ModelBuilder.load(new SourceText("cessation.truce", text)).agreement().orElseThrow();
  }

  private static List<Entry> entries(Optional<String> amends) {
    return List.of(
        LedgerEntries.entry(
            "cessation-in-force", START, new Event.InForce("v1", Optional.of(LocalTime.of(4, 0)))),
        LedgerEntries.entry(
            "khiam",
            START.plusDays(14),
            new Event.Withdrawal(
                "israel", "Khiam", Optional.empty(), Optional.empty(), Optional.empty())),
        LedgerEntries.entry(
            "extension-in-force",
            LocalDate.of(2025, 1, 26),
            new Event.InForce("v2", Optional.of(LocalTime.of(20, 0)), amends)));
  }

  private static Status status(Optional<String> amends, LocalDateTime at) {
    return Monitor.status(versions(), entries(amends), at, CountingPolicy.LIST).orElseThrow();
  }

  private static ObligationLine withdrawal(Status status) {
    return status.obligations().stream()
        .filter(o -> o.what().contains("withdraws"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDaysOfAnAmendmentGoOnFromTheFirstEntryIntoForce() {
    Status status = status(Optional.of("cessation-in-force"), LocalDateTime.of(2025, 2, 1, 12, 0));

    assertThat(status.version()).isEqualTo("v2");
    assertThat(status.day()).isEqualTo(67);
    assertThat(status.inForce().entry()).isEqualTo("extension-in-force");
    assertThat(status.inForce().since()).isEqualTo(LocalDateTime.of(2025, 1, 26, 20, 0));
    assertThat(status.inForce().amends().orElseThrow().entry()).isEqualTo("cessation-in-force");
    assertThat(status.inForce().amends().orElseThrow().since())
        .isEqualTo(LocalDateTime.of(2024, 11, 27, 4, 0));
    // The amended deadline, in the first version's days: 18 February is day 84.
    assertThat(withdrawal(status).dueDay()).isEqualTo(84);
    assertThat(withdrawal(status).state()).isEqualTo(ObligationState.UPCOMING);
  }

  @Test
  void theAmendedDeadlinePassedIsOverdue() {
    Status status = status(Optional.of("cessation-in-force"), LocalDateTime.of(2025, 2, 20, 12, 0));

    assertThat(withdrawal(status).state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(status.deviations()).anySatisfy(d -> assertThat(d.text()).contains("overdue"));
    // Past the timeline's last day (nothing changes after day 84), phase two's state goes on.
    assertThat(status.phase().orElseThrow().name()).isEqualTo("two");
    assertThat(status.hostilities().state()).isEqualTo("ended");
  }

  @Test
  void beforeTheAmendmentTheFirstVersionGoverns() {
    Status status = status(Optional.of("cessation-in-force"), LocalDateTime.of(2025, 1, 26, 12, 0));

    assertThat(status.version()).isEqualTo("v1");
    assertThat(status.day()).isEqualTo(61);
    assertThat(withdrawal(status).state()).isEqualTo(ObligationState.OVERDUE);
  }

  @Test
  void withoutAmendsANewEntryIntoForceStartsANewCount() {
    Status status = status(Optional.empty(), LocalDateTime.of(2025, 2, 1, 12, 0));

    assertThat(status.day()).isEqualTo(6);
    assertThat(status.inForce().amends()).isEmpty();
  }
}
