package org.truce.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code truce} command: holds the global options. Its subcommands are listed in {@link
 * #SUBCOMMANDS} and registered by {@link Main}, which registers only the one a run names: picocli
 * reads the annotations of every registered command at start-up, which costs more than the work of
 * most commands. Its own model is built in code ({@link CodedCommand}), since every run builds it.
 */
public final class TruceCommand implements Callable<Integer>, CodedCommand {
  /** The subcommands by name, in the order of the help. */
  static final Map<String, Subcommand> SUBCOMMANDS = subcommands();

  /**
   * A subcommand's class, and how to create it: by a constructor reference rather than picocli's
   * reflection, which spins method handles for each constructor it calls at start.
   */
  record Subcommand(Class<?> type, Function<Io, Object> create) {}

  private static Map<String, Subcommand> subcommands() {
    Map<String, Subcommand> commands = new LinkedHashMap<>();
    commands.put("check", new Subcommand(CheckCommand.class, CheckCommand::new));
    commands.put("fmt", new Subcommand(FmtCommand.class, FmtCommand::new));
    commands.put("render", new Subcommand(RenderCommand.class, RenderCommand::new));
    commands.put("timeline", new Subcommand(TimelineCommand.class, TimelineCommand::new));
    commands.put("diff", new Subcommand(DiffCommand.class, DiffCommand::new));
    commands.put("export", new Subcommand(ExportCommand.class, ExportCommand::new));
    commands.put("import", new Subcommand(ImportCommand.class, ImportCommand::new));
    commands.put("dossier", new Subcommand(DossierCommand.class, io -> new DossierCommand()));
    commands.put("log", new Subcommand(LogCommand.class, io -> new LogCommand()));
    commands.put("ledger", new Subcommand(LedgerCommand.class, io -> new LedgerCommand()));
    commands.put(
        "versions", new Subcommand(ReaderCommand.Versions.class, ReaderCommand.Versions::new));
    commands.put(
        "positions", new Subcommand(ReaderCommand.Positions.class, ReaderCommand.Positions::new));
    commands.put(
        "sticking-points",
        new Subcommand(ReaderCommand.StickingPoints.class, ReaderCommand.StickingPoints::new));
    commands.put(
        "chronology",
        new Subcommand(ReaderCommand.Chronology.class, ReaderCommand.Chronology::new));
    commands.put(
        "sources", new Subcommand(ReaderCommand.Sources.class, ReaderCommand.Sources::new));
    commands.put("status", new Subcommand(MonitorCommand.Status.class, MonitorCommand.Status::new));
    commands.put("tally", new Subcommand(MonitorCommand.Tally.class, MonitorCommand.Tally::new));
    commands.put("report", new Subcommand(MonitorCommand.Report.class, MonitorCommand.Report::new));
    commands.put("demo", new Subcommand(DemoCommand.class, DemoCommand::new));
    return Collections.unmodifiableMap(commands);
  }

  private final Value<Boolean> verbose = new Value<>(false);
  private CommandSpec spec;

  @Override
  public CommandSpec spec() {
    spec = CodedCommand.named(this, "truce").versionProvider(new VersionProvider());
    spec.usageMessage()
        .sortOptions(false)
        .description(
            "Write, check, format, render and exchange phased cease-fire and exchange agreements"
                + " written in the truce language (docs/language.md), and keep the sourced record"
                + " of their negotiation and implementation in a dossier (docs/dossier.md,"
                + " docs/monitor.md).",
            "")
        .commandListHeading("%nCommands:%n")
        .footerHeading("%nExamples:%n")
        .footer(
            "  truce demo                        what truce does, on a bundled example",
            "  truce check agreement.truce       validate an agreement and explore every run",
            "  truce diff old.truce new.truce    what a new version changes, clause by clause",
            "  truce fmt --check *.truce         list the files that are not formatted",
            "  truce timeline agreement.truce    the day-by-day schedule",
            "  truce positions -d talks-2024     who stands where on each clause, and who says so",
            "  truce status -d pause-2023        what is due, overdue and disputed in an agreement"
                + " in force",
            "  truce COMMAND --help              the options of a command",
            "",
            "Documentation: README.md and docs/cli.md.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(
            CodedCommand.exitCodes(
                "0:all holds",
                "1:a finding is reported (e.g. files to reformat)",
                "2:bad input or usage",
                "3:internal error (a bug in truce)"));
    // --verbose applies to every subcommand too: picocli copies it into each, bound to the same
    // value.
    spec.addOption(
        CodedCommand.flag(verbose, "--verbose")
            .scopeType(ScopeType.INHERIT)
            .description("On an internal error, print the stack trace.")
            .build());
    // The standard options, as picocli's mixinStandardHelpOptions gives them (that mixin is read
    // from annotations).
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  /** Whether {@code --verbose} was given, before or after the command's name. */
  boolean verbose() {
    return verbose.value();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().println("truce: name a command, e.g. `truce demo`");
    return ExitCode.BAD_INPUT;
  }
}
