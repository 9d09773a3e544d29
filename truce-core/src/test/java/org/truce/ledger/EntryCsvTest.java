package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;
import org.truce.testing.Golden;

/**
 * Events in CSV: a row is read as the journal entry it spells, and every diagnostic points at the
 * cell it is about (golden files under {@code src/test/resources/events-csv}).
 */
class EntryCsvTest {
  private static final Path DIR = Golden.resources().resolve("events-csv");

  private static String check(String name) throws IOException, LedgerConflict {
    LoadedSource csv = Sources.read(DIR.resolve(name), "events-csv/" + name);
    EntryCsv.Read read = EntryCsv.read(csv.source());
    if (read.journal().isEmpty()) {
      return DiagnosticRenderer.render(csv.source(), read.diagnostics());
    }
    try (MemoryLedger ledger = new MemoryLedger()) {
      ledger.append(
          Journal.parse(Sources.read(Golden.resources().resolve("events/held.journal")).source())
              .entries()
              .stream()
              .map(JournalEntry::entry)
              .filter(e -> e.kind() == EntryKind.IN_FORCE)
              .toList());
      BatchReport report =
          Batches.check(
              Journal.parse(read.journal().get()), Dossiers.pause2023(), ledger, Dossiers.TODAY);
      List<Diagnostic> placed = report.diagnostics().stream().map(read::toCsv).toList();
      return DiagnosticRenderer.render(csv.source(), placed);
    }
  }

  @Test
  void aRowIsTheEntryItSpells() throws IOException {
    LoadedSource csv = Sources.read(DIR.resolve("valid.csv"), "valid.csv");
    EntryCsv.Read read = EntryCsv.read(csv.source());
    assertThat(read.diagnostics()).isEmpty();
    JournalResult journal = Journal.parse(read.journal().orElseThrow());
    assertThat(journal.diagnostics()).isEmpty();
    List<Entry> entries = journal.entries().stream().map(JournalEntry::entry).toList();
    assertThat(entries)
        .extracting(Entry::id)
        .containsExactly("day1-israelis", "day1-thai", "day1-thai-12");
    Event.Release thai = (Event.Release) entries.get(1).body();
    assertThat(thai.counted()).isEqualTo(Event.Counted.OUTSIDE_DEAL);
    assertThat(entries.get(1).provenance().source()).isEqualTo("AFP; AP");
    assertThat(entries.get(1).provenance().note()).contains("Thai nationals, as reported");
    assertThat(((Event.Release) entries.get(0).body()).at())
        .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("16:30"));
    assertThat(((Event.Dispute) entries.get(2).body()).count()).contains(12L);
    assertThat(entries.get(2).provenance().attributedTo()).contains("Thailand's prime minister");
  }

  @Test
  void validRowsGiveNoDiagnostics() throws Exception {
    assertThat(check("valid.csv")).isEmpty();
  }

  @Test
  void diagnosticsPointAtTheirCells() throws Exception {
    Golden.assertMatches(DIR.resolve("bad.err"), check("bad.csv"));
    Golden.assertMatches(DIR.resolve("syntax.err"), check("syntax.csv"));
    Golden.assertMatches(DIR.resolve("missing.err"), check("missing.csv"));
    Golden.assertMatches(DIR.resolve("cycle.err"), check("cycle.csv"));
  }

  @Test
  void talksAreRowsTooAndTheirPhaseIsChecked() throws Exception {
    LoadedSource csv = Sources.read(DIR.resolve("talks.csv"), "talks.csv");
    JournalResult journal = Journal.parse(EntryCsv.read(csv.source()).journal().orElseThrow());
    assertThat(journal.diagnostics()).isEmpty();
    Event.Talks off = (Event.Talks) journal.entries().get(1).entry().body();
    assertThat(off.state()).isEqualTo(TalksState.BROKEN_OFF);
    assertThat(off.judgedBy()).contains("qatar");
    // the third row names a phase the version in force does not have: E738 at its cell
    Golden.assertMatches(DIR.resolve("talks.err"), check("talks.csv"));
  }
}
