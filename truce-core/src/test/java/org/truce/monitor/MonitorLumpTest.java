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
 * The monitor's reading of a lump release (docs/semantics.md, "Lump releases"): upcoming with "k of
 * 15 released" while the group is incomplete, due on the day it is complete plus {@code within},
 * overdue after, fulfilled by the lump party's releases from the day the group is complete.
 */
class MonitorLumpTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);

  private static final String TEXT =
      """
      agreement "Lump"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 15 }
      held by israel { prisoner 500 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 42 days {
        hostilities paused
        hamas releases 15 hostage.living.civilian by day 20
        israel releases 120 prisoner for the 15 hostage.living.civilian released by hamas within 2 days
      }
      """;

  private static DossierVersions versions() {
    return LedgerEntries.versions("lump.truce", TEXT);
  }

  private static List<Entry> inForce() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    return entries;
  }

  private static Entry released(String id, String party, String what, long day, long count) {
    return LedgerEntries.released(id, START.plusDays(day - 1), party, what, count);
  }

  private static ObligationLine lump(List<Entry> entries, long day) {
    LocalDateTime at = START.plusDays(day - 1).atTime(20, 0);
    Status status = Monitor.status(versions(), entries, at, CountingPolicy.LIST).orElseThrow();
    assertThat(status.ratios()).isEmpty();
    return status.obligations().stream()
        .filter(line -> line.party().equals("israel"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void upcomingWithTheCountWhileTheGroupIsIncomplete() {
    List<Entry> entries = inForce();
    entries.add(released("first", "hamas", "hostage.living.civilian", 3, 10));
    ObligationLine line = lump(entries, 30);
    assertThat(line.state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(line.what()).contains("(10 of 15 released)");
    assertThat(line.required()).isEqualTo(120);
  }

  @Test
  void dueWithinTheDaysAfterTheGroupIsCompleteThenOverdue() {
    List<Entry> entries = inForce();
    entries.add(released("first", "hamas", "hostage.living.civilian", 3, 10));
    entries.add(released("rest", "hamas", "hostage.living.civilian", 9, 5));
    assertThat(lump(entries, 10).state()).isEqualTo(ObligationState.UPCOMING);
    ObligationLine due = lump(entries, 11);
    assertThat(due.state()).isEqualTo(ObligationState.DUE_TODAY);
    assertThat(due.dueDay()).isEqualTo(11);
    ObligationLine late = lump(entries, 14);
    assertThat(late.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(late.daysLate()).isEqualTo(3);
  }

  @Test
  void fulfilledByTheLumpPartysReleasesOnceTheGroupIsComplete() {
    List<Entry> entries = inForce();
    entries.add(released("all", "hamas", "hostage.living.civilian", 9, 15));
    entries.add(released("lump", "israel", "prisoner", 10, 120));
    ObligationLine line = lump(entries, 14);
    assertThat(line.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(line.done()).isEqualTo(120);
    assertThat(line.daysLate()).isZero();
  }

  private static final String WITH_RATIO =
      """
      agreement "Lump and ratio"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 15  hostage.living.soldier 2 }
      held by israel { prisoner 500 }
      phase one "Calm" lasts 42 days {
        hostilities paused
        hamas releases 15 hostage.living.civilian by day 20
        hamas releases 2 hostage.living.soldier by day 20
        [1.3] israel releases 50 prisoner for each hostage.living.soldier released by hamas
        [1.4] israel releases 120 prisoner for the 15 hostage.living.civilian released by hamas within 2 days
      }
      """;

  @Test
  void aPrisonerCountedTowardARatioIsNotCountedAgainTowardALump() {
    List<Entry> entries = inForce();
    entries.add(released("civilians", "hamas", "hostage.living.civilian", 3, 15));
    entries.add(released("soldiers", "hamas", "hostage.living.soldier", 4, 2));
    entries.add(released("prisoners", "israel", "prisoner", 4, 120));
    Status status =
        Monitor.status(
                LedgerEntries.versions("lump-ratio.truce", WITH_RATIO),
                entries,
                START.plusDays(6).atTime(20, 0),
                CountingPolicy.LIST)
            .orElseThrow();
    ObligationLine lump =
        status.obligations().stream()
            .filter(line -> line.clause().equals("clause 1.4"))
            .findFirst()
            .orElseThrow();
    // The 100 the soldiers call for, due on day 4, take their share first: 20 are left.
    assertThat(lump.done()).isEqualTo(20);
    assertThat(lump.state()).isEqualTo(ObligationState.OVERDUE);
    long counted =
        status.obligations().stream()
            .filter(line -> line.party().equals("israel"))
            .mapToLong(ObligationLine::done)
            .sum();
    assertThat(counted).isEqualTo(120);
  }
}
