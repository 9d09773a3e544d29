package org.truce.cli.run;

import java.io.IOException;
import java.nio.file.Path;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.AtomicFiles;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Inputs;
import org.truce.cli.internal.Outputs;
import org.truce.cli.internal.Words;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.syntax.Formatter;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;

/**
 * {@code truce fmt}: rewrites each file in the canonical layout, atomically, and only when it
 * changes. A file that cannot be read or has a syntax error is left untouched (exit 2). With {@code
 * --check}, lists the files that would change on standard output and exits 1 if there are any.
 */
public final class FmtRunner {
  private FmtRunner() {}

  public static int run(FmtOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    int changed = 0;
    int unchanged = 0;
    int failed = 0;
    for (String file : options.files()) {
      switch (format(file, options.check(), io, sink)) {
        case CHANGED -> changed++;
        case UNCHANGED -> unchanged++;
        case FAILED -> failed++;
      }
    }
    sink.finish();
    if (!options.check() && !sink.json() && options.files().stream().noneMatch(Inputs::isStdin)) {
      io.err().println(summary(changed, unchanged, failed));
    }
    if (failed > 0) {
      return ExitCode.BAD_INPUT;
    }
    return options.check() && changed > 0 ? ExitCode.FINDING : ExitCode.OK;
  }

  private enum Outcome {
    CHANGED,
    UNCHANGED,
    FAILED
  }

  private static Outcome format(String file, boolean check, Io io, DiagnosticSink sink) {
    LoadedSource loaded = Inputs.load(file, io.in());
    if (!loaded.ok()) {
      sink.report(loaded.source(), loaded.problem().orElseThrow());
      return Outcome.FAILED;
    }
    SourceText source = loaded.source();
    ParseResult parsed = Parser.parse(source);
    if (parsed.hasErrors() || parsed.tree().isEmpty()) {
      sink.report(source, parsed.diagnostics());
      return Outcome.FAILED;
    }
    String formatted = Formatter.format(parsed);
    boolean changes = !formatted.equals(source.text());
    if (check) {
      if (changes) {
        io.out().println(source.name());
      }
    } else if (Inputs.isStdin(file)) {
      io.out().print(formatted);
    } else if (changes) {
      try {
        AtomicFiles.write(Path.of(file), formatted);
      } catch (IOException e) {
        sink.report(source, Outputs.problem(file, e));
        return Outcome.FAILED;
      }
    }
    return changes ? Outcome.CHANGED : Outcome.UNCHANGED;
  }

  /** E.g. "1 file reformatted, 2 already formatted, 1 not formatted because of errors". */
  static String summary(int changed, int unchanged, int failed) {
    StringBuilder line = new StringBuilder(Words.count(changed, "file") + " reformatted");
    line.append(", ").append(unchanged).append(" already formatted");
    if (failed > 0) {
      line.append(", ").append(failed).append(" not formatted because of errors");
    }
    return line.toString();
  }
}
