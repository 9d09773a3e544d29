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
            case TALLY -> tally(options.format(), readings.get());
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

  /**
   * The tallies, then what is still held (docs/monitor.md): two tables; in JSON, the tallies'
   * object with the second as its {@code held}; in HTML, one page.
   */
  private static String tally(String format, Monitor.Readings readings) {
    org.truce.table.Table tallies = StatusTables.tallies(readings);
    org.truce.table.Table held = StatusTables.held(readings.chosen());
    return switch (format(format)) {
      case HTML ->
          TableFormat.htmlPage(
              tallies.title(), TableFormat.htmlSection(tallies) + TableFormat.htmlSection(held));
      case JSON -> {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try {
          var root =
              (com.fasterxml.jackson.databind.node.ObjectNode)
                  mapper.readTree(TableFormat.JSON.write(tallies));
          root.set("held", mapper.readTree(TableFormat.JSON.write(held)));
          yield mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException("tables always serialise", e);
        }
      }
      case TEXT, MARKDOWN -> format(format).write(tallies) + "\n" + format(format).write(held);
    };
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
