package org.truce.cli;

import java.util.concurrent.Callable;
import org.truce.cli.run.LogExportRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code truce log export [--json] [-o OUT]}. */
@Command(
    name = "export",
    header = "Write every entry of the ledger as a journal, or as JSON.",
    sortOptions = false,
    description = {
      "Write every entry of the ledger, in the order recorded: as a journal in the canonical"
          + " layout (the default), or as JSON with --json (docs/dossier.md). Either imports"
          + " back into a ledger unchanged.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce log export -d talks-2024 -o talks.journal",
      "  truce log export -d talks-2024 --json | jq '.[] | select(.kind == \"position\")'"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:the ledger cannot be read, the output cannot be written, or bad usage",
      "3:internal error"
    })
public final class LogExportCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Mixin DossierOption dossier;

  @Option(names = "--json", description = "Write JSON instead of a journal.")
  boolean json;

  @Mixin OutputOption output;

  public LogExportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return LogExportRunner.run(dossier.folder(), dossier.database(), json, output.get(), io);
  }
}
