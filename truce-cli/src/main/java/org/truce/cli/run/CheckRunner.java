package org.truce.cli.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.check.Verdict;
import org.truce.check.baseline.BaselineReader;
import org.truce.check.baseline.BaselineWriter;
import org.truce.check.baseline.Judgement;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Baselines;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Inputs;
import org.truce.cli.internal.Json;
import org.truce.cli.internal.Outputs;
import org.truce.cli.internal.Progress;
import org.truce.cli.internal.Words;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.render.check.CheckJson;
import org.truce.render.check.CheckText;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.DiagnosticJson;
import org.truce.source.LoadedSource;
import org.truce.source.Severity;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * {@code truce check}: reads, parses and validates each file and prints every diagnostic; then, for
 * each valid file, explores every run it allows and prints the analyses (docs/semantics.md). Exit 2
 * when a file (or its baseline) has an error or an option does not fit a file, else 1 when an
 * analysis is violated and not accepted by the baseline, or inconclusive, else 0. A baseline of
 * accepted findings ({@code FILE.baseline} beside the file, or {@code --baseline}) turns the
 * findings it accepts into "accepted" (docs/decisions/0016-accepted-findings.md).
 */
public final class CheckRunner {
  private CheckRunner() {}

  public static int run(CheckOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    Optional<Diagnostic> usage = usageProblem(options);
    if (usage.isPresent()) {
      sink.report(new SourceText("truce check", ""), usage.get());
      sink.finish();
      return ExitCode.BAD_INPUT;
    }
    List<Map<String, Object>> results = new ArrayList<>();
    int filesWithErrors = 0;
    int errors = 0;
    int warnings = 0;
    int violated = 0;
    int inconclusive = 0;
    int accepted = 0;
    int analyses = 0;
    for (String file : options.files()) {
      long started = System.nanoTime();
      FileResult result = check(file, io);
      if (result.diagnostics().stream().anyMatch(Diagnostic::isError)) {
        filesWithErrors++;
      }
      errors += count(result.diagnostics(), Severity.ERROR);
      warnings += count(result.diagnostics(), Severity.WARNING);
      Optional<CheckReport> report = Optional.empty();
      Judgement judgement = Judgement.none();
      Baselines.Loaded baseline = Baselines.Loaded.none(Optional.empty());
      List<Diagnostic> baselineProblems = new ArrayList<>();
      List<Diagnostic> findingWarnings = new ArrayList<>();
      if (options.analyse() && result.agreement().isPresent()) {
        Optional<String> problem = optionProblem(result.agreement().get(), options.analysis());
        if (problem.isPresent()) {
          sink.finish();
          io.err().println("truce check: " + result.source().name() + ": " + problem.get());
          return ExitCode.BAD_INPUT;
        }
        BaselineOptions wanted = options.baseline();
        if (!wanted.ignore()) {
          Optional<String> path = Baselines.path(file, wanted.file());
          if (wanted.write() && path.isEmpty()) {
            baselineProblems.add(
                Diagnostic.of(DiagnosticCode.BASELINE_OF_STANDARD_INPUT, Span.NONE));
          } else {
            baseline =
                Baselines.load(
                    path,
                    wanted.file().isPresent() && !wanted.write(),
                    result.agreement().get(),
                    io.in());
            baselineProblems.addAll(baseline.problems());
          }
        }
        if (baselineProblems.stream().anyMatch(Diagnostic::isError)) {
          filesWithErrors++;
        } else {
          report = Optional.of(analyse(result, options, io, started));
          if (wanted.write()) {
            Optional<Baselines.Loaded> written =
                writeBaseline(result, report.get(), baseline, options, sink, io);
            if (written.isEmpty()) {
              filesWithErrors++;
              errors++; // the sink has shown why the baseline could not be written
            } else {
              baseline = written.get();
              if (!options.json()) {
                io.err()
                    .println(
                        "wrote "
                            + Words.count(
                                baseline.baseline().orElseThrow().acceptances().size(),
                                "accepted finding")
                            + " to "
                            + baseline.source().name());
              }
            }
          }
          if (baseline.baseline().isPresent()) {
            judgement =
                Judgement.of(
                    report.get(), baseline.baseline().get(), options.analysis().adversary());
            baselineProblems.addAll(judgement.diagnostics());
          }
          // The warnings at dead clauses go with their analysis: accepted with it, not shown.
          for (var a : report.get().analyses()) {
            if (a.name().equals("dead-clauses") && !judgement.accepted(a)) {
              findingWarnings.addAll(report.get().warnings());
            }
          }
          warnings += count(findingWarnings, Severity.WARNING);
          for (var a : report.get().analyses()) {
            analyses++;
            if (judgement.accepted(a)) {
              accepted++;
            } else {
              violated += a.verdict() == Verdict.VIOLATED ? 1 : 0;
            }
            inconclusive += a.verdict() == Verdict.INCONCLUSIVE ? 1 : 0;
          }
        }
        errors += count(baselineProblems, Severity.ERROR);
        warnings += count(baselineProblems, Severity.WARNING);
      }
      if (options.json()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", result.source().name());
        List<Map<String, Object>> diagnostics =
            new ArrayList<>(DiagnosticJson.toMaps(result.source(), result.diagnostics()));
        diagnostics.addAll(DiagnosticJson.toMaps(result.source(), findingWarnings));
        diagnostics.addAll(DiagnosticJson.toMaps(baseline.source(), baselineProblems));
        entry.put("diagnostics", diagnostics);
        if (options.analyse()) {
          entry.put("baseline", baseline.baseline().map(b -> b.source().name()).orElse(null));
          entry.put("exploration", report.map(CheckJson::exploration).orElse(null));
          Judgement judged = judgement;
          entry.put("analyses", report.map(r -> CheckJson.analyses(r, judged)).orElse(List.of()));
        }
        results.add(entry);
      } else {
        sink.report(result.source(), result.diagnostics());
        sink.report(result.source(), findingWarnings);
        sink.report(baseline.source(), baselineProblems);
        Judgement judged = judgement;
        report.ifPresent(r -> io.out().print(CheckText.render(result.source().name(), r, judged)));
      }
    }
    if (options.json()) {
      io.out().print(Json.write(results));
    } else {
      sink.finish();
      if (!sink.json()) {
        String summary = summary(options.files().size(), filesWithErrors, errors, warnings);
        if (analyses > 0) {
          summary += "; " + analysisSummary(analyses, violated, inconclusive, accepted);
        }
        io.err().println(summary);
      }
    }
    if (filesWithErrors > 0) {
      return ExitCode.BAD_INPUT;
    }
    return violated + inconclusive > 0 ? ExitCode.FINDING : ExitCode.OK;
  }

