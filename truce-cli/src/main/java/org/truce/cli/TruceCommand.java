package org.truce.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code truce} command: holds the global options and lists the subcommands. */
@Command(
    name = "truce",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Write, check, format, render and exchange phased cease-fire and exchange agreements"
          + " written in the truce language (docs/language.md).",
      ""
    },
    subcommands = {
      CheckCommand.class,
      FmtCommand.class,
      RenderCommand.class,
      TimelineCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      DemoCommand.class,
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce demo                        what truce does, on a bundled example",
      "  truce check agreement.truce       validate an agreement",
      "  truce fmt --check *.truce         list the files that are not formatted",
      "  truce timeline agreement.truce    the day-by-day schedule",
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
