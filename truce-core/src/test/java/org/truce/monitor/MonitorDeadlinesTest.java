package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Done;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.monitor.Status.ObligationState;
import org.truce.render.monitor.StatusJson;
import org.truce.render.monitor.StatusText;
import org.truce.testing.Golden;
import org.truce.testing.LedgerEntries;

/**
 * Withdrawals and undertakings with a deadline in the monitor (docs/monitor.md, "Deadlines, done
 * and done in part"): due by their day, done when an entry records them in full, done in part never
 * counted as done, and still owed after their phase has ended.
 */
class MonitorDeadlinesTest {
  /** Day N of the agreement is the date START + N - 1 (the days begin at midnight). */
  static final LocalDate START = LocalDate.of(2024, 11, 27);

  static final String TEXT =
      """
      agreement "Cessation of hostilities"
        version "v1"
        starts 2024-11-27 00:00
      party israel "Israel"
      party lebanon "Lebanon"
      interest israel: hostilities paused
      interest lebanon: hostilities paused
      phase one "Withdrawal and deployment" lasts 30 days {
        hostilities paused
        [5 "Deployment"]
        lebanon undertakes "deploy the army along the border" by day 20
        [6 "Maps"]
        lebanon undertakes "hand over the maps of the minefields" from day 5 by day 10
        [7 "Armed groups"]
        lebanon undertakes "prevent armed groups from operations"
        [8 "Crossings"]
        lebanon undertakes "open the crossings" by day 40 of the agreement
        [9 "Airport"]
        lebanon undertakes "reopen the airport" by 2024-12-10
        [12 "Withdrawal"]
        israel withdraws from "the south" by day 30
      }
      phase two "Cessation" lasts indefinitely, begins after one {
        hostilities paused
      }
      """;

  static DossierVersions versions() {
    return LedgerEntries.versions("deadlines.truce", TEXT);
  }

