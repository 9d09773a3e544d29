package org.truce.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.Confidence;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Provenance;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/** Small dossiers for tests: one version `v1` of a text, and ledger entries on dates. */
public final class LedgerEntries {
  private LedgerEntries() {}

  /** The text as version `v1`; it must load without errors. */
  public static DossierVersions versions(String name, String text) {
    ModelResult result = ModelBuilder.load(new SourceText(name, text));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return new DossierVersions(Map.of("v1", result.agreement().orElseThrow()));
  }

  /** An entry reported by a test source, nothing more said of it. */
  public static Entry entry(String id, LocalDate date, Entry.Body body) {
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

  /** Version `v1` in force on {@code date} at {@code time}. */
  public static Entry inForce(LocalDate date, LocalTime time) {
    return entry("in-force", date, new Event.InForce("v1", Optional.of(time)));
  }

  /** A release counted in the deal, at noon. */
  public static Entry released(
      String id, LocalDate date, String party, String category, long count) {
    return entry(
        id,
        date,
        new Event.Release(
            EntryKind.RELEASE,
            party,
            category,
            count,
            Event.Counted.IN_DEAL,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.of(LocalTime.of(12, 0)),
            Optional.empty()));
  }
}
