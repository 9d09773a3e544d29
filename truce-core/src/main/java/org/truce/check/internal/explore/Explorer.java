package org.truce.check.internal.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.truce.check.CheckOptions;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Vars;

/**
 * Breadth-first search of every state a transition system can reach, within {@link Limits}. States
 * are taken in chunks, in the order they were found; the worker threads compute the successors of a
 * chunk in parallel, then the successors are numbered and stored in that same order, so the graph,
 * its numbering and every witness are the same whatever the number of threads. Successors are kept
 * as rows of small numbers ({@link Rows}: sorted successors as gaps, a byte or two each) so that
 * the analyses can walk the graph without running days again.
 */
public final class Explorer {
  /** States expanded between two numberings: enough to keep the workers busy. */
  private static final int CHUNK = 2048;

  private Explorer() {}

  public static Graph explore(TransitionSystem ts, Limits limits) {
    return explore(ts, limits, new int[0]);
  }

  /**
   * Explores, and also records for each player of {@code gamePlayers} how each state's successors
   * group by the other players' choices ({@link Graph.Game}), for the games of the analyses.
   */
  public static Graph explore(TransitionSystem ts, Limits limits, int[] gamePlayers) {
    int threads = Math.max(1, limits.threads());
    ExecutorService pool = threads == 1 ? null : Workers.pool(threads, "truce-explorer");
    try {
      return new Search(ts, limits, threads, pool, gamePlayers).run();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * The graph of a search done elsewhere ({@link Probe}): {@code states}, the first the initial
   * state, each expanded to {@code expansions}, numbered in that order; their successors not among
   * them stored after, unexpanded. Numbered and written as this search does, so that the analyses
   * read it as the partial graph a limit leaves.
   */
  static Graph replay(
      TransitionSystem ts,
      List<long[]> states,
      List<Expander.Expansion> expansions,
      int[] gamePlayers) {
    Limits none = new Limits(Long.MAX_VALUE, Duration.ZERO, CheckOptions.Progress.NONE, 1);
    Search search = new Search(ts, none, 1, null, gamePlayers);
    states.forEach(search.store::add);
    for (int id = 0; id < expansions.size(); id++) {
      search.number(id, expansions.get(id));
    }
    return search.graph(expansions.size(), Graph.Stop.STATE_LIMIT);
  }

  private static final class Search {
    private final TransitionSystem ts;
    private final Limits limits;
    private final Vars vars;
    private final int words;
    private final StateStore store;
    private final List<Expander> expanders = new ArrayList<>();
    private final ExecutorService pool;
    private final Rows edges = new Rows();
    // For numbering one state's successors: (number, place) pairs, sorted, and each one's rank.
    private long[] sorted = new long[64];
    private int[] rank = new int[64];
    // The most bytes of rows one chunk has written: what the next may write.
    private long chunkBytes;
    private final BitSet finished = new BitSet();
    private int shortfallFrom = -1;
    private int[] shortfallAnswers = new int[0];
    private long transitions;
    private final long start = System.nanoTime();
    private final long deadline;
    // The stored states at which the checkpoint of the limits is next shown the graph.
    private long checkpointAt;

    // Each state's row goes on, if asked, with each game player's distinct sets of successors.
    private final int[] gamePlayers;

    Search(
        TransitionSystem ts, Limits limits, int threads, ExecutorService pool, int[] gamePlayers) {
      this.gamePlayers = gamePlayers;
      this.ts = ts;
      this.limits = limits;
      this.vars = ts.vars();
      this.words = vars.words();
      this.store = new StateStore(words, vars.bits());
      this.pool = pool;
      this.deadline = start + limits.timeout().toNanos();
      this.checkpointAt =
          limits.checkpoint() == Limits.Checkpoint.NONE ? Long.MAX_VALUE : Limits.Checkpoint.FIRST;
      for (int i = 0; i < threads; i++) {
        expanders.add(new Expander(ts, gamePlayers));
      }
    }

    Graph run() {
      long[] packed = new long[words];
      vars.pack(ts.initialValues(), packed);
      store.add(packed);
      Graph.Stop stop = Graph.Stop.COMPLETE;
      long nextReport = start + 1_000_000_000L;
      long depth = 0;
      int levelEnd = 1;
      int id = 0;
      while (id < store.size() && stop == Graph.Stop.COMPLETE) {
        long now = System.nanoTime();
        if (store.size() > limits.maxStates()) {
          stop = Graph.Stop.STATE_LIMIT;
        } else if (now > deadline) {
          stop = Graph.Stop.TIME_LIMIT;
        } else if (!roomForAChunk()) {
          stop = Graph.Stop.MEMORY_LIMIT;
        } else {
          if (now > nextReport) {
            limits.progress().report(store.size(), depth, Duration.ofNanos(now - start));
            nextReport = now + 1_000_000_000L;
          }
          int end = Math.min(store.size(), id + CHUNK);
          try {
            long written = edges.length();
            Expander.Expansion[] chunk = expand(id, end);
            for (int k = 0; k < chunk.length && stop == Graph.Stop.COMPLETE; k++) {
              if (chunk[k].outOfTime) {
                stop = Graph.Stop.TIME_LIMIT;
              } else {
                number(id, chunk[k]);
                id++;
                if (id == levelEnd) {
                  // Breadth first: the states found so far are the next level.
                  depth++;
                  levelEnd = store.size();
                }
              }
            }
            chunkBytes = Math.max(chunkBytes, edges.length() - written);
            if (stop == Graph.Stop.COMPLETE && id < store.size() && store.size() >= checkpointAt) {
              // Between two chunks, every state below id expanded with all its edges: a partial
              // graph like the one a limit leaves, shown to the checkpoint (--verdicts).
              checkpointAt = 4L * store.size();
              if (limits.checkpoint().settled(graph(id, Graph.Stop.SETTLED))) {
                stop = Graph.Stop.SETTLED;
              }
            }
          } catch (OutOfMemoryError e) {
            // The last resort, should the budget of roomForAChunk fall short (other work in the
            // same JVM, say): states 0 to id - 1 are numbered with all their edges, the ones being
            // numbered are left unexpanded, and what the failed chunk held is garbage again.
            stop = Graph.Stop.MEMORY_LIMIT;
          }
        }
      }
      return graph(id, stop);
    }

    /** The graph of the states stored so far, those below {@code expanded} with their edges. */
    private Graph graph(int expanded, Graph.Stop stop) {
      return new Graph(
          ts,
          store,
          edges,
          expanded,
          finished,
          shortfallFrom,
          shortfallAnswers,
          stop,
          transitions,
          gamePlayers);
    }

    /**
     * True when what the search holds, and what it may allocate while the next chunk is numbered,
     * fit in the memory budget: a new table for the store counts in full, as the old one is held
     * while the new one fills, and the rows may take as much as the largest chunk yet.
     */
    private boolean roomForAChunk() {
      long held = store.bytes() + edges.bytes();
      long growth = store.growthBytes() + chunkBytes + edges.pageBytes();
      return held + growth <= limits.memoryBytes() && store.size() < StateStore.MOST_STATES;
    }

    /** The successors of states {@code from} to {@code to - 1}, split among the workers. */
    private Expander.Expansion[] expand(int from, int to) {
      Expander.Expansion[] out = new Expander.Expansion[to - from];
      int n = expanders.size();
      if (pool == null || to - from < n * 4) {
        slice(expanders.getFirst(), from, to, from, out);
        return out;
      }
      List<Future<?>> futures = new ArrayList<>();
      int per = (to - from + n - 1) / n;
      for (int w = 0; w < n; w++) {
        int a = from + w * per;
        int b = Math.min(to, a + per);
        Expander expander = expanders.get(w);
        futures.add(pool.submit(() -> slice(expander, a, b, from, out)));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("the search was interrupted", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof OutOfMemoryError oom) {
            throw oom; // the search stops at a memory limit, as on one thread
          }
          throw new IllegalStateException("a search worker failed", e.getCause());
        }
      }
      return out;
    }

    private void slice(Expander expander, int a, int b, int base, Expander.Expansion[] out) {
      long[] state = new long[words];
      for (int s = a; s < b; s++) {
        store.get(s, state);
        out[s - base] = expander.expand(state, deadline);
      }
    }

    /**
     * Numbers and stores the successors of state {@code id}, and writes its row: the number of
     * successors, the first as its distance from {@code id}, then the gaps between them in
     * increasing order; then, for a game, each player's sets of successors as places in that order.
     */
    private void number(int id, Expander.Expansion x) {
      edges.beginRow();
      if (x.finished) {
        finished.set(id);
        edges.put(0);
        for (int p = 0; p < gamePlayers.length; p++) {
          edges.put(0);
        }
        return;
      }
      int n = x.count;
      if (sorted.length < n) {
        sorted = new long[Math.max(n, sorted.length * 2)];
        rank = new int[sorted.length];
      }
      long[] packed = new long[words];
      for (int k = 0; k < n; k++) {
        System.arraycopy(x.successors, k * words, packed, 0, words);
        int target = store.add(packed);
        sorted[k] = (long) (target >= 0 ? target : -target - 1) << 32 | k;
      }
      Arrays.sort(sorted, 0, n);
      edges.put(n);
      for (int r = 0; r < n; r++) {
        int target = (int) (sorted[r] >>> 32);
        rank[(int) sorted[r]] = r;
        edges.put(r == 0 ? zigzag(target - id) : target - (int) (sorted[r - 1] >>> 32) - 1);
      }
      for (int p = 0; p < gamePlayers.length; p++) {
        int[] sets = x.groups[p];
        edges.put(sets[0]);
        for (int i = 1; i < sets.length; ) {
          int size = sets[i++];
          edges.put(size);
          for (int m = 0; m < size; m++) {
            edges.put(rank[sets[i++]]);
          }
        }
      }
      // Last, so that a search stopped by a failed allocation above keeps none of this state.
      transitions += x.transitions;
      if (x.shortfallAnswers != null && shortfallFrom < 0) {
        shortfallFrom = id;
        shortfallAnswers = x.shortfallAnswers;
      }
    }

    /** A signed distance as a number that is not negative: 0, -1, 1, -2... as 0, 1, 2, 3... */
    private static int zigzag(int value) {
      return (value << 1) ^ (value >> 31);
    }
  }
}