  /** What the baseline options ask that cannot be done, before any file is read. */
  private static Optional<Diagnostic> usageProblem(CheckOptions options) {
    BaselineOptions b = options.baseline();
    if (b.ignore() && (b.write() || b.file().isPresent())) {
      return Optional.of(
          Diagnostic.of(
              DiagnosticCode.BASELINE_OPTIONS_CONFLICT,
              Span.NONE,
              b.write() ? "--write-baseline" : "--baseline"));
    }
    if (b.ignore()) {
      return Optional.empty();
    }
    if (b.write() && options.analysis().verdictsOnly()) {
      return Optional.of(Diagnostic.of(DiagnosticCode.BASELINE_OF_VERDICTS_ONLY, Span.NONE));
    }
    if (b.write() && !options.analyse()) {
      return Optional.of(Diagnostic.of(DiagnosticCode.BASELINE_WITHOUT_ANALYSES, Span.NONE));
    }
    if (b.file().isPresent() && options.files().size() > 1) {
      return Optional.of(
          Diagnostic.of(
              DiagnosticCode.BASELINE_FOR_MANY_FILES, Span.NONE, (long) options.files().size()));
    }
    return Optional.empty();
  }

  /**
   * Writes the baseline that accepts this report's findings, keeping the reasons of {@code
   * earlier}; empty after reporting why it could not be written.
   */
  private static Optional<Baselines.Loaded> writeBaseline(
      FileResult result,
      CheckReport report,
      Baselines.Loaded earlier,
      CheckOptions options,
      DiagnosticSink sink,
      Io io) {
    String path = earlier.path().orElseThrow();
    String text =
        BaselineWriter.write(
            fileName(result.source().name()),
            report,
            earlier.baseline(),
            options.analysis().adversary(),
            options.baseline().reason());
    if (!Outputs.emit(Optional.of(path), text, io.out(), sink)) {
      return Optional.empty();
    }
    SourceText source = new SourceText(path, text);
    return Optional.of(
        new Baselines.Loaded(
            Optional.of(path),
            source,
            Optional.of(BaselineReader.read(source).baseline()),
            List.of()));
  }

