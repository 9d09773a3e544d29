package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.check.Examples;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalEntry;
import org.truce.ledger.JournalResult;
import org.truce.model.Agreement;
import org.truce.source.SourceText;

/**
 * The bundled dossier of the November 2023 pause (examples/pause-2023), for the monitor's tests.
 */
final class Pause2023 {
  private Pause2023() {}

  static DossierVersions versions() {
    Agreement agreement = Examples.load("november-2023");
    Map<String, Agreement> byLabel = new LinkedHashMap<>();
    byLabel.put(agreement.metadata().version().orElseThrow(), agreement);
    return new DossierVersions(byLabel);
  }

  static Path journal() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("examples/pause-2023/events-2023.journal"))) {
      dir = dir.getParent();
    }
    return dir.resolve("examples/pause-2023/events-2023.journal");
  }

  static List<Entry> entries() {
    try {
      JournalResult read =
          Journal.parse(new SourceText("events-2023.journal", Files.readString(journal())));
      assertThat(read.diagnostics()).isEmpty();
      return read.entries().stream().map(JournalEntry::entry).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
