package org.truce.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.truce.cli.run.DiffOptions;
import org.truce.cli.run.DiffRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truce diff OLD NEW}. */
@Command(
    name = "diff",
    header = "What a new version of an agreement changes: its clauses, and what can happen.",
    sortOptions = false,
    description = {
      "Compare two versions of an agreement. First the clause-level changes: header, actors,"
          + " holdings, interests, and every clause added, removed or changed (matched by id,"
          + " then label, then content), with the numbers that moved. Then the semantic change:"
          + " both texts are checked (as `truce check` does) and, for every analysis, the diff"
          + " says what the new text opens, closes or shifts, with its witness run.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce diff examples/framework-2024-proposal.truce \\",
      "             examples/framework-2024-counterproposal.truce",
      "  truce diff --json old.truce new.truce     for tools, on standard output"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the new text opens no violation and worsens no figure",
      "1:the new text opens a violation or worsens a figure, or a limit stopped a search (inconclusive)",
      "2:a file has an error or cannot be read, or bad usage",
      "3:internal error"
    })
public final class DiffCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Mixin ErrorFormatOption errorFormat;

  @Option(
      names = "--json",
      description =
          "Print the diff on standard output as JSON: {\"old\", \"new\", \"clauses\","
              + " \"semantics\"} (docs/cli.md).")
  boolean json;

  @Mixin SearchOptions search;

  @Option(
      names = {"-d", "--dossier"},
      paramLabel = "DIR",
      description =
          "Also show who conceded what, from the positions recorded in this dossier's ledger"
              + " (docs/dossier.md); OLD and NEW are named there by their `version` headers.")
  String dossier;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "The dossier's ledger in this PostgreSQL database (default: TRUCE_DB, else its SQLite file).")
  String database;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version (.truce).")
  String oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later version (.truce).")
  String newFile;

  public DiffCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    var analysis = search.toOptions(List.of(), "diff", io);
    if (analysis.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    return DiffRunner.run(
        new DiffOptions(
            oldFile,
            newFile,
            json,
            errorFormat.get(),
            analysis.get(),
            java.util.Optional.ofNullable(dossier),
            DossierOption.database(database)),
        io);
  }
}
