package org.truce.cli.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.truce.check.SemanticDiff;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Agreements;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Json;
import org.truce.negotiate.ClauseChanges;
import org.truce.negotiate.ClauseDiff;
import org.truce.negotiate.ClauseDiffJson;
import org.truce.negotiate.ClauseDiffText;
import org.truce.render.check.SemanticDiffJson;
import org.truce.render.check.SemanticDiffText;

/**
 * {@code truce diff OLD NEW}: the clause-level changes between two versions, then what the change
 * does to every analysis. Exit 1 when the new text opens a violation or worsens a figure.
 */
public final class DiffRunner {
  private DiffRunner() {}

  public static int run(DiffOptions options, Io io) {
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    if (options.oldFile().equals("-") && options.newFile().equals("-")) {
      io.err().println("truce diff: only one of OLD and NEW can be `-` (standard input)");
      return ExitCode.BAD_INPUT;
    }
    Optional<Agreements.Loaded> old = Agreements.load(options.oldFile(), io.in(), sink);
    Optional<Agreements.Loaded> now = Agreements.load(options.newFile(), io.in(), sink);
    sink.finish();
    if (old.isEmpty() || now.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    Optional<String> problem =
        problem(options.oldFile(), old.get(), options)
            .or(() -> problem(options.newFile(), now.get(), options));
    if (problem.isPresent()) {
      io.err().println("truce diff: " + problem.get());
      return ExitCode.BAD_INPUT;
    }
    ClauseChanges clauses = ClauseDiff.between(old.get().agreement(), now.get().agreement());
    SemanticDiff.Result semantics =
        SemanticDiff.between(
            old.get().agreement(),
            old.get().sourceMap(),
            now.get().agreement(),
            now.get().sourceMap(),
            options.analysis());
    if (options.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("old", options.oldFile());
      root.put("new", options.newFile());
      root.put("clauses", ClauseDiffJson.of(clauses, old.get().sourceMap(), now.get().sourceMap()));
      root.put("semantics", SemanticDiffJson.render(semantics));
      io.out().print(Json.write(root));
    } else {
      io.out()
          .println("Clause changes from " + options.oldFile() + " to " + options.newFile() + ":");
      String text = ClauseDiffText.render(clauses, old.get().sourceMap(), now.get().sourceMap());
      io.out().print(text.isEmpty() ? "  none\n" : indent(text));
      io.out().println();
      io.out().print(SemanticDiffText.render(semantics));
    }
    return semantics.worse() ? ExitCode.FINDING : ExitCode.OK;
  }

  private static Optional<String> problem(
      String file, Agreements.Loaded loaded, DiffOptions options) {
    return CheckRunner.optionProblem(loaded.agreement(), options.analysis())
        .map(p -> file + ": " + p);
  }

  private static String indent(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append("  ").append(line).append('\n');
      }
    }
    return out.toString();
  }
}
