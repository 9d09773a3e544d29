package org.truce.cli.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.truce.cli.ErrorFormat;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Dossiers;
import org.truce.cli.internal.Outputs;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Ledger;
import org.truce.monitor.Moments;
import org.truce.monitor.Monitor;
import org.truce.render.monitor.StatusJson;
import org.truce.render.monitor.StatusReport;
import org.truce.render.monitor.StatusTables;
import org.truce.render.monitor.StatusText;
import org.truce.store.StoreException;
import org.truce.table.TableFormat;

/** Replays a dossier's events at a moment and prints the status, the tallies or the report. */
public final class MonitorRunner {
  private MonitorRunner() {}

  public static int run(MonitorOptions options, Io io) {
    String command = "truce " + options.report().name().toLowerCase(java.util.Locale.ROOT);
    if (options.at().filter(t -> Moments.parse(t, ZoneOffset.UTC).isEmpty()).isPresent()) {
      io.err()
          .println(
              command
                  + ": `"
                  + options.at().orElseThrow()
                  + "` is not a date or a moment: write e.g. 2023-11-30 (its end), 2023-11-30T12:00"
                  + " (in the agreement's zone), 2023-11-30T10:00Z or 2023-11-30T12:00+02:00");
      return ExitCode.BAD_INPUT;
    }
    DiagnosticSink sink = new DiagnosticSink(ErrorFormat.HUMAN, io.err());
    Path folder = Path.of(options.dossier());
    try (Ledger ledger = Dossiers.existingLedger(folder, options.database())) {
      DossierVersions versions = Dossiers.versions(folder, sink);
      ZoneId zone = Moments.zone(versions);
      Optional<LocalDateTime> at =
          Optional.of(
              options
                  .at()
                  .flatMap(t -> Moments.parse(t, zone))
                  .orElseGet(() -> Moments.now(io.clock(), zone)));
      Optional<Monitor.Readings> readings =
          Monitor.readings(
              versions,
              ledger.forMonitor(at.get().toLocalDate()),
              at.get(),
              options.counting(),
              ledger::releasesIn);
      if (readings.isEmpty()) {
        io.err()
            .println(
                command
                    + ": no version of the agreement is in force at "
                    + at.get()
                    + ": the ledger needs an `in-force` entry before that moment, naming a"
                    + " version of the dossier (see docs/monitor.md)");
        return ExitCode.BAD_INPUT;
      }
      String text =
          switch (options.report()) {
            case STATUS ->
                options.format().equals("json")
                    ? StatusJson.render(readings.get())
                    : StatusText.render(readings.get());
            case TALLY -> format(options.format()).write(StatusTables.tallies(readings.get()));
            case REPORT ->
                options.format().equals("html")
                    ? StatusReport.html(readings.get())
                    : StatusReport.markdown(readings.get());
          };
      if (!Outputs.emit(options.output(), text, io.out(), sink)) {
        return ExitCode.BAD_INPUT;
      }
      boolean findings =
          options.report() == MonitorReport.STATUS && readings.get().chosen().hasFindings();
      return findings ? ExitCode.FINDING : ExitCode.OK;
    } catch (Dossiers.Unusable | StoreException e) {
      io.err().println(command + ": " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } finally {
      sink.finish();
    }
  }

  private static TableFormat format(String format) {
    return switch (format) {
      case "md" -> TableFormat.MARKDOWN;
      case "html" -> TableFormat.HTML;
      case "json" -> TableFormat.JSON;
      default -> TableFormat.TEXT;
    };
  }
}
