package org.truce.cli.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Inputs;
import org.truce.cli.internal.Json;
import org.truce.cli.internal.Words;
import org.truce.model.ModelBuilder;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticJson;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;

/**
 * {@code truce check}: reads, parses and validates each file, prints every diagnostic and a summary
 * line. Exit 0 when no file has an error, 2 otherwise.
 */
public final class CheckRunner {
  private CheckRunner() {}

  public static int run(CheckOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    List<Map<String, Object>> results = new ArrayList<>();
    int filesWithErrors = 0;
    int errors = 0;
    int warnings = 0;
    for (String file : options.files()) {
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
      if (options.json()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", result.source().name());
        entry.put("diagnostics", DiagnosticJson.toMaps(result.source(), result.diagnostics()));
        results.add(entry);
      } else {
        sink.report(result.source(), result.diagnostics());
      }
    }
    if (options.json()) {
      io.out().print(Json.write(results));
    } else {
      sink.finish();
      if (!sink.json()) {
        io.err().println(summary(options.files().size(), filesWithErrors, errors, warnings));
      }
    }
    return filesWithErrors == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  /** A file's source (empty when unreadable) and its diagnostics in source order. */
  public record FileResult(SourceText source, List<Diagnostic> diagnostics) {}

  public static FileResult check(String file, Io io) {
    LoadedSource loaded = Inputs.load(file, io.in());
    if (!loaded.ok()) {
      return new FileResult(loaded.source(), List.of(loaded.problem().orElseThrow()));
    }
    return new FileResult(loaded.source(), ModelBuilder.load(loaded.source()).diagnostics());
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
}
