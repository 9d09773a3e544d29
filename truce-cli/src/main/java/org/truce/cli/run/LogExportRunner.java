package org.truce.cli.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.truce.cli.ErrorFormat;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Dossiers;
import org.truce.cli.internal.Outputs;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryJson;
import org.truce.ledger.Journal;
import org.truce.ledger.Ledger;
import org.truce.store.StoreException;

/** {@code truce log export}: every entry, as a journal or as JSON, written atomically. */
public final class LogExportRunner {
  private LogExportRunner() {}

  public static int run(
      String dossier, Optional<String> database, boolean json, Optional<String> output, Io io) {
    DiagnosticSink sink = new DiagnosticSink(ErrorFormat.HUMAN, io.err());
    try (Ledger ledger = Dossiers.existingLedger(Path.of(dossier), database)) {
      List<Entry> entries = ledger.entries();
      String text = json ? EntryJson.write(entries) : Journal.write(entries);
      return Outputs.emit(output, text, io.out(), sink) ? ExitCode.OK : ExitCode.BAD_INPUT;
    } catch (Dossiers.Unusable | StoreException e) {
      io.err().println("truce log export: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } finally {
      sink.finish();
    }
  }
}
