package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.fuzz.FuzzSeeds;
import org.truce.source.Diagnostic;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.testing.Repository;

/**
 * Coverage-guided fuzzing of journals in JSON ({@code log import} of a {@code .json} file):
 * whatever the bytes, only diagnostics come out, never an exception, each inside the text it is
 * shown against; entries read without error write back to JSON that reads the same; a batch that
 * checks is appended, read and monitored ({@link Imported}). Seeds: the JSON form of every journal
 * seed, and the inputs of the JSON journal golden tests.
 */
class EntryJsonFuzzTest {
  private static final DossierVersions VERSIONS = Dossiers.talks2024();

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "60s")
  void jsonJournalNeverThrows(byte[] bytes) {
    LoadedSource loaded = Sources.decode(bytes, "fuzz.json");
    if (!loaded.ok()) {
      return;
    }
    EntryJson.Read read = EntryJson.read(loaded.source());
    if (read.journal().isEmpty()) {
      assertThat(read.diagnostics()).isNotEmpty();
      assertPlaced(loaded.source(), read.diagnostics());
      return;
    }
    SourceText journal = read.journal().get();
    JournalResult parsed = Journal.parse(journal);
    BatchReport report = Batches.check(parsed, VERSIONS, new MemoryLedger(), Dossiers.TODAY);
    assertPlaced(journal, report.diagnostics());
    if (parsed.ok()) {
      List<Entry> entries = parsed.entries().stream().map(JournalEntry::entry).toList();
      String written = EntryJson.write(entries);
      EntryJson.Read again = EntryJson.read(new SourceText("again.json", written));
      assertThat(again.diagnostics()).as(written).isEmpty();
      JournalResult reparsed = Journal.parse(again.journal().orElseThrow());
      assertThat(reparsed.entries().stream().map(JournalEntry::entry).toList())
          .as(written)
          .isEqualTo(entries);
    }
    Imported.readAndMonitor(report, VERSIONS);
  }

  private static void assertPlaced(SourceText source, List<Diagnostic> diagnostics) {
    int length = source.text().length();
    for (Diagnostic d : diagnostics) {
      assertThat(d.span().offset()).as("start of %s", d.code()).isGreaterThanOrEqualTo(0);
      assertThat(d.span().end()).as("end of %s", d.code()).isLessThanOrEqualTo(length);
    }
    org.truce.source.DiagnosticRenderer.render(source, diagnostics);
  }

  /** Every journal the other targets and the golden tests start from, in JSON; and bad JSON. */
  static Stream<Arguments> seeds() {
    var resources = Repository.root().resolve("truce-core/src/test/resources");
    List<FuzzSeeds.Seed> journals = new ArrayList<>();
    journals.addAll(FuzzSeeds.files(resources.resolve("journal"), ".journal"));
    journals.addAll(FuzzSeeds.files(resources.resolve("events"), ".journal"));
    journals.addAll(
        FuzzSeeds.files(
            resources.resolve("org/truce/ledger/JournalFuzzTestInputs/journalNeverThrows"), ""));
    journals.addAll(
        FuzzSeeds.files(Repository.root().resolve("examples/dossier-2024"), ".journal"));
    journals.addAll(FuzzSeeds.files(Repository.root().resolve("examples/pause-2023"), ".journal"));
    List<byte[]> seeds = new ArrayList<>();
    for (FuzzSeeds.Seed seed : journals) {
      JournalResult read =
          Journal.parse(
              new SourceText(seed.name(), new String(seed.bytes(), StandardCharsets.UTF_8)));
      List<Entry> entries = read.entries().stream().map(JournalEntry::entry).toList();
      if (!entries.isEmpty()) {
        seeds.add(EntryJson.write(entries).getBytes(StandardCharsets.UTF_8));
      }
    }
    FuzzSeeds.files(resources.resolve("journal-json"), ".json").forEach(s -> seeds.add(s.bytes()));
    return seeds.stream().map(b -> Arguments.of((Object) b));
  }
}