  static List<Entry> inForce() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.MIDNIGHT));
    return entries;
  }

  /** A `done` entry of lebanon on day {@code day}, in full or, with {@code remaining}, in part. */
  static Entry done(String id, String clause, long day, Optional<String> remaining) {
    return LedgerEntries.entry(
        id,
        START.plusDays(day - 1),
        new Done("lebanon", clause, remaining, Optional.empty(), Optional.empty()));
  }

  static Entry withdrawal(String id, long day, Optional<String> remaining) {
    return LedgerEntries.entry(
        id,
        START.plusDays(day - 1),
        new Event.Withdrawal(
            "israel",
            "the south",
            Optional.of("12"),
            Optional.empty(),
            Optional.empty(),
            remaining));
  }

  /** The status at the end of day {@code day}. */
  static Status status(List<Entry> entries, long day) {
    return Monitor.status(
            versions(),
            entries,
            START.plusDays(day - 1).atTime(Monitor.END_OF_DATE),
            CountingPolicy.LIST)
        .orElseThrow();
  }

  static Optional<ObligationLine> line(Status status, String clause) {
    return status.obligations().stream()
        .filter(o -> o.clause().startsWith("clause " + clause + " "))
        .findFirst();
  }

  static ObligationLine line(List<Entry> entries, long day, String clause) {
    return line(status(entries, day), clause).orElseThrow();
  }

  @Test
  void anUndertakingWithADeadlineIsDueThenOverdueOnceAndStaysOwedAfterItsPhase() {
    assertThat(line(inForce(), 10, "5").state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(line(inForce(), 20, "5").state()).isEqualTo(ObligationState.DUE_TODAY);
    ObligationLine late = line(inForce(), 25, "5");
    assertThat(late.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(late.daysLate()).isEqualTo(5);
    assertThat(late.dueDay()).isEqualTo(20);
    // Phase one ended on day 30: what it made due by day 20 is still owed on day 45.
    Status after = status(inForce(), 45);
    assertThat(after.phase().orElseThrow().name()).isEqualTo("two");
    assertThat(line(after, "5").orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(line(after, "5").orElseThrow().daysLate()).isEqualTo(25);
    // One deviation for it, not one per day.
    assertThat(after.deviations().stream().filter(d -> d.clause().startsWith("clause 5 ")))
        .singleElement()
        .satisfies(d -> assertThat(d.text()).endsWith("0 of 1 done, 25 days overdue"));
  }

  @Test
  void anUndertakingWithNoDeadlineIsInForceWhileItsPhaseIsOnly() {
    assertThat(line(inForce(), 10, "7").state()).isEqualTo(ObligationState.IN_FORCE);
    assertThat(line(status(inForce(), 45), "7")).isEmpty();
  }

  @Test
  void doneOnTimeIsFulfilledWithNoDeviation() {
    List<Entry> entries = inForce();
    entries.add(done("deployed", "5", 18, Optional.empty()));
    Status status = status(entries, 45);
    ObligationLine line = line(status, "5").orElseThrow();
    assertThat(line.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(line.daysLate()).isZero();
    assertThat(line.done()).isEqualTo(1);
    assertThat(status.deviations()).noneMatch(d -> d.clause().startsWith("clause 5 "));
  }

  @Test
  void doneLateIsFulfilledLateWithOneDeviationCitingTheEntry() {
    List<Entry> entries = inForce();
    entries.add(done("deployed", "Deployment", 23, Optional.empty()));
    Status status = status(entries, 45);
    ObligationLine line = line(status, "5").orElseThrow();
    assertThat(line.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(line.daysLate()).isEqualTo(3);
    assertThat(status.deviations().stream().filter(d -> d.clause().startsWith("clause 5 ")))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).endsWith("due on day 20: fulfilled 3 days late");
              assertThat(d.entries()).containsExactly("deployed");
            });
    String text =
        StatusText.render(
            Monitor.readings(versions(), entries, at(45), CountingPolicy.LIST).orElseThrow());
    assertThat(text)
        .contains(
            "lebanon undertakes \"deploy the army along the border\": fulfilled on day 23"
                + " (2024-12-19) by entry deployed, 3 days late [clause 5 \"Deployment\"]");
  }

  @Test
  void partlyDoneThenDone() {
    List<Entry> entries = inForce();
    entries.add(done("deployed-west", "5", 15, Optional.of("the eastern sector")));
    ObligationLine before = line(entries, 25, "5");
    assertThat(before.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(before.done()).isZero();
    assertThat(before.performed())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.day()).isEqualTo(15);
              assertThat(p.entry()).isEqualTo("deployed-west");
              assertThat(p.remaining()).contains("the eastern sector");
            });
    entries.add(done("deployed-east", "5", 27, Optional.empty()));
    ObligationLine after = line(entries, 30, "5");
    assertThat(after.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(after.daysLate()).isEqualTo(7);
    assertThat(after.performed())
        .extracting(Status.Performed::entry)
        .containsExactly("deployed-west", "deployed-east");
  }

  @Test
  void aPartialFulfilmentNeverCountsAsDone() {
    List<Entry> entries = inForce();
    entries.add(done("first", "5", 12, Optional.of("the eastern sector")));
    entries.add(done("second", "5", 19, Optional.of("two crossings")));
    assertThat(line(entries, 19, "5").state()).isEqualTo(ObligationState.UPCOMING);
    Status status = status(entries, 22);
    ObligationLine line = line(status, "5").orElseThrow();
    assertThat(line.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(line.done()).isZero();
    assertThat(status.deviations().stream().filter(d -> d.clause().startsWith("clause 5 ")))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text())
                  .isEqualTo(
                      "lebanon undertakes \"deploy the army along the border\" due on day 20:"
                          + " partly done on day 12 by entry first, remaining: the eastern"
                          + " sector; partly done on day 19 by entry second, remaining: two"
                          + " crossings; 0 of 1 done, 2 days overdue");
              assertThat(d.entries()).containsExactly("first", "second");
            });
  }

  @Test
  void aWithdrawalDoneInPartSaysWhatRemainsAndStaysOverdue() {
    List<Entry> entries = inForce();
    entries.add(withdrawal("villages", 30, Optional.of("five positions")));
    String text =
        StatusText.render(
            Monitor.readings(versions(), entries, at(31), CountingPolicy.LIST).orElseThrow());
    assertThat(text)
        .contains(
            "israel withdraws from \"the south\": partly done on day 30 (2024-12-26) by entry"
                + " villages, remaining: five positions; overdue since day 30 (2024-12-26): 0 of"
                + " 1, 1 day late [clause 12 \"Withdrawal\"]")
        .contains(
            "day 30 (2024-12-26): israel withdraws from \"the south\" due on day 30: partly done"
                + " on day 30 by entry villages, remaining: five positions; 0 of 1 done, 1 day"
                + " overdue (entries villages) [clause 12 \"Withdrawal\"]");
  }

  @Test
  void fromDayByDayIsInProgressFromItsFirstDay() {
    assertThat(line(inForce(), 3, "6").state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(line(inForce(), 6, "6").state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(line(inForce(), 10, "6").state()).isEqualTo(ObligationState.DUE_TODAY);
    assertThat(line(inForce(), 11, "6").state()).isEqualTo(ObligationState.OVERDUE);
  }

  @Test
  void aDeadlineInDaysOfTheAgreementOrADateOutlivesThePhase() {
    assertThat(line(inForce(), 35, "8").state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(line(inForce(), 41, "8").daysLate()).isEqualTo(1);
    // by 2024-12-10: day 14 of the agreement
    assertThat(line(inForce(), 10, "9").dueDay()).isEqualTo(14);
    List<Entry> entries = inForce();
    entries.add(done("airport", "9", 33, Optional.empty()));
    ObligationLine airport = line(entries, 40, "9");
    assertThat(airport.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(airport.daysLate()).isEqualTo(19);
  }

  @Test
  void theOrderOfRecordingNeverChangesTheStatus() {
    List<Entry> entries = inForce();
    entries.add(done("b-complete", "5", 22, Optional.empty()));
    entries.add(done("a-partial", "5", 22, Optional.of("the eastern sector")));
    entries.add(done("c-partial", "5", 16, Optional.of("the border")));
    entries.add(withdrawal("w2", 31, Optional.empty()));
    entries.add(withdrawal("w1", 28, Optional.of("five positions")));
    Status first = status(entries, 40);
    List<Entry> reversed = new ArrayList<>(entries.subList(1, entries.size()).reversed());
    reversed.addFirst(entries.getFirst());
    assertThat(status(reversed, 40)).isEqualTo(first);
    assertThat(line(first, "5").orElseThrow().performed())
        .extracting(Status.Performed::entry)
        .containsExactly("c-partial", "a-partial", "b-complete");
  }

  @Test
  void goldenStatusAndJson() {
    List<Entry> entries = inForce();
    entries.add(done("deployed-west", "5", 15, Optional.of("the eastern sector")));
    entries.add(done("maps", "Maps", 9, Optional.empty()));
    entries.add(withdrawal("villages", 30, Optional.of("five positions")));
    Monitor.Readings readings =
        Monitor.readings(versions(), entries, at(32), CountingPolicy.LIST).orElseThrow();
    var dir = Golden.resources().resolve("monitor/deadlines");
    Golden.assertMatches(dir.resolve("status.txt"), StatusText.render(readings));
    Golden.assertMatches(dir.resolve("status.json"), StatusJson.render(readings));
  }

  static java.time.LocalDateTime at(long day) {
    return START.plusDays(day - 1).atTime(Monitor.END_OF_DATE);
  }
}
