package org.truce.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code truce} command: holds the global options. Its subcommands are listed in {@link
 * #SUBCOMMANDS} and registered by {@link Main}, which registers only the one a run names: picocli
 * reads the annotations of every registered command at start-up, which costs more than the work of
 * most commands.
 */
@Command(
    name = "truce",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Write, check, format, render and exchange phased cease-fire and exchange agreements"
          + " written in the truce language (docs/language.md), and keep the sourced record of"
          + " their negotiation and implementation in a dossier (docs/dossier.md,"
          + " docs/monitor.md).",
      ""
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce demo                        what truce does, on a bundled example",
      "  truce check agreement.truce       validate an agreement and explore every run",
      "  truce diff old.truce new.truce    what a new version changes, clause by clause",
      "  truce fmt --check *.truce         list the files that are not formatted",
      "  truce timeline agreement.truce    the day-by-day schedule",
      "  truce positions -d talks-2024     who stands where on each clause, and who says so",
      "  truce status -d pause-2023        what is due, overdue and disputed in an agreement in force",
      "  truce COMMAND --help              the options of a command",
      "",
      "Documentation: README.md and docs/cli.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all holds",
      "1:a finding is reported (e.g. files to reformat)",
      "2:bad input or usage",
      "3:internal error (a bug in truce)"
    })
public final class TruceCommand implements Callable<Integer> {
  /** The subcommands by name, in the order of the help. */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("check", CheckCommand.class);
    commands.put("fmt", FmtCommand.class);
    commands.put("render", RenderCommand.class);
    commands.put("timeline", TimelineCommand.class);
    commands.put("diff", DiffCommand.class);
    commands.put("export", ExportCommand.class);
    commands.put("import", ImportCommand.class);
    commands.put("dossier", DossierCommand.class);
    commands.put("log", LogCommand.class);
    commands.put("ledger", LedgerCommand.class);
    commands.put("versions", ReaderCommand.Versions.class);
    commands.put("positions", ReaderCommand.Positions.class);
    commands.put("sticking-points", ReaderCommand.StickingPoints.class);
    commands.put("chronology", ReaderCommand.Chronology.class);
    commands.put("sources", ReaderCommand.Sources.class);
    commands.put("status", MonitorCommand.Status.class);
    commands.put("tally", MonitorCommand.Tally.class);
    commands.put("report", MonitorCommand.Report.class);
    commands.put("demo", DemoCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace.")
  boolean verbose;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().println("truce: name a command, e.g. `truce demo`");
    return ExitCode.BAD_INPUT;
  }
}
