package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * The monitor's reading of sub-quotas (docs/semantics.md, "Sub-quotas"): each day's deliveries are
 * judged against the total and against each category floor; a floor in words is listed, not judged.
 */
class MonitorSubQuotaTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);

  private static final String TEXT =
      """
      agreement "Aid"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      interest israel: hostilities paused
      interest hamas: hostilities paused
      phase one "Pause" lasts 42 days {
        hostilities paused
        israel allows 600 aid.truck per day, of which 50 aid.truck.fuel and 300 "to the north"
      }
      """;

  private static DossierVersions versions() {
    return LedgerEntries.versions("aid.truce", TEXT);
  }

  private static Entry aid(String id, String what, long count) {
    return LedgerEntries.entry(
        id,
        START,
        new Event.Aid(
            what,
            count,
            Optional.empty(),
            Optional.of("israel"),
            Optional.empty(),
            Optional.of(LocalTime.of(12, 0)),
            Optional.empty()));
  }

  private static List<ObligationLine> dayOne(List<Entry> aid) {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    entries.addAll(aid);
    Status status =
        Monitor.status(versions(), entries, START.plusDays(1).atTime(9, 0), CountingPolicy.LIST)
            .orElseThrow();
    return status.obligations().stream().filter(line -> line.dueDay() == 1).toList();
  }

  private static ObligationLine line(List<ObligationLine> lines, String start) {
    return lines.stream().filter(l -> l.what().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aDayShortOfFuelIsOverdueOnTheFuelFloorWhileTheTotalIsMet() {
    List<ObligationLine> lines =
        dayOne(List.of(aid("a", "aid.truck", 580), aid("f", "aid.truck.fuel", 30)));
    ObligationLine total = line(lines, "allows 600 aid.truck");
    assertThat(total.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(total.done()).isEqualTo(600);
    ObligationLine fuel = line(lines, "allows at least 50 aid.truck.fuel");
    assertThat(fuel.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(fuel.required()).isEqualTo(50);
    assertThat(fuel.done()).isEqualTo(30);
    assertThat(fuel.what()).isEqualTo("allows at least 50 aid.truck.fuel (of 600 aid.truck)");
  }

  @Test
  void fuelTrucksCountTowardTheTotalAndTheFloor() {
    List<ObligationLine> lines =
        dayOne(List.of(aid("a", "aid.truck", 550), aid("f", "aid.truck.fuel", 50)));
    assertThat(line(lines, "allows 600 aid.truck").state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(line(lines, "allows at least 50 aid.truck.fuel").state())
        .isEqualTo(ObligationState.FULFILLED);
  }

  @Test
  void aFloorInWordsIsListedOnceNotJudged() {
    Status status =
        Monitor.status(
                versions(),
                List.of(
                    LedgerEntries.entry(
                        "in-force",
                        START,
                        new Event.InForce("v1", Optional.of(LocalTime.of(8, 30))))),
                START.plusDays(3).atTime(8, 0),
                CountingPolicy.LIST)
            .orElseThrow();
    List<ObligationLine> north =
        status.obligations().stream().filter(l -> l.what().contains("to the north")).toList();
    assertThat(north).hasSize(1);
    assertThat(north.get(0).state()).isEqualTo(ObligationState.IN_FORCE);
    assertThat(north.get(0).what())
        .isEqualTo(
            "allows at least 300 \"to the north\" (of 600 aid.truck): not recorded in the"
                + " ledger, check by hand");
  }
}
