package org.truce.cli;

import java.util.concurrent.Callable;
import org.truce.cli.run.ExportFormat;
import org.truce.cli.run.ExportOptions;
import org.truce.cli.run.ExportRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code truce export --format json FILE [-o OUT]}. */
@Command(
    name = "export",
    header = "Write an agreement in the JSON interchange form.",
    sortOptions = false,
    description = {
      "Validate an agreement and write it in an exchange format: `json` is the interchange form"
          + " of docs/json.md, which `truce import` reads back.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce export --format json draft.truce",
      "  truce export --format json draft.truce -o draft.json"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:the agreement has errors or cannot be read, the output cannot be written, or bad usage",
      "3:internal error"
    })
public final class ExportCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "json",
      defaultValue = "json",
      description = "The format: `json` (default). `promela` comes with the checker.")
  ExportFormat format = ExportFormat.JSON;

  @Mixin OutputOption output;

  @Mixin ErrorFormatOption errorFormat;

  @Mixin AgreementFileParameter file;

  public ExportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return ExportRunner.run(
        new ExportOptions(file.get(), format, output.get(), errorFormat.get()), io);
  }
}
