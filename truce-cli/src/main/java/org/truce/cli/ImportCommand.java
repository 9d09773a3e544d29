package org.truce.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.truce.cli.run.ImportOptions;
import org.truce.cli.run.ImportRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truce import FILE.json [-o OUT]}. */
@Command(
    name = "import",
    header = "Turn an agreement in JSON back into .truce text.",
    sortOptions = false,
    description = {
      "Read an agreement in the JSON interchange form (docs/json.md), validate it and print it"
          + " as canonical .truce text.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {"  truce import draft.json", "  truce import draft.json -o draft.truce"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:the JSON is invalid or cannot be read, the output cannot be written, or bad usage",
      "3:internal error"
    })
public final class ImportCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the .truce text to this file (atomically) instead of standard output.")
  String output;

  @Mixin ErrorFormatOption errorFormat;

  @Parameters(paramLabel = "FILE.json", description = "The JSON file; `-` reads standard input.")
  String file;

  public ImportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return ImportRunner.run(
        new ImportOptions(file, Optional.ofNullable(output), errorFormat.get()), io);
  }
}
