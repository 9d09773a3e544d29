package org.truce.cli.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.SemanticDiff;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Agreements;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Dossiers;
import org.truce.cli.internal.Json;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Ledger;
import org.truce.model.Agreement;
import org.truce.negotiate.ClauseChanges;
import org.truce.negotiate.ClauseDiff;
import org.truce.negotiate.ClauseDiffJson;
import org.truce.negotiate.ClauseDiffText;
import org.truce.negotiate.Concessions;
import org.truce.negotiate.DossierRecord;
import org.truce.render.check.SemanticDiffJson;
import org.truce.render.check.SemanticDiffText;
import org.truce.store.StoreException;
import org.truce.table.Table;
import org.truce.table.TableFormat;

/**
 * {@code truce diff OLD NEW}: the clause-level changes between two versions, then what the change
 * does to every analysis. Exit 1 when the new text opens a violation or worsens a figure, or when a
 * search limit leaves an analysis undecided (the diff is then inconclusive).
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
    Optional<Table> concessions = Optional.empty();
    if (options.dossier().isPresent()) {
      try {
        concessions =
            Optional.of(
                concessions(options, old.get().agreement(), now.get().agreement(), clauses, sink));
      } catch (Dossiers.Unusable | StoreException e) {
        io.err().println("truce diff: " + e.getMessage());
        return ExitCode.BAD_INPUT;
      }
    }
    if (options.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("old", options.oldFile());
      root.put("new", options.newFile());
      root.put("clauses", ClauseDiffJson.of(clauses, old.get().sourceMap(), now.get().sourceMap()));
      root.put("semantics", SemanticDiffJson.render(semantics));
      concessions.ifPresent(t -> root.put("concessions", t.records()));
      io.out().print(Json.write(root));
    } else {
      io.out()
          .println("Clause changes from " + options.oldFile() + " to " + options.newFile() + ":");
      String text = ClauseDiffText.render(clauses, old.get().sourceMap(), now.get().sourceMap());
      io.out().print(text.isEmpty() ? "  none\n" : indent(text));
      io.out().println();
      io.out().print(SemanticDiffText.render(semantics));
      concessions.ifPresent(t -> io.out().print("\n" + TableFormat.TEXT.write(t)));
    }
    return semantics.worse() || semantics.undecided() > 0 ? ExitCode.FINDING : ExitCode.OK;
  }

  /** Who conceded what between the two texts, from the dossier's recorded positions. */
  private static Table concessions(
      DiffOptions options, Agreement old, Agreement now, ClauseChanges clauses, DiagnosticSink sink)
      throws Dossiers.Unusable {
    Path folder = Path.of(options.dossier().get());
    String oldLabel = label(old, options.oldFile());
    String newLabel = label(now, options.newFile());
    try (Ledger ledger = Dossiers.existingLedger(folder, options.database())) {
      DossierVersions versions = Dossiers.versions(folder, sink);
      for (String label : List.of(oldLabel, newLabel)) {
        if (versions.version(label).isEmpty()) {
          throw new Dossiers.Unusable(
              "the dossier `"
                  + folder
                  + "` has no version `"
                  + label
                  + "`: add its .truce file to it");
        }
      }
      DossierRecord record = new DossierRecord(versions, ledger.entries(EntryKind.POSITION));
      return Concessions.table(
          Concessions.between(record, oldLabel, newLabel, clauses), oldLabel, newLabel);
    }
  }

  private static String label(Agreement agreement, String file) throws Dossiers.Unusable {
    return agreement
        .metadata()
        .version()
        .orElseThrow(
            () ->
                new Dossiers.Unusable(
                    file + " has no `version` header, so the dossier cannot name it: add one"));
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
