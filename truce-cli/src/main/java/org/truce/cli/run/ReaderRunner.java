package org.truce.cli.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.truce.cli.ErrorFormat;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Dossiers;
import org.truce.cli.internal.Outputs;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Ledger;
import org.truce.negotiate.DossierRecord;
import org.truce.negotiate.Readers;
import org.truce.store.StoreException;
import org.truce.table.Table;

/** Runs one reader of a dossier and prints its table in the format asked. */
public final class ReaderRunner {
  private ReaderRunner() {}

  public static int run(ReaderOptions options, Io io) {
    String command =
        "truce " + options.reader().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    DiagnosticSink sink = new DiagnosticSink(ErrorFormat.HUMAN, io.err());
    Optional<LocalDate> at = Optional.empty();
    if (options.at().isPresent()) {
      try {
        at = Optional.of(LocalDate.parse(options.at().get()));
      } catch (java.time.format.DateTimeParseException e) {
        io.err()
            .println(
                command + ": `" + options.at().get() + "` is not a date: write e.g. 2024-07-03");
        return ExitCode.BAD_INPUT;
      }
    }
    Path folder = Path.of(options.dossier());
    try (Ledger ledger = Dossiers.existingLedger(folder, options.database())) {
      DossierVersions versions = Dossiers.versions(folder, sink);
      Supplier<DossierRecord> all = () -> new DossierRecord(versions, ledger.entries());
      Table table;
      switch (options.reader()) {
        case VERSIONS -> table = Readers.versions(all.get());
        case CHRONOLOGY -> table = Readers.chronology(all.get(), at);
        case SOURCES -> table = Readers.sources(all.get(), at);
        default -> {
          DossierRecord tabled = new DossierRecord(versions, ledger.entries(EntryKind.TABLED));
          Optional<String> version = options.version().or(tabled::latestVersion);
          if (version.isEmpty()) {
            io.err()
                .println(
                    command + ": the dossier has no version: add the versions as .truce files");
            return ExitCode.BAD_INPUT;
          }
          if (versions.version(version.get()).isEmpty()) {
            io.err()
                .println(
                    command
                        + ": the dossier has no version `"
                        + version.get()
                        + "`; its versions are "
                        + String.join(", ", versions.labels()));
            return ExitCode.BAD_INPUT;
          }
          // Now, the ledger's latest positions are all these reports need: a few rows, however
          // long the ledger. At an earlier date, every entry up to it.
          DossierRecord record =
              at.isPresent()
                  ? all.get()
                  : new DossierRecord(versions, ledger.latestPositions(version.get()));
          table =
              options.reader() == DossierReader.POSITIONS
                  ? Readers.positions(record, version.get(), at)
                  : Readers.stickingPoints(record, version.get(), at);
        }
      }
      String text = options.format().write(table);
      return Outputs.emit(options.output(), text, io.out(), sink)
          ? ExitCode.OK
          : ExitCode.BAD_INPUT;
    } catch (Dossiers.Unusable | StoreException e) {
      io.err().println(command + ": " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } finally {
      sink.finish();
    }
  }
}
