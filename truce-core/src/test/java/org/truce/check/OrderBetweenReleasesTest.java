package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.Repository.root;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.monitor.CountingPolicy;
import org.truce.monitor.Monitor;
import org.truce.monitor.Status;
import org.truce.source.Sources;
import org.truce.testing.Interpreter;
import org.truce.testing.LedgerEntries;
import org.truce.testing.WitnessReplay;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineEvent;

/**
 * Orders between releases (docs/semantics.md, "Order between releases") on the fuzz seed
 * order-between-releases.truce: south owes 4 civilians by day 6 and 2 soldiers on day 3, civilians
 * first (clause 1.3). Compliant runs and the timeline release the civilians by day 3; under {@code
 * --adversary south} the soldiers may come first, a breach of 1.3 that lets north resume; the
 * monitor flags such a release on its day, and reports a substitution as one.
 */
class OrderBetweenReleasesTest {
  private static ModelResult text() {
    ModelResult result =
        ModelBuilder.load(
            Sources.read(
                    root()
                        .resolve(
                            "truce-core/src/test/resources/fuzz/agreements/"
                                + "order-between-releases.truce"))
                .source());
    assertThat(result.diagnostics()).isEmpty();
    return result;
  }

  private static Agreement agreement() {
    return text().agreement().orElseThrow();
  }

  private static CheckReport check(CheckOptions options) {
    ModelResult r = text();
    return Checker.check(r.agreement().orElseThrow(), r.sourceMap(), options);
  }

  private static Analysis analysis(CheckReport report, String name) {
    return report.analyses().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no analysis " + name));
  }

  @Test
  void compliantRunsKeepTheOrderSoNoRightApplies() {
    CheckReport report = check(CheckOptions.defaults());

    assertThat(report.analyses()).allSatisfy(a -> assertThat(a.verdict()).isEqualTo(Verdict.HOLDS));
  }

  @Test
  void theAdversaryMayReleaseSoldiersFirstABreachOfTheOrder() {
    CheckReport report = check(CheckOptions.defaults().withAdversary("south"));

    Analysis exposure = analysis(report, "exposure(south)");
    assertThat(exposure.verdict()).isEqualTo(Verdict.VIOLATED);
    List<WitnessEvent> events = exposure.witness().orElseThrow().events();
    assertThat(events)
        .filteredOn(e -> e.kind().equals("breach"))
        .anySatisfy(
            e -> {
              assertThat(e.clause().id()).contains("1.3");
              assertThat(e.facts())
                  .containsEntry("category", "detainee.soldier")
                  .containsEntry("before", "detainee.civilian");
            });
    assertThat(events)
        .filteredOn(e -> e.kind().equals("finding"))
        .anySatisfy(e -> assertThat(e.text()).isEqualTo("north may resume hostilities"));
  }

  @Test
  void everyWitnessReplaysThroughTheInterpreter() {
    ModelResult r = text();
    for (Optional<String> adversary :
        List.of(Optional.<String>empty(), Optional.of("south"), Optional.of("north"))) {
      CheckOptions options = CheckOptions.defaults();
      if (adversary.isPresent()) {
        options = options.withAdversary(adversary.get());
      }
      CheckReport report = Checker.check(r.agreement().orElseThrow(), r.sourceMap(), options);
      for (Analysis a : report.analyses()) {
        a.witness()
            .ifPresent(
                w ->
                    WitnessReplay.replay(
                        new Interpreter(r.agreement().orElseThrow(), adversary), w));
      }
    }
  }

  @Test
  void theTimelinePlacesTheCiviliansByTheDayTheSoldiersAreDue() {
    Timeline timeline = TimelineBuilder.build(agreement());

    Map<String, Long> dayOf = new java.util.HashMap<>();
    for (Timeline.Day day : timeline.days()) {
      for (TimelineEvent e : day.events()) {
        if (e instanceof TimelineEvent.Released r && r.count() > 0) {
          dayOf.putIfAbsent(r.category().path(), day.day());
        }
      }
    }
    assertThat(dayOf).containsEntry("detainee.civilian", 3L).containsEntry("detainee.soldier", 3L);
  }

  // ---- the monitor ---------------------------------------------------------------------------

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private static Event.Release release(String category, long count, Optional<String> instead) {
    return new Event.Release(
        EntryKind.RELEASE,
        "south",
        category,
        count,
        Event.Counted.IN_DEAL,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        instead);
  }

  private static Status status(List<Entry> entries, long day) {
    DossierVersions versions = new DossierVersions(Map.of("v1", agreement()));
    return Monitor.status(
            versions, entries, START.plusDays(day - 1).atTime(23, 0), CountingPolicy.LIST)
        .orElseThrow();
  }

  private static List<Entry> inForce() {
    List<Entry> entries = new ArrayList<>();
    entries.add(
        LedgerEntries.entry(
            "in-force", START, new Event.InForce("v1", Optional.of(LocalTime.MIDNIGHT))));
    return entries;
  }

  @Test
  void theMonitorFlagsSoldiersReleasedWhileCiviliansAreStillDueOnThatDay() {
    List<Entry> entries = inForce();
    entries.add(
        LedgerEntries.entry(
            "civilians", START.plusDays(1), release("detainee.civilian", 2, Optional.empty())));
    entries.add(
        LedgerEntries.entry(
            "soldiers", START.plusDays(2), release("detainee.soldier", 2, Optional.empty())));

    Status status = status(entries, 4);

    assertThat(status.deviations())
        .filteredOn(d -> d.text().contains("breach of the order"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.day()).isEqualTo(3);
              assertThat(d.entries()).containsExactly("soldiers");
              assertThat(d.clause()).contains("1.3");
              assertThat(d.text()).contains("while 2 of the 4 detainee.civilian");
            });
    assertThat(status.substitutions()).isEmpty();
  }

  @Test
  void civiliansFirstOnTheSameDayKeepTheOrder() {
    List<Entry> entries = inForce();
    entries.add(
        LedgerEntries.entry(
            "soldiers", START.plusDays(2), release("detainee.soldier", 2, Optional.empty())));
    entries.add(
        LedgerEntries.entry(
            "civilians", START.plusDays(2), release("detainee.civilian", 4, Optional.empty())));

    assertThat(status(entries, 4).deviations())
        .noneSatisfy(d -> assertThat(d.text()).contains("breach of the order"));
  }

  @Test
  void aSubstitutionIsReportedAsSuchNotAsABreach() {
    List<Entry> entries = inForce();
    entries.add(
        LedgerEntries.entry(
            "civilians", START.plusDays(1), release("detainee.civilian", 2, Optional.empty())));
    entries.add(
        LedgerEntries.entry(
            "soldier-for-civilian",
            START.plusDays(1),
            release("detainee.soldier", 2, Optional.of("detainee.civilian"))));

    Status status = status(entries, 4);

    assertThat(status.deviations())
        .noneSatisfy(d -> assertThat(d.text()).contains("breach of the order"));
    assertThat(status.substitutions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.day()).isEqualTo(2);
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.category()).isEqualTo("detainee.soldier");
              assertThat(s.substitutes()).isEqualTo("detainee.civilian");
              assertThat(s.entry()).isEqualTo("soldier-for-civilian");
            });
  }
}
