package org.truce.check.internal.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.truce.check.Analysis;
import org.truce.check.Settled;
import org.truce.check.Verdict;
import org.truce.check.internal.explore.Graph;
import org.truce.model.Requirement;
import org.truce.vocabulary.RequirementKind;

/**
 * Which results of the analyses on a partial graph (states below some number expanded with all
 * their edges, the others stored but not expanded) are settled: their verdict is the one the
 * complete graph gives (docs/semantics.md, "Verdicts only", states why for each analysis).
 *
 * <ul>
 *   <li>A violation of well-formed, deadlock, completes, exposure, indefinite-truce or a {@code
 *       require} is settled: each is read off states and edges the full graph has too, so the run
 *       it shows exists there (for indefinite-truce: an unexpanded state counts as a way out, which
 *       only helps the party, so a party locked in here is locked in there too).
 *   <li>A violation of {@code always}, {@code never} or {@code eventually ... within} is settled
 *       only once its witness is as short as any: when no state of fewer days is unexpanded.
 *   <li>dead-clauses holding is settled: every right was found exercisable in a reachable state.
 *   <li>Nothing else is: a property holding needs every state.
 * </ul>
 *
 * <p>On the graph of a depth-first probe ({@code depthFirst}: the expanded states are not those of
 * the fewest days, and a state's run is not a shortest one) the same violations are settled, since
 * they are read off states and edges the complete graph has, but no witness is shortest: a safety
 * violation is settled at once, its witness the run the probe found.
 */
public final class Settlement {
  private final Graph graph;
  private final boolean depthFirst;
  private final Map<String, Requirement> requirements = new HashMap<>();
  // The days of a shortest run to the first state not expanded: fewer, every state is expanded.
  private long unexpandedDepth = -1;

  /** The settlement on the partial graph of the breadth-first search. */
  public Settlement(Graph partial) {
    this(partial, false);
  }

  /**
   * The settlement on {@code partial}, the graph of a depth-first probe if {@code depthFirst} (see
   * above).
   */
  public Settlement(Graph partial, boolean depthFirst) {
    this.graph = partial;
    this.depthFirst = depthFirst;
    var all = partial.system().agreement().requirements();
    for (int i = 0; i < all.size(); i++) {
      requirements.put(Requirements.name(all.get(i), i), all.get(i));
    }
  }

  /**
   * {@code result} as settled on this graph, with how it was settled; empty when more states could
   * change its verdict, or, for a safety property, shorten its witness.
   */
  public Optional<Outcome> of(Analysis result) {
    String name = result.name();
    if (name.equals(DeadClauses.NAME)) {
      return result.verdict() == Verdict.HOLDS
          ? Optional.of(new Outcome(result, settled(false, false)))
          : Optional.empty();
    }
    if (name.startsWith("exposure(") && result.witness().isPresent()) {
      // On a partial graph the analysis says inconclusive with the most found so far: a state
      // that exposes the party is reachable, so the verdict is settled, the figure a lower bound.
      Analysis violated =
          new Analysis(
              name,
              Verdict.VIOLATED,
              result.value(),
              result.summary(),
              result.figures(),
              result.witness());
      return Optional.of(new Outcome(violated, settled(true, false)));
    }
    if (result.verdict() != Verdict.VIOLATED || result.witness().isEmpty()) {
      return Optional.empty();
    }
    if (name.equals("well-formed") || name.equals("deadlock")) {
      // The first state with a shortfall or stuck is an expanded one, the same the full search
      // finds first: the same witness.
      return Optional.of(new Outcome(result, settled(false, true)));
    }
    if (name.equals("completes") || name.equals("indefinite-truce")) {
      return Optional.of(new Outcome(result, settled(result.value().isPresent(), false)));
    }
    Requirement r = requirements.get(name);
    if (r == null) {
      return Optional.empty();
    }
    boolean safety = r.kind() != RequirementKind.EVENTUALLY || r.withinDays().isPresent();
    if (!safety) {
      return Optional.of(new Outcome(result, settled(false, false)));
    }
    // The witness ends at the first state found that breaks the property, by a shortest run: as
    // short as any when every state reached in as few days or fewer was expanded (a state not
    // expanded may break it in ways only its successors show: a run that ends there).
    if (depthFirst || result.witness().get().lastDay() <= unexpandedDepth()) {
      return Optional.of(new Outcome(result, settled(false, true)));
    }
    return Optional.empty();
  }

  /** How a result is settled on this graph: no witness is shortest on a depth-first one. */
  private Settled settled(boolean valueAtLeast, boolean witnessShortest) {
    return new Settled(graph.size(), valueAtLeast, witnessShortest && !depthFirst, depthFirst);
  }

  /** A result and how it was settled. */
  public record Outcome(Analysis analysis, Settled settled) {}

  private long unexpandedDepth() {
    if (unexpandedDepth < 0) {
      // The expanded states are those below a number: the first one not expanded, by bisection.
      int low = 0;
      int high = graph.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (graph.expanded(mid)) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      unexpandedDepth = low == graph.size() ? Long.MAX_VALUE : graph.pathTo(low).size() - 1;
    }
    return unexpandedDepth;
  }
}
