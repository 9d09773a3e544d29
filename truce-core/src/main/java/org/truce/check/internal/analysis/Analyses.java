package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions;
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
      results.add(WellFormed.run(c));
    }
    if (options.wants("completes")) {
      results.add(Completes.run(c));
    }
    if (options.wants("deadlock")) {
      results.add(Deadlocks.run(c));
    }
    for (String party : c.parties()) {
      if (options.wants("exposure(" + party + ")")) {
        results.add(ExposureAnalysis.run(c, party));
      }
    }
    if (options.wants("indefinite-truce")) {
      results.add(IndefiniteTruce.run(c));
    }
    List<Requirement> requirements = graph.system().agreement().requirements();
    for (int i = 0; i < requirements.size(); i++) {
      if (options.wants(Requirements.name(requirements.get(i), i)) || options.wants("require")) {
        results.add(Requirements.run(c, requirements.get(i), i));
      }
    }
    return results;
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