  /** The last part of a path, as a baseline's first line names its agreement. */
  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  private static int count(List<Diagnostic> diagnostics, Severity severity) {
    return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** A file's source, its diagnostics in source order, and its model when it has no error. */
  public record FileResult(
      SourceText source, List<Diagnostic> diagnostics, Optional<ModelResult> model) {
    Optional<Agreement> agreement() {
      return model.filter(m -> !m.hasErrors()).flatMap(ModelResult::agreement);
    }
  }

  public static FileResult check(String file, Io io) {
    LoadedSource loaded = Inputs.load(file, io.in());
    if (!loaded.ok()) {
      return new FileResult(
          loaded.source(), List.of(loaded.problem().orElseThrow()), Optional.empty());
    }
    ModelResult model = ModelBuilder.load(loaded.source());
    return new FileResult(loaded.source(), model.diagnostics(), Optional.of(model));
  }

  /**
   * Explores and analyses one file. {@code --timeout} bounds the whole check of the file: what
   * reading and validating it took ({@code started}, {@link System#nanoTime}) is deducted from the
   * time the checker is given.
   */
  private static CheckReport analyse(FileResult result, CheckOptions options, Io io, long started) {
    var analysis = options.analysis();
    java.time.Duration left = analysis.timeout().minusNanos(System.nanoTime() - started);
    analysis =
        analysis.withLimits(
            analysis.maxStates(), left.isNegative() ? java.time.Duration.ZERO : left);
    Progress progress = null;
    if (options.progress()) {
      progress = new Progress(io.err(), result.source().name());
      analysis = analysis.withProgress(progress);
    }
    try {
      return Checker.check(
          result.agreement().orElseThrow(),
          result.model().flatMap(ModelResult::sourceMap),
          analysis);
    } finally {
      if (progress != null) {
        progress.clear();
      }
    }
  }

  /** Why {@code --adversary} or {@code --only} does not fit this agreement, if it does not. */
  public static Optional<String> optionProblem(
      Agreement agreement, org.truce.check.CheckOptions analysis) {
    List<String> parties =
        agreement.actors().stream()
            .filter(a -> a.has(org.truce.vocabulary.Role.PARTY))
            .map(a -> a.name())
            .toList();
    if (analysis.adversary().isPresent() && !parties.contains(analysis.adversary().get())) {
      return Optional.of(
          "`--adversary "
              + analysis.adversary().get()
              + "` names no party of this agreement;"
              + " its parties are "
              + String.join(", ", parties));
    }
    List<String> names = Checker.analysisNames(agreement);
    for (String wanted : analysis.only()) {
      boolean known = names.stream().anyMatch(n -> n.equals(wanted) || n.startsWith(wanted + "("));
      if (!known) {
        return Optional.of(
            "`--only "
                + wanted
                + "` names no analysis of this agreement; its analyses are "
                + String.join(", ", names));
      }
    }
    return Optional.empty();
  }

  /** E.g. "2 files checked: 1 with errors (3 errors, 1 warning)". */
  static String summary(int files, int filesWithErrors, int errors, int warnings) {
    String checked = Words.count(files, "file") + " checked: ";
    String warned = Words.count(warnings, "warning");
    if (filesWithErrors == 0) {
      return checked + "no errors" + (warnings == 0 ? "" : " (" + warned + ")");
    }
    return checked
        + filesWithErrors
        + " with errors"
        + " ("
        + Words.count(errors, "error")
        + (warnings == 0 ? "" : ", " + warned)
        + ")";
  }

  /** E.g. "12 analyses: 3 violated, 9 hold"; "12 analyses: 1 violated, 2 accepted, 9 hold". */
  static String analysisSummary(int analyses, int violated, int inconclusive, int accepted) {
    int hold = analyses - violated - inconclusive - accepted;
    List<String> parts = new ArrayList<>();
    if (violated > 0) {
      parts.add(violated + " violated");
    }
    if (accepted > 0) {
      parts.add(accepted + " accepted");
    }
    if (inconclusive > 0) {
      parts.add(inconclusive + " inconclusive");
    }
    parts.add(hold + (hold == 1 ? " holds" : " hold"));
    return analyses + (analyses == 1 ? " analysis: " : " analyses: ") + String.join(", ", parts);
  }
}
