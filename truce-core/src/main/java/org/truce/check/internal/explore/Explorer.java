package org.truce.check.internal.explore;

import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.Odometer;
import org.truce.check.internal.system.StepLog;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Vars;

/**
 * Breadth-first search of every state a transition system can reach, within {@link Limits}. Each
 * state is expanded by running its day with every combination of choices; successors are kept as
 * compressed rows so that the analyses can walk the graph without running the step again.
 */
public final class Explorer {
  /** Share of the heap the search may fill before it stops as inconclusive. */
  private static final double HEAP_SHARE = 0.6;

  private Explorer() {}

  public static Graph explore(TransitionSystem ts, Limits limits) {
    Vars vars = ts.vars();
    int words = vars.words();
    StateStore store = new StateStore(words, 1024);
    long[] packed = new long[words];
    long[] pre = new long[vars.size()];
    long[] next = new long[vars.size()];
    vars.pack(ts.initialValues(), packed);
    store.add(packed, -1);

    DayStep step = new DayStep(ts);
    Odometer odometer = new Odometer();
    int[] edgeStart = new int[1025];
    int[] edges = new int[4096];
    int edgeCount = 0;
    int[] row = new int[64];
    BitSet finished = new BitSet();
    int shortfallFrom = -1;
    int[] shortfallAnswers = new int[0];
    long transitions = 0;
    long start = System.nanoTime();
    long deadline = start + limits.timeout().toNanos();
    long nextReport = start + 1_000_000_000L;
    long heapLimit = (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
    Graph.Stop stop = Graph.Stop.COMPLETE;
    int id = 0;
    for (; id < store.size(); id++) {
      if ((id & 1023) == 0) {
        long now = System.nanoTime();
        if (store.size() > limits.maxStates()) {
          stop = Graph.Stop.STATE_LIMIT;
          break;
        }
        if (now > deadline) {
          stop = Graph.Stop.TIME_LIMIT;
          break;
        }
        if (store.bytes() + (long) edges.length * 4 > heapLimit) {
          stop = Graph.Stop.MEMORY_LIMIT;
          break;
        }
        if (now > nextReport) {
          limits.progress().report(store.size(), depth(store, id), Duration.ofNanos(now - start));
          nextReport = now + 1_000_000_000L;
        }
      }
      if (id + 1 >= edgeStart.length) {
        edgeStart = Arrays.copyOf(edgeStart, edgeStart.length * 2);
      }
      edgeStart[id] = edgeCount;
      store.get(id, packed);
      vars.unpack(packed, pre);
      if (!ts.outcome(pre).inForce()) {
        finished.set(id);
        edgeStart[id + 1] = edgeCount;
        continue;
      }
      int rowSize = 0;
      odometer.reset();
      do {
        odometer.rewind();
        if (!step.run(pre, next, odometer, StepLog.NONE)) {
          continue;
        }
        if ((++transitions & 0xFFFF) == 0 && System.nanoTime() > deadline) {
          stop = Graph.Stop.TIME_LIMIT;
          break;
        }
        if (step.shortfall() && shortfallFrom < 0) {
          shortfallFrom = id;
          shortfallAnswers = odometer.answers();
        }
        vars.pack(next, packed);
        int target = store.add(packed, id);
        if (rowSize == row.length) {
          row = Arrays.copyOf(row, row.length * 2);
        }
        row[rowSize++] = target >= 0 ? target : -target - 1;
      } while (odometer.advance());
      if (stop != Graph.Stop.COMPLETE) {
        break;
      }
      Arrays.sort(row, 0, rowSize);
      int unique = 0;
      for (int k = 0; k < rowSize; k++) {
        if (unique == 0 || row[unique - 1] != row[k]) {
          row[unique++] = row[k];
        }
      }
      if (edgeCount + unique > edges.length) {
        edges = Arrays.copyOf(edges, Math.max(edges.length * 2, edgeCount + unique));
      }
      System.arraycopy(row, 0, edges, edgeCount, unique);
      edgeCount += unique;
      edgeStart[id + 1] = edgeCount;
    }
    return new Graph(
        ts,
        store,
        edgeStart,
        edges,
        id,
        finished,
        shortfallFrom,
        shortfallAnswers,
        stop,
        transitions);
  }

  private static long depth(StateStore store, int id) {
    long depth = 0;
    for (int at = id; at > 0; at = store.parent(at)) {
      depth++;
    }
    return depth;
  }
}
