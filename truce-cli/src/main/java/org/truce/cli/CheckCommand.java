package org.truce.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.truce.cli.run.CheckOptions;
import org.truce.cli.run.CheckRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truce check FILE...}. */
@Command(
    name = "check",
    header = "Validate agreements and report every problem.",
    sortOptions = false,
    description = {
      "Read, parse and validate agreements: names, roles, quantities, schedules, phases and"
          + " conditions. Every problem is printed with its place in the file and a hint; a"
          + " summary line follows.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce check examples/november-2023.truce",
      "  truce check *.truce",
      "  cat draft.truce | truce check -",
      "  truce check --json draft.truce        results for tools, on standard output"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no file has an error (warnings allowed)",
      "2:a file has an error or cannot be read, or bad usage",
      "3:internal error"
    })
public final class CheckCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Mixin ErrorFormatOption errorFormat;

  @Option(
      names = "--json",
      description =
          "Print the results on standard output as a JSON array, one object per file:"
              + " {\"file\", \"diagnostics\"} (docs/cli.md). Nothing is printed on standard error.")
  boolean json;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The .truce files to check; `-` reads standard input.")
  List<String> files;

  public CheckCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return CheckRunner.run(new CheckOptions(files, json, errorFormat.get()), io);
  }
}
