package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;

/**
 * Coverage-guided fuzzing of the journal reader and the checks of a batch: whatever the bytes, only
 * diagnostics come out, never an exception; every diagnostic points inside the text; and what is
 * read without error writes back to text that reads the same; a batch that checks is appended, read
 * and monitored ({@link Imported}). Under a normal test run Jazzer replays the seed corpus in
 * JournalFuzzTestInputs/; with {@code JAZZER_FUZZ=1} it explores.
 */
class JournalFuzzTest {
  private static final DossierVersions VERSIONS = Dossiers.talks2024();

  @FuzzTest(maxDuration = "60s")
  void journalNeverThrows(byte[] bytes) {
    LoadedSource loaded = Sources.decode(bytes, "fuzz.journal");
    if (!loaded.ok()) {
      return;
    }
    JournalResult read = Journal.parse(loaded.source());
    BatchReport report = Batches.check(read, VERSIONS, new MemoryLedger(), Dossiers.TODAY);
    int length = loaded.source().text().length();
    for (Diagnostic d : report.diagnostics()) {
      assertThat(d.span().end()).as("end of %s", d.code()).isLessThanOrEqualTo(length);
    }
    DiagnosticRenderer.render(loaded.source(), report.diagnostics());
    Imported.readAndMonitor(report, VERSIONS);
    if (read.ok()) {
      List<Entry> entries = read.entries().stream().map(JournalEntry::entry).toList();
      String written = Journal.write(entries);
      JournalResult again = Journal.parse(new org.truce.source.SourceText("again", written));
      assertThat(again.diagnostics()).as(written).isEmpty();
      assertThat(again.entries().stream().map(JournalEntry::entry).toList()).isEqualTo(entries);
    }
  }
}
