package org.truce.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.cli.ErrorFormat;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticJson;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.Severity;
import org.truce.source.SourceText;

/**
 * Where a command sends its diagnostics: rendered for people as they come, or collected and printed
 * as one JSON array by {@link #finish()}. Counts errors and warnings for the summary and the exit
 * code.
 */
public final class DiagnosticSink {
  private final ErrorFormat format;
  private final PrintStream err;
  private final List<Map<String, Object>> json = new ArrayList<>();
  private int errors;
  private int warnings;

  public DiagnosticSink(ErrorFormat format, PrintStream err) {
    this.format = format;
    this.err = err;
  }

  public void report(SourceText source, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) {
        errors++;
      } else if (d.severity() == Severity.WARNING) {
        warnings++;
      }
    }
    if (format == ErrorFormat.JSON) {
      json.addAll(DiagnosticJson.toMaps(source, diagnostics));
    } else {
      err.print(DiagnosticRenderer.render(source, diagnostics));
    }
  }

  public void report(SourceText source, Diagnostic diagnostic) {
    report(source, List.of(diagnostic));
  }

  /** Prints the JSON array in JSON mode (always, even empty, so that tools can parse it). */
  public void finish() {
    if (format == ErrorFormat.JSON) {
      err.print(Json.write(json));
    }
  }

  public boolean json() {
    return format == ErrorFormat.JSON;
  }

  public int errors() {
    return errors;
  }

  public int warnings() {
    return warnings;
  }
}
