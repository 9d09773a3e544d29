package org.truce.cli.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.check.Verdict;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Inputs;
import org.truce.cli.internal.Json;
import org.truce.cli.internal.Progress;
import org.truce.cli.internal.Words;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.render.check.CheckJson;
import org.truce.render.check.CheckText;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticJson;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;

/**
 * {@code truce check}: reads, parses and validates each file and prints every diagnostic; then, for
 * each valid file, explores every run it allows and prints the analyses (docs/semantics.md). Exit 2
 * when a file has an error or an option does not fit a file, else 1 when an analysis is violated or
 * inconclusive, else 0.
 */
public final class CheckRunner {
  private CheckRunner() {}

  public static int run(CheckOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    List<Map<String, Object>> results = new ArrayList<>();
    int filesWithErrors = 0;
    int errors = 0;
    int warnings = 0;
    int violated = 0;
    int inconclusive = 0;
    int analyses = 0;
    for (String file : options.files()) {
      long started = System.nanoTime();
      FileResult result = check(file, io);
      if (result.diagnostics().stream().anyMatch(Diagnostic::isError)) {
        filesWithErrors++;
      }
      for (Diagnostic d : result.diagnostics()) {
        switch (d.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          case NOTE -> {}
        }
      }
      Optional<CheckReport> report = Optional.empty();
      if (options.analyse() && result.agreement().isPresent()) {
        Optional<String> problem = optionProblem(result.agreement().get(), options.analysis());
        if (problem.isPresent()) {
          sink.finish();
          io.err().println("truce check: " + result.source().name() + ": " + problem.get());
          return ExitCode.BAD_INPUT;
        }
        report = Optional.of(analyse(result, options, io, started));
        for (var a : report.get().analyses()) {
          analyses++;
          violated += a.verdict() == Verdict.VIOLATED ? 1 : 0;
          inconclusive += a.verdict() == Verdict.INCONCLUSIVE ? 1 : 0;
        }
      }
      if (options.json()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", result.source().name());
        entry.put("diagnostics", DiagnosticJson.toMaps(result.source(), result.diagnostics()));
        if (options.analyse()) {
          entry.put(
              "exploration", report.map(r -> CheckJson.exploration(r.exploration())).orElse(null));
          entry.put("analyses", report.map(CheckJson::analyses).orElse(List.of()));
        }
        results.add(entry);
      } else {
        sink.report(result.source(), result.diagnostics());
        report.ifPresent(r -> io.out().print(CheckText.render(result.source().name(), r)));
      }
    }
    if (options.json()) {
      io.out().print(Json.write(results));
    } else {
      sink.finish();
      if (!sink.json()) {
        String summary = summary(options.files().size(), filesWithErrors, errors, warnings);
        if (analyses > 0) {
          summary += "; " + analysisSummary(analyses, violated, inconclusive);
        }
        io.err().println(summary);
      }
    }
    if (filesWithErrors > 0) {
      return ExitCode.BAD_INPUT;
    }
    return violated + inconclusive > 0 ? ExitCode.FINDING : ExitCode.OK;
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

  /** E.g. "12 analyses: 3 violated, 9 hold". */
  static String analysisSummary(int analyses, int violated, int inconclusive) {
    int hold = analyses - violated - inconclusive;
    List<String> parts = new ArrayList<>();
    if (violated > 0) {
      parts.add(violated + " violated");
    }
    if (inconclusive > 0) {
      parts.add(inconclusive + " inconclusive");
    }
    parts.add(hold + (hold == 1 ? " holds" : " hold"));
    return analyses + (analyses == 1 ? " analysis: " : " analyses: ") + String.join(", ", parts);
  }
}
