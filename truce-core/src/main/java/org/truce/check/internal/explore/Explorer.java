package org.truce.check.internal.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Vars;

/**
 * Breadth-first search of every state a transition system can reach, within {@link Limits}. States
 * are taken in chunks, in the order they were found; the worker threads compute the successors of a
 * chunk in parallel, then the successors are numbered and stored in that same order, so the graph,
 * its numbering and every witness are the same whatever the number of threads. Successors are kept
 * as compressed rows so that the analyses can walk the graph without running days again.
 */
public final class Explorer {
  /** States expanded between two numberings: enough to keep the workers busy. */
  private static final int CHUNK = 2048;

  /** The largest array the JVM allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

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
    ExecutorService pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "truce-explorer");
                  t.setDaemon(true);
                  return t;
                });
    try {
      return new Search(ts, limits, threads, pool, gamePlayers).run();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static final class Search {
    private final TransitionSystem ts;
    private final Limits limits;
    private final Vars vars;
    private final int words;
    private final StateStore store;
    private final List<Expander> expanders = new ArrayList<>();
    private final ExecutorService pool;
    private int[] edgeStart = new int[CHUNK + 1];
    private int[] edges = new int[4096];
    private int edgeCount;
    private int[] row = new int[64];
    private final BitSet finished = new BitSet();
    private int shortfallFrom = -1;
    private int[] shortfallAnswers = new int[0];
    private long transitions;
    private final long start = System.nanoTime();
    private final long deadline;

    // The successors of each state in order, with their groups, when a game asks for them.
    private final int[] gamePlayers;
    private int[] gameStart = new int[CHUNK + 1];
    private int[] gameTargets = new int[0];
    private int[][] gameGroups;
    private int gameCount;

    Search(
        TransitionSystem ts, Limits limits, int threads, ExecutorService pool, int[] gamePlayers) {
      this.gamePlayers = gamePlayers;
      this.gameGroups = new int[gamePlayers.length][0];
      this.ts = ts;
      this.limits = limits;
      this.vars = ts.vars();
      this.words = vars.words();
      this.store = new StateStore(words, 1024);
      this.pool = pool;
      this.deadline = start + limits.timeout().toNanos();
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
          } catch (OutOfMemoryError e) {
            // The last resort, should the budget of roomForAChunk fall short (other work in the
            // same JVM, say): states 0 to id - 1 are numbered with all their edges, the ones being
            // numbered are left unexpanded, and what the failed chunk held is garbage again.
            stop = Graph.Stop.MEMORY_LIMIT;
          }
        }
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
          transitions,
          gamePlayers.length == 0
              ? null
              : new Graph.Game(gamePlayers, gameStart, gameTargets, gameGroups));
    }

    /**
     * True when the arrays of the search, and what they may grow by while the next chunk is
     * numbered, fit in the memory budget; growth is counted in full, as the old and the new array
     * are both held while one is copied into the other.
     */
    private boolean roomForAChunk() {
      long held =
          store.bytes()
              + 4L * (edges.length + edgeStart.length + gameStart.length)
              + 4L * gameTargets.length * (1 + gameGroups.length);
      long growth =
          store.growthBytes()
              + 4L * grown(edges.length)
              + 4L * (grown(edgeStart.length) + grown(gameStart.length))
              + 4L * grown(gameTargets.length) * (1 + gameGroups.length);
      return held + growth <= limits.memoryBytes()
          && grown(edges.length) < MAX_ARRAY
          && store.size() < StateStore.MOST_STATES;
    }

    /** The length an array of {@code length} grows to: by half, so that growth peaks stay low. */
    private static int grown(int length) {
      return (int) Math.min(MAX_ARRAY, Math.max(16, length + (long) (length >> 1)));
    }

    /** {@code array} grown to hold at least {@code needed}. */
    private static int[] grow(int[] array, int needed) {
      return Arrays.copyOf(array, Math.max(grown(array.length), needed));
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

    /** Numbers and stores the successors of state {@code id}, and records its row of edges. */
    private void number(int id, Expander.Expansion x) {
      if (id + 1 >= edgeStart.length) {
        edgeStart = grow(edgeStart, id + 2);
      }
      edgeStart[id] = edgeCount;
      recordGame(id, x);
      if (x.finished) {
        finished.set(id);
        edgeStart[id + 1] = edgeCount;
        return;
      }
      long[] packed = new long[words];
      if (row.length < x.count) {
        row = new int[Math.max(x.count, row.length * 2)];
      }
      for (int k = 0; k < x.count; k++) {
        System.arraycopy(x.successors, k * words, packed, 0, words);
        int target = store.add(packed);
        row[k] = target >= 0 ? target : -target - 1;
        if (gameGroups.length > 0) {
          gameTargets[gameStart[id] + k] = row[k];
        }
      }
      Arrays.sort(row, 0, x.count);
      int unique = 0;
      for (int k = 0; k < x.count; k++) {
        if (unique == 0 || row[unique - 1] != row[k]) {
          row[unique++] = row[k];
        }
      }
      if (edgeCount + unique > edges.length) {
        edges = grow(edges, edgeCount + unique);
      }
      System.arraycopy(row, 0, edges, edgeCount, unique);
      edgeCount += unique;
      edgeStart[id + 1] = edgeCount;
      // Last, so that a search stopped by a failed allocation above keeps none of this state.
      transitions += x.transitions;
      if (x.shortfallAnswers != null && shortfallFrom < 0) {
        shortfallFrom = id;
        shortfallAnswers = x.shortfallAnswers;
      }
    }

    /** Makes room for the successors of {@code id} and their groups; targets come when numbered. */
    private void recordGame(int id, Expander.Expansion x) {
      if (gameGroups.length == 0) {
        return;
      }
      if (id + 1 >= gameStart.length) {
        gameStart = grow(gameStart, id + 2);
      }
      gameStart[id] = gameCount;
      int count = x.finished ? 0 : x.count;
      if (gameCount + count > gameTargets.length) {
        gameTargets = grow(gameTargets, gameCount + count);
        for (int p = 0; p < gameGroups.length; p++) {
          gameGroups[p] = Arrays.copyOf(gameGroups[p], gameTargets.length);
        }
      }
      for (int p = 0; p < gameGroups.length && count > 0; p++) {
        System.arraycopy(x.groups[p], 0, gameGroups[p], gameCount, count);
      }
      gameCount += count;
      gameStart[id + 1] = gameCount;
    }
  }
}
