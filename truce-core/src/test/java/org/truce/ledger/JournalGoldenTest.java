package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;
import org.truce.testing.Golden;

/**
 * Golden tests for the diagnostics of journals (HOUSE-STYLE 8): every {@code x.journal} under
 * {@code src/test/resources/journal} is read and checked as a batch against the 2024 versions of
 * examples/, with a ledger that already holds the entries of {@code held.journal}, and its rendered
 * diagnostics are compared with {@code x.err} beside it. A file named after a code must show it.
 */
class JournalGoldenTest {
  @TestFactory
  Stream<DynamicTest> everyJournalOfTheTalks() throws IOException {
    return tests(Golden.resources().resolve("journal"), Dossiers.talks2024());
  }

  /** The same for events, under {@code src/test/resources/events}, against the 2023 pause. */
  @TestFactory
  Stream<DynamicTest> everyJournalOfEvents() throws IOException {
    return tests(Golden.resources().resolve("events"), Dossiers.pause2023());
  }

  private static Stream<DynamicTest> tests(Path dir, DossierVersions versions) throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs =
          files
              .filter(p -> p.toString().endsWith(".journal"))
              .filter(p -> !p.getFileName().toString().equals("held.journal"))
              .sorted()
              .toList();
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.getFileName().toString(), () -> check(input, versions)));
  }

  private static void check(Path input, DossierVersions versions) throws Exception {
    String fileName = input.getFileName().toString();
    String rendered = render(input, input.getParent().getFileName() + "/" + fileName, versions);
    Golden.assertMatches(
        input.resolveSibling(fileName.replaceFirst("\\.journal$", ".err")), rendered);
    if (fileName.matches("[EW]\\d{3}-.*")) {
      String code = fileName.substring(0, fileName.indexOf('-'));
      assertThat(rendered).as("%s shows its own code", fileName).contains("[" + code + "]");
    }
  }

  static String render(Path input, String displayName, DossierVersions versions)
      throws LedgerConflict {
    LoadedSource loaded = Sources.read(input, displayName);
    try (MemoryLedger ledger = new MemoryLedger()) {
      JournalResult held =
          Journal.parse(Sources.read(input.resolveSibling("held.journal")).source());
      assertThat(held.diagnostics()).isEmpty();
      ledger.append(held.entries().stream().map(JournalEntry::entry).toList());
      BatchReport report =
          Batches.check(Journal.parse(loaded.source()), versions, ledger, Dossiers.TODAY);
      return DiagnosticRenderer.render(loaded.source(), report.diagnostics());
    }
  }
}
