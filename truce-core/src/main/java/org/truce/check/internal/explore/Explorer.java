package org.truce.check.internal.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.truce.check.CheckOptions;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Vars;

/**
 * Breadth-first search of every state a transition system can reach, within {@link Limits}. States
 * are taken in chunks, in the order they were found, and each chunk in three steps (decision 0034):
 * the worker threads compute the successors of the chunk's states and look each up in the store, in
 * parallel; one thread adds the successors not found, in that same order, so the graph, its
 * numbering and every witness are the same whatever the number of threads; then the workers write
 * the states' rows, in parallel again, and the one thread copies them in order. The one thread's
 * share is a lookup for each new state and a copy of bytes for each row: the hashing of every
 * successor, and the running of days, is the workers'. Successors are kept as rows of small numbers
 * ({@link Rows}: sorted successors as gaps, a byte or two each) so that the analyses can walk the
 * graph without running days again.
 */
public final class Explorer {
  /** States expanded between two numberings: enough to keep the workers busy. */
  private static final int CHUNK = 2048;

  /** States a worker claims at a time while expanding: small, as some states take much longer. */
  private static final int EXPAND_BLOCK = 32;

  /** States a worker claims at a time while writing rows. */
  private static final int ENCODE_BLOCK = 256;

  /** States a worker claims at a time while putting them in the store's table. */
  private static final int INDEX_BLOCK = 4096;

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
    // The search's own thread is a worker too: the pool has the others.
    ExecutorService pool = threads == 1 ? null : Workers.pool(threads - 1, "truce-explorer");
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
    RowEncoder encoder = search.encoders.getFirst();
    long[] packed = new long[search.words];
    for (int id = 0; id < expansions.size(); id++) {
      Expander.Expansion x = expansions.get(id);
      x.numbers = new long[x.count];
      for (int s = 0; s < x.count; s++) {
        System.arraycopy(x.successors, s * search.words, packed, 0, search.words);
        int number = search.store.add(packed);
        x.numbers[s] = number >= 0 ? number : -number - 1L;
      }
      encoder.clear();
      encoder.encode(id, x, gamePlayers.length);
      search.record(id, x);
    }
    return search.graph(expansions.size(), Graph.Stop.STATE_LIMIT, false);
  }

  private static final class Search {
    private final TransitionSystem ts;
    private final Limits limits;
    private final Vars vars;
    private final int words;
    private final StateStore store;
    private final List<Expander> expanders = new ArrayList<>();
    private final List<RowEncoder> encoders = new ArrayList<>();
    private final FirstSeen firstSeen;
    // One expansion per place in a chunk, reused from chunk to chunk (decision 0040).
    private final Expander.Expansion[] places = new Expander.Expansion[CHUNK];
    // The first state the store's table lacks: numbered, not yet indexed.
    private int unindexed;
    private final ExecutorService pool;
    private final Rows edges = new Rows();
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
      this.firstSeen = new FirstSeen(words);
      this.pool = pool;
      this.deadline = start + limits.timeout().toNanos();
      this.checkpointAt =
          limits.checkpoint() == Limits.Checkpoint.NONE ? Long.MAX_VALUE : Limits.Checkpoint.FIRST;
      for (int i = 0; i < threads; i++) {
        expanders.add(new Expander(ts, gamePlayers));
        encoders.add(new RowEncoder());
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
            int numbered = numberNew(chunk);
            indexAndEncode(id, chunk, numbered);
            for (int k = 0; k < chunk.length && stop == Graph.Stop.COMPLETE; k++) {
              if (chunk[k].outOfTime) {
                stop = Graph.Stop.TIME_LIMIT;
              } else {
                record(id, chunk[k]);
                id++;
                if (id == levelEnd) {
                  // Breadth first: the states found so far are the next level.
                  depth++;
                  levelEnd = chunk[k].storedAfter;
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
            // numbered are left unexpanded (the successors already added are states found but not
            // expanded), and what the failed chunk held is garbage again.
            stop = Graph.Stop.MEMORY_LIMIT;
          }
        }
      }
      return graph(id, stop);
    }

    /** The graph of the states stored so far, those below {@code expanded} with their edges. */
    private Graph graph(int expanded, Graph.Stop stop) {
      return graph(expanded, stop, true);
    }

    private Graph graph(int expanded, Graph.Stop stop, boolean breadthFirst) {
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
          gamePlayers,
          breadthFirst);
    }

    /**
     * True when what the search holds, and what it may allocate while the next chunk is numbered,
     * fit in the memory budget: a new table for the store counts in full, as the old one is held
     * while the new one fills, and the rows may take as much as the largest chunk yet, twice: in
     * the workers' bytes, then in the rows.
     */
    private boolean roomForAChunk() {
      long held = store.bytes() + edges.bytes();
      for (RowEncoder encoder : encoders) {
        held += encoder.capacity();
      }
      held += firstSeen.bytes();
      for (Expander.Expansion x : places) {
        held += x == null ? 0 : x.bytes();
      }
      long growth = store.growthBytes() + 2 * chunkBytes + edges.pageBytes();
      return held + growth <= limits.memoryBytes() && store.size() < StateStore.MOST_STATES;
    }

    /**
     * The successors of states {@code from} to {@code to - 1}, each looked up in the store: the
     * workers claim a few states at a time, and the store is only read meanwhile.
     */
    private Expander.Expansion[] expand(int from, int to) {
      Expander.Expansion[] out = new Expander.Expansion[to - from];
      inParallel(
          to - from,
          EXPAND_BLOCK,
          (worker, a, b) -> {
            Expander expander = expanders.get(worker);
            long[] state = new long[words];
            for (int k = a; k < b; k++) {
              store.get(from + k, state);
              if (places[k] == null) {
                places[k] = new Expander.Expansion(words);
              }
              Expander.Expansion x = expander.expand(state, deadline, places[k]);
              if (x.numbers == null || x.numbers.length < x.count) {
                x.numbers = new long[Math.max(x.count, x.hashes.length)];
              }
              for (int s = 0; s < x.count; s++) {
                long probe = store.probe(x.successors, s * words);
                x.numbers[s] = probe;
                if (probe < 0) {
                  x.unknown++;
                }
              }
              out[k] = x;
            }
          });
      return out;
    }

    /**
     * Numbers the successors the workers did not find in the store, and gives every successor its
     * number; stops at the first state whose expansion ran out of time, and returns the states
     * done. The workers first find where each such successor is first seen in the chunk ({@link
     * FirstSeen}); then this thread walks them in the order one thread would have met them and
     * numbers each one where it is first seen, with no hashing but for the parts of a state never
     * seen before; then the workers put the new states in the store's table.
     */
    private int numberNew(Expander.Expansion[] chunk) {
      int unknown = 0;
      for (Expander.Expansion x : chunk) {
        unknown += x.unknown;
      }
      unindexed = store.size();
      if (unknown == 0) {
        for (Expander.Expansion x : chunk) {
          x.storedAfter = unindexed;
        }
        return numbered(chunk);
      }
      firstSeen.reset(unknown);
      inParallel(
          chunk.length,
          EXPAND_BLOCK,
          (worker, a, b) -> {
            for (int k = a; k < b; k++) {
              Expander.Expansion x = chunk[k];
              if (x.unknown > 0) {
                if (x.slots == null || x.slots.length < x.count) {
                  x.slots = new int[x.numbers.length];
                }
                for (int s = 0; s < x.count; s++) {
                  if (x.numbers[s] < 0) {
                    x.slots[s] = firstSeen.add(chunk, k, s);
                  }
                }
              }
            }
          });
      // The table is made large enough now, so that the workers may fill it without allocating.
      int stored = store.size();
      unindexed = store.reserve(unknown);
      int done = chunk.length;
      try {
        for (int k = 0; k < chunk.length; k++) {
          Expander.Expansion x = chunk[k];
          if (x.outOfTime) {
            done = k;
            break;
          }
          for (int s = 0; x.unknown > 0 && s < x.count; s++) {
            if (x.numbers[s] < 0) {
              long first = firstSeen.first(x.slots[s]);
              x.numbers[s] =
                  first == FirstSeen.place(k, s)
                      ? store.append(x.successors, s * words, x.numbers[s])
                      : chunk[(int) (first >>> 32)].numbers[(int) first];
            }
          }
          x.storedAfter = store.size();
        }
      } catch (OutOfMemoryError e) {
        // The room was reserved: the table takes what was numbered without allocating.
        store.index(unindexed, store.size());
        throw e;
      }
      return done;
    }

    /** The states of the chunk up to the first whose expansion ran out of time. */
    private static int numbered(Expander.Expansion[] chunk) {
      for (int k = 0; k < chunk.length; k++) {
        if (chunk[k].outOfTime) {
          return k;
        }
      }
      return chunk.length;
    }

    /**
     * Puts the states numbered from {@link #unindexed} on in the store's table, and writes the rows
     * of the first {@code count} states of the chunk from {@code from}: one parallel step for both,
     * as every step costs the workers a wait at its end.
     */
    private void indexAndEncode(int from, Expander.Expansion[] chunk, int count) {
      encoders.forEach(RowEncoder::clear);
      int first = unindexed;
      int toIndex = store.size() - first;
      int indexParts = (toIndex + INDEX_BLOCK - 1) / INDEX_BLOCK;
      int encodeParts = (count + ENCODE_BLOCK - 1) / ENCODE_BLOCK;
      inParallel(
          indexParts + encodeParts,
          1,
          (worker, a, b) -> {
            for (int part = a; part < b; part++) {
              if (part < indexParts) {
                int start = first + part * INDEX_BLOCK;
                store.index(start, Math.min(first + toIndex, start + INDEX_BLOCK));
              } else {
                RowEncoder encoder = encoders.get(worker);
                int start = (part - indexParts) * ENCODE_BLOCK;
                for (int k = start; k < Math.min(count, start + ENCODE_BLOCK); k++) {
                  encoder.encode(from + k, chunk[k], gamePlayers.length);
                }
              }
            }
          });
      unindexed = store.size();
    }

    /** Work on items {@code from} to {@code to - 1}, by worker {@code worker}. */
    @FunctionalInterface
    private interface Part {
      void run(int worker, int from, int to);
    }

    /**
     * Runs {@code part} over items 0 to {@code count - 1}, each worker claiming {@code block} at a
     * time until none is left; this thread is worker 0, and returns when every worker is done.
     */
    private void inParallel(int count, int block, Part part) {
      if (pool == null || count <= block) {
        part.run(0, 0, count);
        return;
      }
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 1; w < expanders.size(); w++) {
        int worker = w;
        futures.add(pool.submit(() -> claim(worker, count, block, next, part)));
      }
      Throwable failure = null;
      try {
        claim(0, count, block, next, part);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      // Wait for every worker even after a failure here: none may still be reading the store when
      // the search goes on or stops.
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("the search was interrupted", e);
        } catch (ExecutionException e) {
          failure = failure != null ? failure : e.getCause();
        }
      }
      if (failure instanceof Error error) {
        throw error; // an OutOfMemoryError stops the search at a memory limit, as on one thread
      } else if (failure instanceof RuntimeException e) {
        throw new IllegalStateException("a search worker failed", e);
      }
    }

    private static void claim(int worker, int count, int block, AtomicInteger next, Part part) {
      for (int a = next.getAndAdd(block); a < count; a = next.getAndAdd(block)) {
        part.run(worker, a, Math.min(count, a + block));
      }
    }

    /**
     * Appends the row of state {@code id}, as its worker wrote it, and what the search counts of
     * the state.
     */
    private void record(int id, Expander.Expansion x) {
      edges.beginRow();
      edges.append(x.rows.bytes(), x.rowStart, x.rowEnd);
      if (x.finished) {
        finished.set(id);
        return;
      }
      // Last, so that a search stopped by a failed allocation above keeps none of this state.
      transitions += x.transitions;
      if (x.shortfallAnswers != null && shortfallFrom < 0) {
        shortfallFrom = id;
        shortfallAnswers = x.shortfallAnswers;
      }
    }
  }
}
