package org.truce.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.truce.cli.run.DiffOptions;
import org.truce.cli.run.DiffRunner;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code truce diff OLD NEW}; its model is built in code, as {@code check}'s ({@link
 * CodedCommand}).
 */
public final class DiffCommand implements Callable<Integer>, CodedCommand {
  private final Io io;
  private final ErrorFormatOption errorFormat = new ErrorFormatOption();
  private final Value<Boolean> json = new Value<>(false);
  private final SearchOptions search = new SearchOptions();
  private final Value<String> dossier = new Value<>(null);
  private final Value<String> database = new Value<>(null);
  private final Value<String> oldFile = new Value<>(null);
  private final Value<String> newFile = new Value<>(null);

  public DiffCommand(Io io) {
    this.io = io;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CodedCommand.named(this, "diff");
    spec.usageMessage()
        .header("What a new version of an agreement changes: its clauses, and what can happen.")
        .sortOptions(false)
        .description(
            "Compare two versions of an agreement. First the clause-level changes: header, actors,"
                + " holdings, interests, and every clause added, removed or changed (matched by"
                + " id, then label, then content), with the numbers that moved. Then the semantic"
                + " change: both texts are checked (as `truce check` does) and, for every"
                + " analysis, the diff says what the new text opens, closes or shifts, with its"
                + " witness run.",
            "")
        .footerHeading("%nExamples:%n")
        .footer(
            "  truce diff examples/framework-2024-proposal.truce \\",
            "             examples/framework-2024-counterproposal.truce",
            "  truce diff --json old.truce new.truce     for tools, on standard output")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(
            CodedCommand.exitCodes(
                "0:the new text opens no violation and worsens no figure",
                "1:the new text opens a violation or worsens a figure, or a limit stopped a search"
                    + " (inconclusive)",
                "2:a file has an error or cannot be read, or bad usage",
                "3:internal error"));
    spec.addOption(HelpOption.spec());
    spec.addOption(errorFormat.spec());
    spec.addOption(
        CodedCommand.flag(json, "--json")
            .description(
                "Print the diff on standard output as JSON: {\"old\", \"new\", \"clauses\","
                    + " \"semantics\"} (docs/cli.md).")
            .build());
    search.addTo(spec);
    spec.addOption(
        CodedCommand.option(dossier, String.class, "DIR", "-d", "--dossier")
            .description(
                "Also show who conceded what, from the positions recorded in this dossier's"
                    + " ledger (docs/dossier.md); OLD and NEW are named there by their `version`"
                    + " headers.")
            .build());
    spec.addOption(
        CodedCommand.option(database, String.class, "URL", "--db")
            .description(
                "The dossier's ledger in this PostgreSQL database (default: TRUCE_DB, else its"
                    + " SQLite file).")
            .build());
    spec.addPositional(
        CodedCommand.parameter(oldFile, String.class, "OLD")
            .index("0")
            .description("The earlier version (.truce).")
            .build());
    spec.addPositional(
        CodedCommand.parameter(newFile, String.class, "NEW")
            .index("1")
            .description("The later version (.truce).")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    var analysis = search.toOptions(List.of(), "diff", io);
    if (analysis.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    return DiffRunner.run(
        new DiffOptions(
            oldFile.value(),
            newFile.value(),
            json.value(),
            errorFormat.get(),
            analysis.get(),
            java.util.Optional.ofNullable(dossier.value()),
            DossierOption.database(database.value())),
        io);
  }
}
