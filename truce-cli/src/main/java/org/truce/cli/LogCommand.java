package org.truce.cli;

import java.util.concurrent.Callable;
import org.truce.cli.run.LogImportOptions;
import org.truce.cli.run.LogImportRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truce log import FILE}. */
@Command(
    name = "log",
    header = "Record entries in a dossier's ledger.",
    description = {
      "The ledger is append-only: entries are never edited or deleted; a correction is a new"
          + " entry (docs/dossier.md).",
      ""
    },
    subcommands = {LogCommand.Import.class, LogAddCommand.class, LogExportCommand.class})
public final class LogCommand extends CommandGroup {

  /** {@code truce log import FILE}. */
  @Command(
      name = "import",
      header = "Import a journal of entries into the ledger, all or nothing.",
      sortOptions = false,
      description = {
        "Read a journal (docs/dossier.md), entries in JSON, or events in CSV (docs/monitor.md),"
            + " check every entry against the dossier's versions, the"
            + " ledger and today's date, and append the new ones in one transaction. With any"
            + " error, each is printed with its place in the file and a hint, and nothing is"
            + " written. Entries the ledger already holds are left as they are, so importing a"
            + " journal again changes nothing.",
        ""
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  truce log import talks.journal --dossier talks-2024",
        "  truce log import --dry-run talks.journal     check only, write nothing",
        "  truce log import events.csv --dossier pause-2023   one event a row",
        "  cat talks.journal | truce log import -"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:imported (or, with --dry-run, would import)",
        "2:an entry has an error, a file or the ledger cannot be read, or bad usage;"
            + " nothing was written",
        "3:internal error; nothing was written"
      })
  public static final class Import implements Callable<Integer> {
    private final Io io;

    @Mixin HelpOption help;

    @Mixin DossierOption dossier;

    @Option(names = "--dry-run", description = "Check the journal, and write nothing.")
    boolean dryRun;

    @Option(
        names = "--json",
        description =
            "Read the file as entries in JSON (docs/dossier.md); the default for a .json file.")
    boolean json;

    @Mixin ErrorFormatOption errorFormat;

    @Parameters(
        paramLabel = "FILE",
        description =
            "The journal; a .json file is read as JSON, a .csv file as CSV; `-` reads standard"
                + " input.")
    String file;

    public Import(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      return LogImportRunner.run(
          new LogImportOptions(
              file, dossier.folder(), dossier.database(), dryRun, errorFormat.get(), json),
          io);
    }
  }
}
