package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.Confidence;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.NotMonitored;
import org.truce.ledger.Provenance;
import org.truce.ledger.Total;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/**
 * A small agreement for the monitor's tests of what is still held, what is monitored and totals
 * (docs/monitor.md): a line of known status, one of status unknown at signing, a ratio and a
 * delivery per day; and entries built with a source each.
 */
final class HeldFixture {
  static final LocalDate START = LocalDate.of(2025, 1, 19);

  static final String TEXT =
      """
      agreement "Held"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas {
        hostage.living.civilian 20 "civilians"
        hostage.unknown 8 "living or dead" either hostage.living or hostage.remains
      }
      held by israel { prisoner about 1000 }
      interest israel: all hostage released by hamas
      interest hamas: released prisoner >= 1
      phase one "Pause" lasts 42 days {
        hostilities paused
        [1.1] hamas releases 20 hostage.living.civilian by day 5
        [1.2] hamas releases 8 hostage.unknown by day 10
        [1.3] israel releases 30 prisoner for each hostage.living.civilian released
        [1.4 "Aid"] israel allows 100 aid.truck per day
      }
      """;

  private HeldFixture() {}

  static DossierVersions versions() {
    ModelResult result = ModelBuilder.load(new SourceText("held.truce", TEXT));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return new DossierVersions(Map.of("v1", result.agreement().orElseThrow()));
  }

  static Entry entry(String id, LocalDate date, String source, Entry.Body body) {
    return new Entry(
        id,
        date,
        body,
        new Provenance(
            source,
            Optional.empty(),
            Optional.empty(),
            false,
            Confidence.REPORTED,
            Optional.empty()),
        Optional.empty());
  }

  static Entry release(String id, int day, String by, String category, long count) {
    return release(id, day, EntryKind.RELEASE, by, category, count);
  }

  static Entry release(String id, int day, EntryKind kind, String by, String category, long count) {
    return entry(
        id,
        START.plusDays(day - 1L),
        "ICRC",
        new Event.Release(
            kind,
            by,
            category,
            count,
            Event.Counted.IN_DEAL,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.of(LocalTime.of(12, 0)),
            Optional.empty()));
  }

  static Entry notMonitored(String id, int day, String clause) {
    return entry(
        id,
        START.plusDays(day - 1L),
        "monitoring cell",
        new NotMonitored(clause, "no source records the trucks that enter"));
  }

  static Entry total(String id, int day, String source, String category, long count) {
    return entry(
        id,
        START.plusDays(day - 1L),
        source,
        new Total("hamas", category, count, Optional.empty(), Optional.empty()));
  }

  static Entry dayTotal(String id, int day, int on, String category, long count) {
    return entry(
        id,
        START.plusDays(day - 1L),
        "Hamas statement",
        new Total(
            "hamas", category, count, Optional.of(START.plusDays(on - 1L)), Optional.empty()));
  }

  /** Both readings at noon of {@code day}, the entry into force first. */
  static Monitor.Readings readings(int day, List<Entry> events) {
    List<Entry> entries = new ArrayList<>();
    entries.add(
        entry(
            "in-force",
            START,
            "Reuters",
            new Event.InForce("v1", Optional.of(LocalTime.of(8, 30)))));
    entries.addAll(events);
    LocalDateTime at = START.plusDays(day - 1L).atTime(13, 0);
    return Monitor.readings(versions(), entries, at, CountingPolicy.LIST).orElseThrow();
  }

  static Status status(int day, List<Entry> events) {
    return readings(day, events).chosen();
  }
}
