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
    header = "Write an agreement in the JSON interchange form, or as a Promela model.",
    sortOptions = false,
    description = {
      "Validate an agreement and write it in an exchange format: `json` is the interchange form"
          + " of docs/json.md, which `truce import` reads back; `promela` is the model `truce"
          + " check` explores, for cross-checking its verdicts with SPIN (docs/promela.md).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce export --format json draft.truce",
      "  truce export --format json draft.truce -o draft.json",
      "  truce export --format promela draft.truce -o draft.pml"
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
      paramLabel = "json|promela",
      defaultValue = "json",
      description =
          "The format: `json` (default), or `promela`: the model `truce check` explores,"
              + " with its analyses, for SPIN (docs/promela.md).")
  ExportFormat format = ExportFormat.JSON;

  @Option(
      names = "--adversary",
      paramLabel = "PARTY",
      description = "Promela only: let this party breach, as `truce check --adversary` does.")
  String adversary;

  @Option(
      names = "--exact-amounts",
      description = "Promela only: every amount a release may take, as `truce check` does.")
  boolean exactAmounts;

  @Mixin OutputOption output;

  @Mixin ErrorFormatOption errorFormat;

  @Mixin AgreementFileParameter file;

  public ExportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return ExportRunner.run(
        new ExportOptions(
            file.get(),
            format,
            output.get(),
            errorFormat.get(),
            java.util.Optional.ofNullable(adversary),
            exactAmounts),
        io);
  }
}
