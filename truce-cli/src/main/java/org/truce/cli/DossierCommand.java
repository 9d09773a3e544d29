package org.truce.cli;

import java.util.concurrent.Callable;
import org.truce.cli.run.DossierInitRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truce dossier init DIR}. */
@Command(
    name = "dossier",
    header = "Create a negotiation dossier.",
    description = {
      "A dossier is a folder: the versions of an agreement as .truce files, and a ledger of"
          + " sourced entries about them (docs/dossier.md).",
      ""
    },
    subcommands = {DossierCommand.Init.class})
public final class DossierCommand extends CommandGroup {

  /** {@code truce dossier init [DIR]}. */
  @Command(
      name = "init",
      header = "Create a dossier: a folder and an empty ledger.",
      sortOptions = false,
      description = {
        "Create the folder if needed, and an empty ledger in it (ledger.sqlite), or in the"
            + " PostgreSQL database of --db. Then add the versions as .truce files and import"
            + " journals with `truce log import`. An existing dossier is left as it is.",
        ""
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  truce dossier init talks-2024",
        "  truce dossier init talks-2024 --db postgresql://truce@db.example/talks"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:created, or already a dossier",
        "2:the folder or the database cannot be created, or bad usage",
        "3:internal error"
      })
  public static final class Init implements Callable<Integer> {
    private final Io io;

    @Mixin HelpOption help;

    @Option(
        names = "--db",
        paramLabel = "URL",
        description =
            "Keep the ledger in this PostgreSQL database instead of the folder's SQLite file;"
                + " default: the TRUCE_DB environment variable, if set.")
    String database;

    @Parameters(
        arity = "0..1",
        paramLabel = "DIR",
        description = "The dossier's folder (default: the current folder).")
    String folder = ".";

    public Init(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      return DossierInitRunner.run(folder, DossierOption.database(database), io);
    }
  }
}
