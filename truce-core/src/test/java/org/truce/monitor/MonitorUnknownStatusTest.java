package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.truce.monitor.Status.RatioVerdict;
import org.truce.render.monitor.StatusJson;
import org.truce.source.SourceText;

/**
 * The monitor's reading of units whose status is unknown at signing (docs/semantics.md "Status
 * unknown at signing", docs/monitor.md): a release of the line fulfils its obligation whatever the
 * status; the ratio that answers a status is pending, with what is due as a range, until the status
 * is recorded; recorded by status, the units count toward the line and the ratio is judged.
 */
class MonitorUnknownStatusTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);

  private static final String TEXT =
      """
      agreement "Unknown"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas {
        hostage.unknown 8 "living or dead" either hostage.living or hostage.remains
      }
      held by israel { prisoner 1000 }
      interest israel: all hostage released by hamas
      interest hamas: released prisoner >= 1
      phase one "Pause" lasts 42 days {
        hostilities paused
        hamas releases 8 hostage.unknown on day 1
        israel releases 30 prisoner for each hostage.living released
      }
      """;

  private static DossierVersions versions() {
    ModelResult result = ModelBuilder.load(new SourceText("unknown.truce", TEXT));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return new DossierVersions(Map.of("v1", result.agreement().orElseThrow()));
  }

  private static Entry entry(String id, Entry.Body body) {
    return new Entry(
        id,
        START,
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

  private static Entry release(String id, String by, String category, long count) {
    return entry(
        id,
        new Event.Release(
            EntryKind.RELEASE,
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

  private static Monitor.Readings readings(List<Entry> events) {
    List<Entry> entries = new ArrayList<>();
    entries.add(entry("in-force", new Event.InForce("v1", Optional.of(LocalTime.of(8, 30)))));
    entries.addAll(events);
    return Monitor.readings(
            versions(), entries, START.plusDays(3).atTime(9, 0), CountingPolicy.LIST)
        .orElseThrow();
  }

  private static Status status(List<Entry> events) {
    return readings(events).chosen();
  }

  private static ObligationLine release(Status status) {
    return status.obligations().stream()
        .filter(o -> o.what().startsWith("releases 8 hostage.unknown"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void beforeTheStatusIsRecordedTheRatioIsPendingWithTheRangeDue() {
    Status status =
        status(
            List.of(
                release("r", "hamas", "hostage.unknown", 8),
                release("p", "israel", "prisoner", 150)));
    assertThat(release(status).state()).isEqualTo(ObligationState.FULFILLED);
    RatioLine ratio = status.ratios().getFirst();
    assertThat(ratio.verdict()).isEqualTo(RatioVerdict.PENDING);
    assertThat(ratio.units()).isZero();
    assertThat(ratio.pendingStatus()).isEqualTo(8);
    assertThat(ratio.due()).isZero();
    assertThat(ratio.mostDue()).isEqualTo(240);
    assertThat(StatusJson.render(readings(List.of(release("r", "hamas", "hostage.unknown", 8)))))
        .contains("\"pendingStatus\" : 8")
        .contains("\"mostDue\" : 240");
  }

  @Test
  void recordedByStatusTheUnitsFulfilTheLineAndTheRatioIsJudged() {
    Status status =
        status(
            List.of(
                release("l", "hamas", "hostage.living", 6),
                release("d", "hamas", "hostage.remains", 2),
                release("p", "israel", "prisoner", 150)));
    assertThat(release(status).state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(release(status).done()).isEqualTo(8);
    RatioLine ratio = status.ratios().getFirst();
    assertThat(ratio.pendingStatus()).isZero();
    assertThat(ratio.units()).isEqualTo(6);
    assertThat(ratio.due()).isEqualTo(180);
    assertThat(ratio.verdict()).isEqualTo(RatioVerdict.SHORT);
  }

  @Test
  void aReleaseShortOfTheLineIsOverdueWhateverTheStatus() {
    Status status = status(List.of(release("l", "hamas", "hostage.living", 5)));
    assertThat(release(status).state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(release(status).done()).isEqualTo(5);
  }
}
