package org.truce.check.internal.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.truce.check.internal.system.TransitionSystem;

/**
 * A depth-first probe, run before the breadth-first search when only verdicts are asked for
 * (--verdicts; docs/semantics.md, "Verdicts only"): a violation many days deep is met after a few
 * thousand states depth first, where breadth first must first expand every state of fewer days. The
 * probe expands at most a budget of states, the last state found first (its successors taken in the
 * order the {@link Expander} gives), and hands back a partial {@link Graph} as a limited search
 * leaves one: the expanded states first, numbered in the order they were expanded (the initial
 * state 0), with all their edges, then the states found but not expanded. Its runs are not shortest
 * ones: {@link Graph#pathTo} gives a run, not a shortest run. Single-threaded.
 */
public final class Probe {
  /** The expanded states at the probe's first checkpoint. */
  static final int FIRST = 256;

  private Probe() {}

  /**
   * Explores depth first until {@code budget} states are expanded or {@code deadline} (as {@link
   * System#nanoTime}) passes, recording for {@code gamePlayers} the groups of their games, and
   * showing its graph to {@code checkpoint} at growing sizes and once at the end; the graph at
   * which {@code checkpoint} said settled, or empty. The probe neither shows nor gives a graph of
   * every reachable state: a breadth-first search of so few states is as quick, and gives shortest
   * witnesses.
   */
  public static Optional<Graph> explore(
      TransitionSystem ts,
      int budget,
      long deadline,
      int[] gamePlayers,
      Limits.Checkpoint checkpoint) {
    int words = ts.vars().words();
    StateStore seen = new StateStore(words, ts.vars().bits());
    Expander expander = new Expander(ts, gamePlayers);
    long[] state = new long[words];
    ts.vars().pack(ts.initialValues(), state);
    seen.add(state);
    int[] stack = new int[64];
    int top = 0;
    stack[top++] = 0;
    List<long[]> order = new ArrayList<>();
    List<Expander.Expansion> expansions = new ArrayList<>();
    long[] successor = new long[words];
    long checkpointAt = Math.min(FIRST, budget);
    int shown = 0;
    boolean shortfallSeen = false;
    while (top > 0 && order.size() < budget && System.nanoTime() < deadline) {
      int id = stack[--top];
      seen.get(id, state);
      Expander.Expansion x = expander.expand(state, deadline);
      if (x.outOfTime) {
        break;
      }
      order.add(state.clone());
      expansions.add(x);
      // The first shortfall settles well-formed: shown at once rather than at the next
      // checkpoint, which may be three times as many states away.
      boolean firstShortfall = x.shortfallAnswers != null && !shortfallSeen;
      shortfallSeen |= x.shortfallAnswers != null;
      // The successors found first are expanded first: pushed last.
      for (int k = x.count - 1; k >= 0; k--) {
        System.arraycopy(x.successors, k * words, successor, 0, words);
        int added = seen.add(successor);
        if (added >= 0) {
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = added;
        }
      }
      if ((order.size() >= checkpointAt || firstShortfall) && top > 0) {
        if (order.size() >= checkpointAt) {
          checkpointAt *= 4;
        }
        shown = order.size();
        Graph graph = Explorer.replay(ts, order, expansions, gamePlayers);
        if (checkpoint.settled(graph)) {
          return Optional.of(graph);
        }
      }
    }
    if (top == 0 || order.size() < Math.min(FIRST, budget) || order.size() == shown) {
      // Every state found is expanded, too few to be worth a look, or this graph was just shown.
      return Optional.empty();
    }
    Graph graph = Explorer.replay(ts, order, expansions, gamePlayers);
    return checkpoint.settled(graph) ? Optional.of(graph) : Optional.empty();
  }
}
