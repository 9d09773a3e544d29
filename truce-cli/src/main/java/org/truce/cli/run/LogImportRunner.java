package org.truce.cli.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Dossiers;
import org.truce.cli.internal.Inputs;
import org.truce.ledger.BatchReport;
import org.truce.ledger.Batches;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.EntryCsv;
import org.truce.ledger.EntryJson;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalResult;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerConflict;
import org.truce.monitor.Moments;
import org.truce.source.Diagnostic;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.store.LockWait;
import org.truce.store.StoreException;

/**
 * {@code truce log import}: reads a journal, checks it whole against the dossier, and appends its
 * new entries in one transaction; with any error, writes nothing.
 */
public final class LogImportRunner {
  private LogImportRunner() {}

  public static int run(LogImportOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    try {
      return importJournal(options, io, sink);
    } finally {
      sink.finish();
    }
  }

  private static int importJournal(LogImportOptions options, Io io, DiagnosticSink sink) {
    LoadedSource loaded = Inputs.load(options.file(), io.in());
    if (!loaded.ok()) {
      sink.report(loaded.source(), loaded.problem().orElseThrow());
      return ExitCode.BAD_INPUT;
    }
    SourceText journal = loaded.source();
    if (options.json() || options.file().endsWith(".json")) {
      EntryJson.Read read = EntryJson.read(loaded.source());
      if (read.journal().isEmpty()) {
        sink.report(loaded.source(), read.diagnostics());
        io.err().println("truce log import: nothing was written");
        return ExitCode.BAD_INPUT;
      }
      journal = read.journal().get();
    }
    if (options.file().endsWith(".csv")) {
      EntryCsv.Read read = EntryCsv.read(loaded.source());
      if (read.journal().isEmpty()) {
        sink.report(loaded.source(), read.diagnostics());
        io.err().println("truce log import: nothing was written");
        return ExitCode.BAD_INPUT;
      }
      // Diagnostics point at the cells of the CSV, not at the journal made of them.
      return importSource(
          read.journal().get(),
          new Shown(loaded.source(), read::toCsv),
          options,
          io,
          sink,
          "truce log import");
    }
    return importSource(journal, options, io, sink, "truce log import");
  }

  /** The text diagnostics are shown against, and how a diagnostic is moved to it. */
  private record Shown(SourceText source, UnaryOperator<Diagnostic> place) {}

  static int importSource(
      SourceText source, LogImportOptions options, Io io, DiagnosticSink sink, String command) {
    return importSource(source, new Shown(source, d -> d), options, io, sink, command);
  }

  /**
   * Checks the journal {@code source} against the dossier and appends its new entries, or writes
   * nothing; {@code command} names the command in messages.
   */
  private static int importSource(
      SourceText source,
      Shown shown,
      LogImportOptions options,
      Io io,
      DiagnosticSink sink,
      String command) {
    Path folder = Path.of(options.dossier());
    LockWait wait = options.lockWait().to(notice -> io.err().println(command + ": " + notice));
    try (Ledger ledger = Dossiers.ledger(folder, options.database(), wait)) {
      DossierVersions versions = Dossiers.versions(folder, sink);
      JournalResult journal = Journal.parse(source);
      // "today" (the latest date an entry may bear) in the agreement's zone, not the machine's
      LocalDate today = Moments.now(io.clock(), Moments.zone(versions)).toLocalDate();
      BatchReport report = Batches.check(journal, versions, ledger, today);
      sink.report(shown.source(), report.diagnostics().stream().map(shown.place()).toList());
      if (!report.ok()) {
        io.err().println(command + ": nothing was written");
        return ExitCode.BAD_INPUT;
      }
      if (options.dryRun()) {
        io.out()
            .println(summary("would import", report.newEntries().size(), report.alreadyRecorded()));
        return ExitCode.OK;
      }
      Ledger.AppendResult result = ledger.append(report.newEntries());
      io.out()
          .println(
              summary(
                  "imported", result.added(), report.alreadyRecorded() + result.alreadyRecorded()));
      return ExitCode.OK;
    } catch (LedgerConflict e) {
      io.err()
          .println(
              command
                  + ": "
                  + e.getMessage()
                  + ", recorded since the journal was checked; nothing was written (run the"
                  + " import again to see where)");
      return ExitCode.BAD_INPUT;
    } catch (Dossiers.Unusable | StoreException e) {
      io.err().println(command + ": " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
  }

  /** E.g. "imported 12 entries (3 already recorded, left as they are)". */
  private static String summary(String verb, int added, int already) {
    String text = verb + " " + added + (added == 1 ? " entry" : " entries");
    return already == 0
        ? text
        : text
            + " ("
            + already
            + " already recorded, left as "
            + (already == 1 ? "it is)" : "they are)");
  }
}
