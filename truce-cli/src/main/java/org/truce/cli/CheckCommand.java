package org.truce.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.truce.cli.run.BaselineOptions;
import org.truce.cli.run.CheckOptions;
import org.truce.cli.run.CheckRunner;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code truce check FILE...}. Its model is built in code ({@link CodedCommand}): it is the command
 * users run most, and the one whose start the benchmarks hold to the JVM's own.
 */
public final class CheckCommand implements Callable<Integer>, CodedCommand {
  private final Io io;
  private final Value<Boolean> json = new Value<>(false);
  private final Value<List<String>> only = new Value<>(new ArrayList<>());
  private final SearchOptions search = new SearchOptions();
  private final ErrorFormatOption errorFormat = new ErrorFormatOption();
  private final Value<Boolean> verdicts = new Value<>(false);
  private final Value<Boolean> validateOnly = new Value<>(false);
  private final Value<String> baseline = new Value<>(null);
  private final Value<Boolean> noBaseline = new Value<>(false);
  private final Value<Boolean> writeBaseline = new Value<>(false);
  private final Value<String> reason = new Value<>(BaselineOptions.UNREVIEWED);
  private final Value<List<String>> files = new Value<>(null);

  public CheckCommand(Io io) {
    this.io = io;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CodedCommand.named(this, "check");
    spec.usageMessage()
        .header("Validate agreements, explore every run they allow, and report what can go wrong.")
        .sortOptions(false)
        .description(
            "Read, parse and validate agreements: names, roles, quantities, schedules, phases and"
                + " conditions. Every problem is printed with its place in the file and a hint.",
            "",
            "Then, for each valid file, explore every run the text allows (docs/semantics.md) and"
                + " run the analyses: well-formed, completes, deadlock, exposure(P) for each party,"
                + " indefinite-truce and the text's own `require` properties. Each analysis says"
                + " whether it holds, with its figure, and a witness run that cites the clauses"
                + " involved, day by day.",
            "",
            "Findings the drafters accept are listed in a baseline beside the file, FILE.baseline"
                + " (or --baseline): one line each, `accept exposure(hamas) up to 33 because"
                + " \"...\"`. An accepted finding is listed as accepted and no longer fails the"
                + " check; one whose figure grows past its bound, or that no longer occurs, is"
                + " reported (docs/cli.md, \"Accepted findings\").",
            "")
        .footerHeading("%nExamples:%n")
        .footer(
            "  truce check examples/framework-2024-proposal.truce",
            "  truce check --adversary israel examples/november-2023.truce",
            "  truce check --only exposure,indefinite-truce examples/*.truce",
            "  truce check --verdicts draft.truce       stop once every verdict is settled",
            "  truce check --validate-only *.truce      diagnostics only, no analysis",
            "  cat draft.truce | truce check -",
            "  truce check --json draft.truce           results for tools, on standard output",
            "  truce check --write-baseline draft.truce  accept the findings as they are now")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(
            CodedCommand.exitCodes(
                "0:no file has an error and every analysis holds or its finding is accepted",
                "1:an analysis is violated and not accepted, or inconclusive because a limit"
                    + " stopped the search",
                "2:a file has an error or cannot be read, or bad usage",
                "3:internal error"));
    spec.addOption(HelpOption.spec());
    spec.addOption(errorFormat.spec());
    spec.addOption(
        CodedCommand.flag(json, "--json")
            .description(
                "Print the results on standard output as a JSON array, one object per file:"
                    + " {\"file\", \"diagnostics\", \"exploration\", \"analyses\"}"
                    + " (docs/cli.md). Nothing is printed on standard error.")
            .build());
    spec.addOption(
        CodedCommand.list(only, "NAME", "--only")
            .splitRegex(",")
            .description(
                "Run only these analyses (repeatable, or comma-separated): a name such as"
                    + " `completes` or `exposure(hamas)`, or `exposure` / `require` for all of a"
                    + " kind.")
            .build());
    search.addTo(spec);
    spec.addOption(
        CodedCommand.flag(verdicts, "--verdicts")
            .description(
                "Verdicts only: stop the search as soon as every verdict asked for is settled. A"
                    + " figure is then at least what was found by then, and a witness the shortest"
                    + " found by then unless marked shortest (docs/cli.md, \"Verdicts only\")."
                    + " Also the case when --only asks only for analyses without a figure.")
            .build());
    spec.addOption(
        CodedCommand.flag(validateOnly, "--validate-only")
            .description("Only parse and validate: print the diagnostics and run no analysis.")
            .build());
    spec.addOption(
        CodedCommand.option(baseline, String.class, "FILE", "--baseline")
            .description(
                "The baseline of accepted findings to use (or write), instead of the one found"
                    + " beside the agreement. Only with one agreement.")
            .build());
    spec.addOption(
        CodedCommand.flag(noBaseline, "--no-baseline")
            .description("Use no baseline: report every finding, accepted or not.")
            .build());
    spec.addOption(
        CodedCommand.flag(writeBaseline, "--write-baseline")
            .description(
                "Write the baseline that accepts exactly the findings of this run, each with its"
                    + " figure as its bound; reasons already written are kept.")
            .build());
    spec.addOption(
        CodedCommand.option(reason, String.class, "TEXT", "--reason")
            .description(
                "With --write-baseline: the reason a newly accepted finding gets (default: \""
                    + BaselineOptions.UNREVIEWED
                    + "\").")
            .build());
    spec.addPositional(
        CodedCommand.parameter(files, List.class, "FILE")
            .auxiliaryTypes(String.class)
            .arity("1..*")
            .description("The .truce files to check; `-` reads standard input.")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    var analysis = search.toOptions(only.value(), "check", io);
    if (analysis.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    boolean progress = !json.value() && System.console() != null;
    var baselines =
        new BaselineOptions(
            java.util.Optional.ofNullable(baseline.value()),
            noBaseline.value(),
            writeBaseline.value(),
            reason.value());
    return CheckRunner.run(
        new CheckOptions(
            files.value(),
            json.value(),
            errorFormat.get(),
            !validateOnly.value(),
            analysis.get().withVerdictsOnly(verdicts.value()),
            progress,
            baselines),
        io);
  }
}
