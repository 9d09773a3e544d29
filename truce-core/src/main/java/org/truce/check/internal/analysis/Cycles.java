package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import org.truce.check.internal.analysis.Footprint.Bits;
import org.truce.check.internal.analysis.Footprint.IntStack;
import org.truce.check.internal.explore.Graph;

/**
 * Runs that go on for ever inside a set of states: a strongly connected component of the set with a
 * cycle in it, and a lasso that reaches it by a shortest run. The components come from Pearce's
 * variant of Tarjan's algorithm (D. J. Pearce, "A space-efficient algorithm for finding strongly
 * connected components", Information Processing Letters 116(1), 2016), without recursion so that
 * long runs cannot overflow the stack: one int a state where Tarjan's needs an index, a low link, a
 * component and an on-stack flag, and two bits a state (the set, and whether a state on the walk
 * may still be the root of its component). The walk's stacks grow as they fill: they hold the
 * states of one run and of the components not yet closed, far fewer than the states.
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
  static Optional<Lasso> find(
      Graph graph, IntPredicate member, IntToLongFunction score, Footprint footprint) {
    int n = graph.size();
    int[] component = components(graph, member, footprint);
    int best = -1;
    long bestScore = Long.MIN_VALUE;
    Graph.Row row = graph.row();
    for (int s = 0; s < n; s++) {
      if (component[s] != OUTSIDE && onCycle(row, s, component)) {
        long value = score.applyAsLong(s);
        if (value > bestScore) {
          best = s;
          bestScore = value;
        }
      }
    }
    if (best < 0) {
      footprint.release(component);
      return Optional.empty();
    }
    List<Integer> path = new ArrayList<>(graph.pathTo(best));
    int loopIndex = path.size() - 1;
    path.addAll(cycleBack(graph, best, component, footprint));
    footprint.release(component);
    return Optional.of(new Lasso(path, loopIndex));
  }

  /** The component of the states outside the set. */
  static final int OUTSIDE = 0;

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

  /**
   * The states after {@code s} on a shortest cycle back to it inside its component, by a
   * breadth-first walk. The walk writes where it came from into {@code component} itself (a state's
   * predecessor on the walk, a number below the graph's size, where its component was, a number
   * above it): no array of its own. {@code component} is not to be read afterwards.
   */
  private static List<Integer> cycleBack(Graph graph, int s, int[] component, Footprint footprint) {
    Graph.Row row = graph.row().of(s);
    for (int k = 0; k < row.count(); k++) {
      if (row.get(k) == s) {
        return List.of();
      }
    }
    int mine = component[s];
    component[s] = -1;
    IntStack queue = new IntStack(footprint); // read from its bottom: a queue
    queue.push(s);
    for (int head = 0; head < queue.size(); head++) {
      int at = queue.get(head);
      row.of(at);
      for (int k = 0; k < row.count(); k++) {
        int t = row.get(k);
        if (t == s) {
          List<Integer> back = new ArrayList<>();
          for (int x = at; x != s; x = component[x]) {
            back.add(0, x);
          }
          return back;
        }
        if (component[t] == mine) { // in the component, and not yet reached
          component[t] = at;
          queue.push(t);
        }
      }
    }
    throw new IllegalStateException("state " + s + " is on no cycle of its component");
  }

  /**
   * The component of each member state, a number above the graph's size (states of one component
   * share it); {@link #OUTSIDE} for states outside the set. Membership is asked once per state: the
   * walk below asks it again for every edge, and a predicate may unpack states.
   *
   * <p>Pearce's {@code rindex}: a state on the walk holds its visit number, lowered to the least
   * visit number it reaches while its component is open; a state whose component closed holds the
   * component's number, counted down from {@link Integer#MAX_VALUE}. Visit numbers are reused once
   * their component closes, so they stay below the number of open states, and so below every
   * component's number: a closed state never lowers the number of the state that reaches it.
   */
  static int[] components(Graph graph, IntPredicate predicate, Footprint footprint) {
    int n = graph.size();
    long[] in = footprint.bits(n);
    for (int s = 0; s < n; s++) {
      if (predicate.test(s)) {
        Bits.set(in, s);
      }
    }
    int[] rindex = footprint.ints(n);
    long[] root = footprint.bits(n);
    IntStack walk = new IntStack(footprint); // the states of the walk, the deepest on top
    IntStack open = new IntStack(footprint); // the states of components not yet closed
    int visit = 1;
    int next = Integer.MAX_VALUE;
    // Holds the successors of the state on top of the walk: read again when the walk comes back to
    // a state, at most once per state visited, so the whole walk reads each row at most twice.
    Graph.Row row = graph.row();
    for (int start = 0; start < n; start++) {
      if (rindex[start] != 0 || !Bits.get(in, start)) {
        continue;
      }
      rindex[start] = visit++;
      Bits.set(root, start);
      walk.push(start);
      int k = 0; // the next successor to follow from the state on top of the walk
      while (!walk.isEmpty()) {
        int v = walk.peek();
        if (row.state() != v) {
          row.of(v);
        }
        if (k < row.count()) {
          int w = row.get(k++);
          if (!Bits.get(in, w)) {
            continue;
          }
          if (rindex[w] == 0) {
            rindex[w] = visit++;
            Bits.set(root, w);
            walk.push(w);
            k = 0;
          } else if (rindex[w] < rindex[v]) {
            rindex[v] = rindex[w];
            Bits.clear(root, v);
          }
          continue;
        }
        walk.pop();
        if (Bits.get(root, v)) {
          visit--;
          while (!open.isEmpty() && rindex[v] <= rindex[open.peek()]) {
            rindex[open.pop()] = next;
            visit--;
          }
          rindex[v] = next--;
        } else {
          open.push(v);
        }
        if (!walk.isEmpty()) {
          int u = walk.peek();
          row.of(u);
          // Successors are sorted: where v is in u's row says where the walk goes on from.
          k = indexOf(row, v) + 1;
          if (rindex[v] < rindex[u]) {
            rindex[u] = rindex[v];
            Bits.clear(root, u);
          }
        }
      }
    }
    footprint.release(in);
    footprint.release(root);
    return rindex;
  }

  /** The place of {@code target} among the row's successors, which are in increasing order. */
  private static int indexOf(Graph.Row row, int target) {
    int lo = 0;
    int hi = row.count() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = row.get(mid);
      if (at < target) {
        lo = mid + 1;
      } else if (at > target) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    throw new IllegalStateException("state " + target + " is not a successor of " + row.state());
  }
}
