package org.truce.check.internal.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import org.truce.check.internal.explore.Graph;

/**
 * Runs that go on for ever inside a set of states: a strongly connected component of the set with a
 * cycle in it (Tarjan's algorithm, without recursion so that long runs cannot overflow the stack),
 * and a lasso that reaches it by a shortest run.
 */
final class Cycles {
  private Cycles() {}

  /** A run to {@code path.get(loopIndex)} ... {@code path.getLast()}, then back, for ever. */
  record Lasso(List<Integer> path, int loopIndex) {}

  /**
   * A lasso whose cycle lies in {@code member}: a shortest run to the cycle's state of highest
   * {@code score} (the earliest found among equals), then the cycle. Empty when no cycle lies in
   * the set.
   */
  static Optional<Lasso> find(Graph graph, IntPredicate member, IntToLongFunction score) {
    int n = graph.size();
    int[] component = components(graph, member);
    int best = -1;
    long bestScore = Long.MIN_VALUE;
    Graph.Row row = graph.row();
    for (int s = 0; s < n; s++) {
      if (component[s] >= 0 && onCycle(row, s, component)) {
        long value = score.applyAsLong(s);
        if (value > bestScore) {
          best = s;
          bestScore = value;
        }
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    List<Integer> path = new ArrayList<>(graph.pathTo(best));
    int loopIndex = path.size() - 1;
    path.addAll(cycleBack(graph, best, component));
    return Optional.of(new Lasso(path, loopIndex));
  }

  private static boolean onCycle(Graph.Row row, int s, int[] component) {
    row.of(s);
    for (int k = 0; k < row.count(); k++) {
      int t = row.get(k);
      if (t == s || component[t] == component[s]) {
        return true;
      }
    }
    return false;
  }

  /** The states after {@code s} on a shortest cycle back to it inside its component. */
  private static List<Integer> cycleBack(Graph graph, int s, int[] component) {
    Graph.Row row = graph.row().of(s);
    for (int k = 0; k < row.count(); k++) {
      if (row.get(k) == s) {
        return List.of();
      }
    }
    int[] from = new int[graph.size()];
    Arrays.fill(from, -2);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(s);
    from[s] = -1;
    while (!queue.isEmpty()) {
      int at = queue.poll();
      row.of(at);
      for (int k = 0; k < row.count(); k++) {
        int t = row.get(k);
        if (t == s) {
          List<Integer> back = new ArrayList<>();
          for (int x = at; x != s; x = from[x]) {
            back.add(0, x);
          }
          return back;
        }
        if (component[t] == component[s] && from[t] == -2) {
          from[t] = at;
          queue.add(t);
        }
      }
    }
    throw new IllegalStateException("state " + s + " is on no cycle of its component");
  }

  /**
   * The component of each member state; -1 for states outside the set. Membership is asked once per
   * state: the walk below asks it again for every edge, and a predicate may unpack states.
   */
  static int[] components(Graph graph, IntPredicate predicate) {
    int n = graph.size();
    boolean[] in = new boolean[n];
    for (int s = 0; s < n; s++) {
      in[s] = predicate.test(s);
    }
    IntPredicate member = s -> in[s];
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    Arrays.fill(index, -1);
    Arrays.fill(component, -1);
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int stackSize = 0;
    int[] callState = new int[n];
    int[] callEdge = new int[n];
    int counter = 0;
    int components = 0;
    // Holds the successors of the state on top of the walk: read again when the walk comes back to
    // a state, at most once per state visited, so the whole walk reads each row at most twice.
    Graph.Row row = graph.row();
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0 || !member.test(root)) {
        continue;
      }
      int depth = 0;
      callState[0] = root;
      callEdge[0] = 0;
      index[root] = low[root] = counter++;
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callState[depth];
        if (row.state() != v) {
          row.of(v);
        }
        if (callEdge[depth] < row.count()) {
          int w = row.get(callEdge[depth]++);
          if (!member.test(w)) {
            continue;
          }
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[stackSize++] = w;
            onStack[w] = true;
            depth++;
            callState[depth] = w;
            callEdge[depth] = 0;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--stackSize];
            onStack[w] = false;
            component[w] = components;
          } while (w != v);
          components++;
        }
        depth--;
        if (depth >= 0) {
          int parent = callState[depth];
          low[parent] = Math.min(low[parent], low[v]);
        }
      }
    }
    return component;
  }
}
