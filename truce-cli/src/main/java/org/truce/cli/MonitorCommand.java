package org.truce.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.truce.cli.run.MonitorOptions;
import org.truce.cli.run.MonitorReport;
import org.truce.cli.run.MonitorRunner;
import org.truce.monitor.CountingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The monitor's commands: the status of an agreement in force, its tallies, and a report, each at a
 * moment ({@code --at}) and under a counting policy ({@code --counting}); docs/monitor.md.
 */
public abstract class MonitorCommand implements Callable<Integer> {
  private final Io io;
  private final MonitorReport report;

  @Mixin HelpOption help;

  @Mixin DossierOption dossier;

  @Option(
      names = "--at",
      paramLabel = "DATETIME",
      description =
          "The moment asked, in the agreement's zone: 2023-11-30T12:00, 2023-11-30T10:00Z or"
              + " 2023-11-30T12:00+02:00 (converted), or a date alone for the end of that date"
              + " (default: now in the agreement's zone). Events after it are left out.")
  String at;

  @Option(
      names = "--counting",
      paramLabel = "list|credited",
      description =
          "Which releases count toward quotas and ratios: `list` (default), those counted in the"
              + " deal, on their own day; `credited`, also those a report credits to the deal, on"
              + " the day they are counted toward. The other reading is shown beside it.")
  String counting = "list";

  @Mixin OutputOption output;

  MonitorCommand(Io io, MonitorReport report) {
    this.io = io;
    this.report = report;
  }

  abstract String format();

  @Override
  public Integer call() {
    Optional<CountingPolicy> policy = CountingPolicy.fromWord(counting);
    if (policy.isEmpty()) {
      io.err()
          .println(
              "truce "
                  + report.name().toLowerCase(java.util.Locale.ROOT)
                  + ": `"
                  + counting
                  + "` is not a counting policy: write `list` or `credited`");
      return ExitCode.BAD_INPUT;
    }
    return MonitorRunner.run(
        new MonitorOptions(
            report,
            dossier.folder(),
            dossier.database(),
            Optional.ofNullable(at),
            policy.get(),
            format(),
            output.get()),
        io);
  }

  /** {@code truce status}. */
  @Command(
      name = "status",
      header =
          "The state of an agreement in force: phase and day, what is due and overdue, ratios,"
              + " tallies, deviations, disputed figures.",
      description = {
        "Replays the dossier's events against the version in force and says, at a moment, where"
            + " the agreement stands; every line cites its clause. See docs/monitor.md."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  truce status --dossier pause-2023",
        "  truce status --dossier pause-2023 --at 2023-11-30T12:00",
        "  truce status --dossier pause-2023 --counting credited --json"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:printed; nothing overdue, no deviation from the compliant timeline",
        "1:printed; something is overdue or departs from the compliant timeline",
        "2:the dossier cannot be read, no version is in force at that moment, or bad usage",
        "3:internal error"
      })
  public static final class Status extends MonitorCommand {
    @Option(names = "--json", description = "Print JSON for scripts (docs/monitor.md).")
    boolean json;

    public Status(Io io) {
      super(io, MonitorReport.STATUS);
    }

    @Override
    String format() {
      return json ? "json" : "text";
    }
  }

  /** {@code truce tally}. */
  @Command(
      name = "tally",
      header =
          "Releases per party and category: as reported, as counted under each counting policy,"
              + " and by the disputed reports.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  truce tally --dossier pause-2023",
        "  truce tally --dossier pause-2023 --at 2023-11-27 --format md"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:printed",
        "2:the dossier cannot be read, no version is in force at that moment, or bad usage",
        "3:internal error"
      })
  public static final class Tally extends MonitorCommand {
    @Option(
        names = "--format",
        paramLabel = "text|md|html",
        description = "For the terminal (`text`, default), a Markdown report or an HTML page.")
    TableFormatWord format = TableFormatWord.TEXT;

    @Option(
        names = "--json",
        description = "Print JSON for scripts: {\"title\", \"rows\", \"notes\"}.")
    boolean json;

    public Tally(Io io) {
      super(io, MonitorReport.TALLY);
    }

    @Override
    String format() {
      return json ? "json" : format.word;
    }
  }

  /** {@code truce report}. */
  @Command(
      name = "report",
      header =
          "A report on an agreement's implementation, with charts, for readers who never saw"
              + " truce.",
      description = {
        "Writes the status as a Markdown document or an HTML page: in sentences, then charts of"
            + " releases against the compliant schedule and of each day's counter-release against"
            + " its ratio, then the tables and how to read them."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  truce report --dossier pause-2023 --format html -o pause.html",
        "  truce report --dossier pause-2023 --at 2023-11-28 --format md"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:written",
        "2:the dossier cannot be read, no version is in force at that moment, the output cannot"
            + " be written, or bad usage",
        "3:internal error"
      })
  public static final class Report extends MonitorCommand {
    @Option(
        names = "--format",
        paramLabel = "md|html",
        description = "A Markdown document (`md`, default; charts as inline SVG) or an HTML page.")
    ReportFormat format = ReportFormat.MD;

    public Report(Io io) {
      super(io, MonitorReport.REPORT);
    }

    @Override
    String format() {
      return format == ReportFormat.HTML ? "html" : "md";
    }
  }

  /** The formats of {@code truce tally --format}. */
  enum TableFormatWord {
    TEXT("text"),
    MD("md"),
    HTML("html");

    final String word;

    TableFormatWord(String word) {
      this.word = word;
    }
  }

  /** The formats of {@code truce report --format}. */
  enum ReportFormat {
    MD,
    HTML
  }
}
