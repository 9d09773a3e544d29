package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Confidence;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Provenance;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.monitor.Status.ObligationState;
import org.truce.source.SourceText;

/**
 * The monitor's reading of a release due by a day of the agreement after its phase has ended
 * (docs/semantics.md, "Deadlines in days of the agreement"): upcoming until its day, also once the
 * phase has ended, due on it, overdue after; units released while the phase was in force count.
 */
class MonitorAgreementDayReleaseTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);

  private static final String TEXT =
      """
      agreement "Window"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.soldier 13  hostage.living.civilian 4 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 42 days {
        hostilities paused
        hamas releases 13 hostage.living.soldier by day 56 of the agreement
        hamas releases 4 hostage.living.civilian between day 60 and day 62 of the agreement
      }
      phase two "Talks" lasts 28 days, begins after one {
        hostilities ended
      }
      """;

  private static DossierVersions versions() {
    ModelResult result = ModelBuilder.load(new SourceText("agreement-day.truce", TEXT));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return new DossierVersions(Map.of("v1", result.agreement().orElseThrow()));
  }

  private static Entry entry(String id, LocalDate date, Entry.Body body) {
    return new Entry(
        id,
        date,
        body,
        new Provenance(
            "test",
            Optional.empty(),
            Optional.empty(),
            false,
            Confidence.REPORTED,
            Optional.empty()),
        Optional.empty());
  }

  private static List<Entry> inForce() {
    List<Entry> entries = new ArrayList<>();
    entries.add(
        entry("in-force", START, new Event.InForce("v1", Optional.of(LocalTime.of(8, 30)))));
    return entries;
  }

  private static Entry released(String id, long day, long count) {
    return entry(
        id,
        START.plusDays(day - 1),
        new Event.Release(
            EntryKind.RELEASE,
            "hamas",
            "hostage.living.soldier",
            count,
            Event.Counted.IN_DEAL,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.of(LocalTime.of(12, 0)),
            Optional.empty()));
  }

  private static ObligationLine window(long day) {
    LocalDateTime at = START.plusDays(day - 1).atTime(20, 0);
    Status status = Monitor.status(versions(), inForce(), at, CountingPolicy.LIST).orElseThrow();
    return status.obligations().stream()
        .filter(line -> line.what().contains("civilian"))
        .findFirst()
        .orElseThrow();
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
  void upcomingAfterThePhaseEndedDueOnTheDayOverdueAfter() {
    assertThat(release(inForce(), 30).state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(release(inForce(), 50).state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(release(inForce(), 56).state()).isEqualTo(ObligationState.DUE_TODAY);
    ObligationLine late = release(inForce(), 58);
    assertThat(late.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(late.daysLate()).isEqualTo(2);
    assertThat(late.dueDay()).isEqualTo(56);
  }

  @Test
  void unitsReleasedDuringThePhaseCountTowardIt() {
    List<Entry> entries = inForce();
    entries.add(released("first", 20, 6));
    ObligationLine open = release(entries, 45);
    assertThat(open.done()).isEqualTo(6);
    entries.add(released("rest", 50, 7));
    ObligationLine done = release(entries, 58);
    assertThat(done.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(done.daysLate()).isZero();
  }

  @Test
  void aWindowInDaysOfTheAgreementIsInProgressFromItsFirstDay() {
    assertThat(window(59).state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(window(60).state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(window(61).state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(window(62).state()).isEqualTo(ObligationState.DUE_TODAY);
    assertThat(window(63).state()).isEqualTo(ObligationState.OVERDUE);
  }
}
