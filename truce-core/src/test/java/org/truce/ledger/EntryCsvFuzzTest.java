package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;

/**
 * Coverage-guided fuzzing of events in CSV: whatever the bytes, only diagnostics come out, never an
 * exception; every diagnostic, moved back from the journal to the CSV, points inside the CSV; a
 * batch that checks is appended, read and monitored ({@link Imported}). Under a normal test run
 * Jazzer replays the seed corpus in EntryCsvFuzzTestInputs/; with {@code JAZZER_FUZZ=1} it
 * explores.
 */
class EntryCsvFuzzTest {
  private static final DossierVersions VERSIONS = Dossiers.pause2023();

  @FuzzTest(maxDuration = "60s")
  void csvNeverThrows(byte[] bytes) {
    LoadedSource loaded = Sources.decode(bytes, "fuzz.csv");
    if (!loaded.ok()) {
      return;
    }
    int length = loaded.source().text().length();
    EntryCsv.Read read = EntryCsv.read(loaded.source());
    List<Diagnostic> diagnostics = read.diagnostics();
    if (read.journal().isPresent()) {
      BatchReport report =
          Batches.check(
              Journal.parse(read.journal().get()), VERSIONS, new MemoryLedger(), Dossiers.TODAY);
      diagnostics = report.diagnostics().stream().map(read::toCsv).toList();
      Imported.readAndMonitor(report, VERSIONS);
    }
    for (Diagnostic d : diagnostics) {
      assertThat(d.span().offset()).as("start of %s", d.code()).isGreaterThanOrEqualTo(0);
      assertThat(d.span().end()).as("end of %s", d.code()).isLessThanOrEqualTo(length);
    }
    DiagnosticRenderer.render(loaded.source(), diagnostics);
  }
}
