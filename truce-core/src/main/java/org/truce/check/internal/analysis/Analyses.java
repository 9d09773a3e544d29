package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions;
import org.truce.check.Verdict;
import org.truce.check.internal.explore.Graph;
import org.truce.model.Requirement;
import org.truce.model.SourceMap;

/** Runs the analyses asked for over one explored graph, in a fixed order. */
public final class Analyses {
  private Analyses() {}

  /**
   * Runs the analyses; those that need more than {@code deadline} ({@link System#nanoTime}) say
   * inconclusive.
   */
  public static List<Analysis> run(
      Graph graph, Optional<SourceMap> sources, CheckOptions options, long deadline) {
    Context c = new Context(graph, sources, deadline);
    List<Analysis> results = new ArrayList<>();
    if (options.wants("well-formed")) {
      results.add(guarded("well-formed", () -> WellFormed.run(c)));
    }
    if (options.wants("completes")) {
      results.add(guarded("completes", () -> Completes.run(c)));
    }
    if (options.wants("deadlock")) {
      results.add(guarded("deadlock", () -> Deadlocks.run(c)));
    }
    for (String party : c.parties()) {
      String exposure = "exposure(" + party + ")";
      if (options.wants(exposure)) {
        results.add(guarded(exposure, () -> ExposureAnalysis.run(c, party)));
      }
    }
    if (options.wants("indefinite-truce")) {
      results.add(guarded("indefinite-truce", () -> IndefiniteTruce.run(c)));
    }
    List<Requirement> requirements = graph.system().agreement().requirements();
    for (int i = 0; i < requirements.size(); i++) {
      String name = Requirements.name(requirements.get(i), i);
      if (options.wants(name) || options.wants("require")) {
        Requirement requirement = requirements.get(i);
        int place = i;
        results.add(guarded(name, () -> Requirements.run(c, requirement, place)));
      }
    }
    return results;
  }

  /**
   * Runs one analysis; one that runs out of memory is inconclusive, and the next analyses still
   * run: what it held is garbage again, and the others may need less.
   */
  private static Analysis guarded(String name, Supplier<Analysis> analysis) {
    try {
      return analysis.get();
    } catch (OutOfMemoryError e) {
      return new Analysis(
          name,
          Verdict.INCONCLUSIVE,
          OptionalLong.empty(),
          "not decided: the memory ran out during this analysis (give the JVM more, e.g."
              + " TRUCE_JAVA_OPTS=-Xmx8g, or run it alone with --only)",
          Map.of(),
          Optional.empty());
    }
  }

  /** Every analysis name the text has, in the order they run. */
  public static List<String> names(org.truce.model.Agreement agreement) {
    List<String> names = new ArrayList<>(List.of("well-formed", "completes", "deadlock"));
    agreement.actors().stream()
        .filter(a -> a.has(org.truce.syntax.Clause.Role.PARTY))
        .forEach(a -> names.add("exposure(" + a.name() + ")"));
    names.add("indefinite-truce");
    for (int i = 0; i < agreement.requirements().size(); i++) {
      names.add(Requirements.name(agreement.requirements().get(i), i));
    }
    return names;
  }
}
