package org.truce.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.truce.cli.run.BaselineOptions;
import org.truce.cli.run.CheckOptions;
import org.truce.cli.run.CheckRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truce check FILE...}. */
@Command(
    name = "check",
    header = "Validate agreements, explore every run they allow, and report what can go wrong.",
    sortOptions = false,
    description = {
      "Read, parse and validate agreements: names, roles, quantities, schedules, phases and"
          + " conditions. Every problem is printed with its place in the file and a hint.",
      "",
      "Then, for each valid file, explore every run the text allows (docs/semantics.md) and run"
          + " the analyses: well-formed, completes, deadlock, exposure(P) for each party,"
          + " indefinite-truce and the text's own `require` properties. Each analysis says"
          + " whether it holds, with its figure, and a witness run that cites the clauses"
          + " involved, day by day.",
      "",
      "Findings the drafters accept are listed in a baseline beside the file, FILE.baseline"
          + " (or --baseline): one line each, `accept exposure(hamas) up to 33 because"
          + " \"...\"`. An accepted finding is listed as accepted and no longer fails the check;"
          + " one whose figure grows past its bound, or that no longer occurs, is reported"
          + " (docs/cli.md, \"Accepted findings\").",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce check examples/framework-2024-proposal.truce",
      "  truce check --adversary israel examples/november-2023.truce",
      "  truce check --only exposure,indefinite-truce examples/*.truce",
      "  truce check --verdicts draft.truce       stop once every verdict is settled",
      "  truce check --validate-only *.truce      diagnostics only, no analysis",
      "  cat draft.truce | truce check -",
      "  truce check --json draft.truce           results for tools, on standard output",
      "  truce check --write-baseline draft.truce  accept the findings as they are now"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no file has an error and every analysis holds or its finding is accepted",
      "1:an analysis is violated and not accepted, or inconclusive because a limit stopped the"
          + " search",
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
              + " {\"file\", \"diagnostics\", \"exploration\", \"analyses\"} (docs/cli.md)."
              + " Nothing is printed on standard error.")
  boolean json;

  @Option(
      names = "--only",
      paramLabel = "NAME",
      split = ",",
      description =
          "Run only these analyses (repeatable, or comma-separated): a name such as"
              + " `completes` or `exposure(hamas)`, or `exposure` / `require` for all of a kind.")
  List<String> only = new ArrayList<>();

  @Mixin SearchOptions search;

  @Option(
      names = "--verdicts",
      description =
          "Verdicts only: stop the search as soon as every verdict asked for is settled. A"
              + " figure is then at least what was found by then, and a witness the shortest"
              + " found by then unless marked shortest (docs/cli.md, \"Verdicts only\"). Also"
              + " the case when --only asks only for analyses without a figure.")
  boolean verdicts;

  @Option(
      names = "--validate-only",
      description = "Only parse and validate: print the diagnostics and run no analysis.")
  boolean validateOnly;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "The baseline of accepted findings to use (or write), instead of the one found beside"
              + " the agreement. Only with one agreement.")
  String baseline;

  @Option(
      names = "--no-baseline",
      description = "Use no baseline: report every finding, accepted or not.")
  boolean noBaseline;

  @Option(
      names = "--write-baseline",
      description =
          "Write the baseline that accepts exactly the findings of this run, each with its"
              + " figure as its bound; reasons already written are kept.")
  boolean writeBaseline;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description =
          "With --write-baseline: the reason a newly accepted finding gets (default: \""
              + BaselineOptions.UNREVIEWED
              + "\").")
  String reason = BaselineOptions.UNREVIEWED;

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
    var analysis = search.toOptions(only, "check", io);
    if (analysis.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    boolean progress = !json && System.console() != null;
    var baselines =
        new BaselineOptions(
            java.util.Optional.ofNullable(baseline), noBaseline, writeBaseline, reason);
    return CheckRunner.run(
        new CheckOptions(
            files,
            json,
            errorFormat.get(),
            !validateOnly,
            analysis.get().withVerdictsOnly(verdicts),
            progress,
            baselines),
        io);
  }
}
