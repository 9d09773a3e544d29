package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.generators.SourceDSL;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.testing.Golden;

/**
 * Entries in JSON: writing then reading gives the entries back; malformed JSON, and entries the
 * journal's rules refuse, are reported where they are (golden files under journal-json/).
 */
class EntryJsonTest {
  private static final Path DIR = Golden.resources().resolve("journal-json");

  @Test
  void readingWrittenJsonGivesTheEntriesBack() {
    qt().withExamples(200)
        .forAll(SourceDSL.lists().of(EntryGenerator.entries()).ofSizeBetween(0, 6))
        .checkAssert(
            entries -> {
              String json = EntryJson.write(entries);
              EntryJson.Read read = EntryJson.read(new SourceText("e.json", json));
              assertThat(read.diagnostics()).as(json).isEmpty();
              JournalResult journal = Journal.parse(read.journal().orElseThrow());
              assertThat(journal.diagnostics()).as(json).isEmpty();
              assertThat(journal.entries().stream().map(JournalEntry::entry).toList())
                  .as(json)
                  .isEqualTo(entries);
            });
  }

  @Test
  void namesAreCamelCaseInJson() {
    assertThat(EntryJson.camel("attributed to")).isEqualTo("attributedTo");
    assertThat(EntryJson.spaced("attributedTo")).isEqualTo("attributed to");
  }

  @TestFactory
  Stream<DynamicTest> everyJsonGolden() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(DIR)) {
      inputs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream()
        .map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
  }

  /**
   * A file whose entries all read goes through the checks of a batch, as {@code log import} does,
   * against the 2024 versions and a ledger holding {@code journal/held.journal}.
   */
  private static void check(Path input) throws LedgerConflict {
    String name = input.getFileName().toString();
    SourceText json = Sources.read(input, "journal-json/" + name).source();
    EntryJson.Read read = EntryJson.read(json);
    String rendered;
    if (read.journal().isEmpty()) {
      rendered = DiagnosticRenderer.render(json, read.diagnostics());
    } else {
      JournalResult journal = Journal.parse(read.journal().get());
      List<Diagnostic> problems = journal.diagnostics();
      if (problems.isEmpty()) {
        try (MemoryLedger ledger = new MemoryLedger()) {
          ledger.append(
              Journal.parse(
                      Sources.read(Golden.resources().resolve("journal/held.journal")).source())
                  .entries()
                  .stream()
                  .map(JournalEntry::entry)
                  .toList());
          problems =
              Batches.check(journal, Dossiers.talks2024(), ledger, Dossiers.TODAY).diagnostics();
        }
      }
      rendered = DiagnosticRenderer.render(read.journal().get(), problems);
    }
    Golden.assertMatches(input.resolveSibling(name.replace(".json", ".err")), rendered);
    assertThat(rendered).contains("[" + name.substring(0, name.indexOf('-')) + "]");
  }
}
