package org.truce.check.internal.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.truce.check.CheckOptions;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Vars;

/**
 * Breadth-first search of every state a transition system can reach, within {@link Limits}. States
 * are taken in chunks, in the order they were found, and each chunk in two parallel steps and one
 * serial one (decisions 0034 and 0039): the worker threads compute the successors of the chunk's
 * states; then they look each up in the store and find where each new one is first seen in the
 * chunk; then one thread numbers the new successors, in that same order, so the graph, its
 * numbering and every witness are the same whatever the number of threads. What a chunk leaves to
 * do, putting its new states in the store's table and writing and copying its states' rows, is done
 * within the next chunk's two steps, beside work that does not depend on it; and when the next
 * chunk is already stored in full, the other workers expand it while the one thread numbers. The
 * one thread's share is a pass over the new successors: the hashing of every successor, and the
 * running of days, is the workers'. Successors are kept as rows of small numbers ({@link Rows}:
 * sorted successors as gaps, a byte or two each) so that the analyses can walk the graph without
 * running days again.
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
    // The search's own thread is a worker too: the team has the others.
    try (Team team = new Team(threads - 1, "truce-explorer")) {
      return new Search(ts, limits, team, gamePlayers).run();
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
    Search search = new Search(ts, none, new Team(0, "truce-explorer"), gamePlayers);
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
    // Each worker's packed state to expand.
    private final List<long[]> states = new ArrayList<>();
    // The next chunk's states, copied while the store is read-only, and their expansions.
    private final long[][] aheadStates;
    private Expander.Expansion[] ahead;
    // Expansions reused from chunk to chunk, so that a chunk's successors are not garbage that
    // outlives a young collection (decision 0040): three sets of one per place in a chunk, taken
    // in turn by the chunks expanded. A chunk's expansions are read until its rows are recorded,
    // in the next chunk's probe, before the chunk after next is expanded.
    private final Expander.Expansion[][] places = new Expander.Expansion[3][CHUNK];
    private int nextPlaces;
    private final FirstSeen firstSeen;
    // The first state the store's table lacks: numbered, not yet indexed.
    private int unindexed;
    // The last chunk numbered, whose rows are written and copied in the next chunk's steps.
    private Expander.Expansion[] pending;
    private int pendingFrom;
    private int pendingCount;
    // The states whose rows are copied: those expanded, as far as the graph is concerned.
    private int recorded;
    private final Team team;
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

    Search(TransitionSystem ts, Limits limits, Team team, int[] gamePlayers) {
      this.gamePlayers = gamePlayers;
      this.ts = ts;
      this.limits = limits;
      this.vars = ts.vars();
      this.words = vars.words();
      this.store = new StateStore(words, vars.bits());
      this.firstSeen = new FirstSeen(words);
      this.aheadStates = new long[CHUNK][words];
      this.team = team;
      this.deadline = start + limits.timeout().toNanos();
      this.checkpointAt =
          limits.checkpoint() == Limits.Checkpoint.NONE ? Long.MAX_VALUE : Limits.Checkpoint.FIRST;
      for (int i = 0; i < team.size(); i++) {
        expanders.add(new Expander(ts, gamePlayers));
        encoders.add(new RowEncoder());
        states.add(new long[words]);
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
      boolean failed = false;
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
            Expander.Expansion[] chunk;
            if (ahead != null) {
              // Expanded while the last chunk was numbered: the same states, as it is full.
              chunk = ahead;
              ahead = null;
              expand(0, 0);
            } else {
              chunk = expand(id, end);
            }
            // The next chunk is known now if it is full: numbering adds states, never takes any.
            boolean full = end + CHUNK <= store.size();
            probe(chunk, full ? end : -1);
            int numbered = full ? numberAndExpand(chunk, end) : numberNew(chunk);
            pending = chunk;
            pendingFrom = id;
            pendingCount = numbered;
            for (int k = 0; k < numbered; k++) {
              id++;
              if (id == levelEnd) {
                // Breadth first: the states found so far are the next level.
                depth++;
                levelEnd = chunk[k].storedAfter;
              }
            }
            if (numbered < chunk.length) {
              stop = Graph.Stop.TIME_LIMIT;
            } else if (id < store.size() && store.size() >= checkpointAt) {
              // Between two chunks, every state below id expanded with all its edges: a partial
              // graph like the one a limit leaves, shown to the checkpoint (--verdicts).
              finish();
              checkpointAt = 4L * store.size();
              if (limits.checkpoint().settled(graph(id, Graph.Stop.SETTLED))) {
                stop = Graph.Stop.SETTLED;
              }
            }
          } catch (OutOfMemoryError e) {
            stop = Graph.Stop.MEMORY_LIMIT;
            failed = true;
          }
        }
      }
      ahead = null; // expanded ahead of a stop: not part of the graph
      if (!failed) {
        try {
          finish();
        } catch (OutOfMemoryError e) {
          failed = true;
        }
      }
      if (failed) {
        // The last resort, should the budget of roomForAChunk fall short (other work in the same
        // JVM, say): the states whose rows were copied are expanded with all their edges, those
        // numbered after them are states found but not expanded, and what the failed steps held
        // is garbage again. A step may have stopped part way through indexing: the table is
        // filled again, which allocates nothing as its room was reserved.
        stop = Graph.Stop.MEMORY_LIMIT;
        store.reindex();
      }
      return graph(recorded, stop);
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
      for (Expander.Expansion[] set : places) {
        for (Expander.Expansion x : set) {
          held += x == null ? 0 : x.bytes();
        }
      }
      long growth = store.growthBytes() + 2 * chunkBytes + edges.pageBytes();
      return held + growth <= limits.memoryBytes() && store.size() < StateStore.MOST_STATES;
    }

    /** The next set of {@link #places}. */
    private Expander.Expansion[] takePlaces() {
      Expander.Expansion[] set = places[nextPlaces];
      nextPlaces = (nextPlaces + 1) % places.length;
      return set;
    }

    /** The expansion at place {@code k} of {@code set}, made on first use. */
    private Expander.Expansion place(Expander.Expansion[] set, int k) {
      if (set[k] == null) {
        set[k] = new Expander.Expansion(words);
      }
      return set[k];
    }

    /**
     * Step 1 of a chunk (decision 0039): the successors of states {@code from} to {@code to - 1};
     * and, at once, the states the last chunk numbered put in the store's table and its states'
     * rows written: the three touch different data (the expansion only reads the states' parts).
     * The workers claim a part at a time, the longest first: blocks of the table, of rows, then a
     * few states to expand.
     */
    private Expander.Expansion[] expand(int from, int to) {
      Expander.Expansion[] out = new Expander.Expansion[to - from];
      Expander.Expansion[] set = to > from ? takePlaces() : null;
      int first = unindexed;
      int toIndex = store.size() - first;
      int indexParts = pending == null ? 0 : (toIndex + INDEX_BLOCK - 1) / INDEX_BLOCK;
      int encodeParts = pending == null ? 0 : (pendingCount + ENCODE_BLOCK - 1) / ENCODE_BLOCK;
      int expandParts = (to - from + EXPAND_BLOCK - 1) / EXPAND_BLOCK;
      if (pending != null) {
        encoders.forEach(RowEncoder::clear);
      }
      Expander.Expansion[] chunk = pending;
      int chunkFrom = pendingFrom;
      int count = pendingCount;
      inParallel(
          indexParts + encodeParts + expandParts,
          (worker, part) -> {
            if (part < indexParts) {
              int start = first + part * INDEX_BLOCK;
              store.index(start, Math.min(first + toIndex, start + INDEX_BLOCK));
            } else if (part < indexParts + encodeParts) {
              RowEncoder encoder = encoders.get(worker);
              int start = (part - indexParts) * ENCODE_BLOCK;
              for (int k = start; k < Math.min(count, start + ENCODE_BLOCK); k++) {
                encoder.encode(chunkFrom + k, chunk[k], gamePlayers.length);
                forgetFirstSeen(chunk[k]);
              }
            } else {
              Expander expander = expanders.get(worker);
              long[] state = states.get(worker);
              int start = (part - indexParts - encodeParts) * EXPAND_BLOCK;
              for (int k = start; k < Math.min(to - from, start + EXPAND_BLOCK); k++) {
                store.get(from + k, state);
                out[k] = expander.expand(state, deadline, place(set, k));
              }
            }
          });
      unindexed = store.size();
      return out;
    }

    /**
     * Step 2 of a chunk: each successor looked up in the store, read-only, and those not found
     * entered in the chunk's {@link FirstSeen}; meanwhile this thread first copies the last chunk's
     * rows, in order. If {@code next} is not -1, the {@link #CHUNK} states from {@code next}, all
     * stored, are copied for {@link #numberAndExpand} while the store is read-only.
     */
    private void probe(Expander.Expansion[] chunk, int next) {
      int copyParts = next >= 0 ? CHUNK / EXPAND_BLOCK : 0;
      int successors = 0;
      for (Expander.Expansion x : chunk) {
        successors += x.count;
      }
      firstSeen.ensure(successors);
      Expander.Expansion[] rows = pending;
      int rowsFrom = pendingFrom;
      int rowCount = pendingCount;
      pending = null;
      int expandParts = (chunk.length + EXPAND_BLOCK - 1) / EXPAND_BLOCK;
      team.inParts(
          expandParts + 1 + copyParts,
          (worker, part) -> {
            if (part == expandParts) {
              if (rows != null) {
                record(rows, rowsFrom, rowCount);
              }
              return;
            } else if (part > expandParts) {
              int start = (part - expandParts - 1) * EXPAND_BLOCK;
              for (int k = start; k < start + EXPAND_BLOCK; k++) {
                store.get(next + k, aheadStates[k]);
              }
              return;
            }
            int start = part * EXPAND_BLOCK;
            for (int k = start; k < Math.min(chunk.length, start + EXPAND_BLOCK); k++) {
              Expander.Expansion x = chunk[k];
              if (x.numbers == null || x.numbers.length < x.count) {
                x.numbers = new long[Math.max(x.count, x.hashes.length)];
              }
              for (int s = 0; s < x.count; s++) {
                long probe = store.probe(x.successors, s * words);
                x.numbers[s] = probe;
                if (probe < 0) {
                  if (x.unknown++ == 0 && (x.slots == null || x.slots.length < x.count)) {
                    x.slots = new int[x.numbers.length];
                  }
                  x.slots[s] = firstSeen.add(chunk, k, s);
                }
              }
            }
          },
          expandParts);
    }

    /**
     * {@link #numberNew} on this thread while the others expand the next chunk, of {@link #CHUNK}
     * states from {@code from}, copied by {@link #probe}: the numbering, the one serial part of the
     * search, then costs the other workers no wait (decision 0039). This thread expands too once
     * done. The next chunk is kept in {@link #ahead}; if the search stops instead, it is dropped.
     */
    private int numberAndExpand(Expander.Expansion[] chunk, int from) {
      Expander.Expansion[] out = new Expander.Expansion[CHUNK];
      Expander.Expansion[] set = takePlaces();
      int[] numbered = new int[1];
      team.inParts(
          1 + CHUNK / EXPAND_BLOCK,
          (worker, part) -> {
            if (part == 0) {
              numbered[0] = numberNew(chunk);
              return;
            }
            Expander expander = expanders.get(worker);
            int start = (part - 1) * EXPAND_BLOCK;
            for (int k = start; k < start + EXPAND_BLOCK; k++) {
              out[k] = expander.expand(aheadStates[k], deadline, place(set, k));
            }
          },
          0);
      ahead = out;
      return numbered[0];
    }

    /**
     * Numbers the successors the workers did not find in the store, and gives every successor its
     * number; stops at the first state whose expansion ran out of time, and returns the states
     * done. This thread walks them in the order one thread would have met them and numbers each one
     * where it is first seen ({@link FirstSeen}), with no hashing but for the parts of a state
     * never seen before; the workers put the new states in the store's table in the next chunk's
     * step 1, or in {@link #finish}.
     */
    private int numberNew(Expander.Expansion[] chunk) {
      int unknown = 0;
      for (Expander.Expansion x : chunk) {
        unknown += x.unknown;
      }
      // The table is made large enough now, so that the workers may fill it without allocating.
      unindexed = store.reserve(unknown);
      for (int k = 0; k < chunk.length; k++) {
        Expander.Expansion x = chunk[k];
        if (x.outOfTime) {
          return k;
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
      return chunk.length;
    }

    /**
     * Empties the slots of {@link FirstSeen} that the state's new successors took, so that the next
     * chunk finds the table empty without a pass over all of it. The slots of the successors the
     * store held are 0 and empty slot 0 again, which is harmless: the table is not in use.
     */
    private void forgetFirstSeen(Expander.Expansion x) {
      for (int s = 0; x.unknown > 0 && s < x.count; s++) {
        firstSeen.forget(x.slots[s]);
      }
    }

    /**
     * Ends the last chunk numbered: its new states put in the store's table and its rows written,
     * as step 1 of the next chunk would, then copied.
     */
    private void finish() {
      if (pending != null) {
        expand(0, 0);
        probe(new Expander.Expansion[0], -1);
      }
    }

    private void inParallel(int count, Team.Part part) {
      team.inParts(count, part, -1);
    }

    /** Copies the rows of {@code count} states of {@code chunk}, numbered from {@code from}. */
    private void record(Expander.Expansion[] chunk, int from, int count) {
      long written = edges.length();
      for (int k = 0; k < count; k++) {
        record(from + k, chunk[k]);
        recorded = from + k + 1;
      }
      chunkBytes = Math.max(chunkBytes, edges.length() - written);
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
