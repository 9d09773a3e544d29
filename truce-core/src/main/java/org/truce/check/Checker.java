package org.truce.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.check.internal.analysis.Analyses;
import org.truce.check.internal.analysis.DeadClauses;
import org.truce.check.internal.explore.Explorer;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.explore.Limits;
import org.truce.check.internal.explore.Probe;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Agreement;
import org.truce.model.SourceMap;
import org.truce.source.Diagnostic;

/**
 * Explores every run an agreement allows (docs/semantics.md) and runs the analyses over them:
 * well-formed, completes, deadlock, exposure of each party, indefinite truce, and the text's own
 * {@code require} properties, and the rights no run lets a party exercise (dead-clauses). No I/O:
 * the result says everything, including how far the search went when a limit stopped it.
 */
public final class Checker {
  private Checker() {}

  /**
   * States the depth-first probe of a check with verdicts only may expand: enough to meet
   * violations some hundred days deep, few enough for the analyses on its graph to take a fraction
   * of a second.
   */
  static final int PROBE_STATES = 20_000;

  public static CheckReport check(
      Agreement agreement, Optional<SourceMap> sources, CheckOptions options) {
    return check(agreement, sources, options, PROBE_STATES);
  }

  /** As above, with a probe of at most {@code probeBudget} states (none if 0), for tests. */
  static CheckReport check(
      Agreement agreement, Optional<SourceMap> sources, CheckOptions options, int probeBudget) {
    long start = System.nanoTime();
    // One budget for the whole check (issue 16: 100,000 requirements took 102 s under a timeout
    // of 5 s): the search may take three quarters of it, the analyses the rest, and each analysis
    // that would run past it is inconclusive instead.
    long budget = options.timeout().toNanos();
    long deadline = start + budget;
    TransitionSystem system =
        new TransitionSystem(agreement, options.adversary(), options.exactAmounts());
    // In nanoseconds, not with Duration's arithmetic: Duration.multipliedBy goes through
    // BigDecimal, whose first use computes its tables in interpreted code (about a third of a
    // small check's processor time).
    long searchNanos = budget / 4 * 3 - (System.nanoTime() - start);
    Limits limits =
        new Limits(
            options.maxStates(),
            Duration.ofNanos(Math.max(0, searchNanos)),
            options.progress(),
            options.threads());
    EarlyVerdicts early = new EarlyVerdicts(sources, options, deadline);
    // The game of indefinite-truce reads how successors group: recorded by the search.
    int[] gamePlayers =
        options.wants("indefinite-truce") ? system.playersWaitingForUnits() : new int[0];
    // With verdicts only, a depth-first probe first (a tenth of the search's time at most): it
    // meets deep violations the breadth-first search reaches only after every shallower state.
    Optional<Graph> probe =
        options.stopsEarly() && probeBudget > 0
            ? Probe.explore(
                system,
                (int) Math.min(probeBudget, options.maxStates()),
                System.nanoTime() + limits.timeout().toNanos() / 10,
                gamePlayers,
                early::probed)
            : Optional.empty();
    boolean probeSettled = probe.isPresent();
    Graph graph =
        probeSettled
            ? probe.get()
            : Explorer.explore(
                system,
                options.stopsEarly() ? limits.withCheckpoint(early::settled) : limits,
                gamePlayers);
    Graph.Stop stop = probeSettled ? Graph.Stop.SETTLED : graph.stop();
    // With verdicts only, the analyses settled at a checkpoint keep that result; the others run
    // on the graph the search ended with (all of them, without verdicts only).
    Results rest =
        stop == Graph.Stop.SETTLED
            ? new Results(List.of(), List.of())
            : early
                .unsettled()
                .map(
                    names ->
                        names.isEmpty()
                            ? new Results(List.of(), List.of())
                            : analyse(graph, sources, options.withOnly(names), deadline))
                .orElseGet(() -> analyse(graph, sources, options, deadline));
    List<Analysis> analyses = early.merge(rest.analyses(), Analyses.names(agreement));
    List<Diagnostic> warnings = rest.warnings();
    Exploration exploration =
        new Exploration(
            graph.size(),
            graph.transitions(),
            system.vars().bits(),
            system.vars().words(),
            graph.bytesPerState(),
            graph.edgeBytesPerState(),
            Duration.ofNanos(System.nanoTime() - start),
            stop.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    return new CheckReport(
        analyses, exploration, warnings, options.stopsEarly(), early.settledSoFar());
  }

  /** The results of the analyses over one graph, and the warnings at dead clauses. */
  record Results(List<Analysis> analyses, List<Diagnostic> warnings) {}

  /** Runs the analyses {@code options} asks for over {@code graph}. */
  static Results analyse(
      Graph graph, Optional<SourceMap> sources, CheckOptions options, long deadline) {
    List<Analysis> analyses = new ArrayList<>(Analyses.run(graph, sources, options, deadline));
    List<Diagnostic> warnings = List.of();
    if (options.wants(DeadClauses.NAME) && !graph.system().rights().isEmpty()) {
      DeadClauses.Result dead = DeadClauses.run(graph, sources, options, deadline);
      // Before the text's own requirements, as Analyses.names lists it.
      int place = (int) analyses.stream().filter(a -> !a.name().startsWith("require(")).count();
      analyses.add(place, dead.analysis());
      warnings = dead.warnings();
    }
    return new Results(analyses, warnings);
  }

  /** The names of the analyses {@link #check} runs on {@code agreement}, for --only. */
  public static List<String> analysisNames(Agreement agreement) {
    return Analyses.names(agreement);
  }
}
