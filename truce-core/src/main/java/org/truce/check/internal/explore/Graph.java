package org.truce.check.internal.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.truce.check.internal.system.TransitionSystem;

/**
 * The explored state graph: the states in breadth-first order, the successors of each expanded
 * state (in increasing order, no duplicates), which states are finished runs, and whether the
 * search covered every reachable state. Successors are read through a {@link Row}, one per thread.
 */
public final class Graph {
  private final TransitionSystem system;
  private final StateStore store;
  private final Rows edges;
  private final int expanded;
  private final BitSet finished;
  private final int shortfallFrom;
  private final int[] shortfallAnswers;
  private final Stop stop;
  private final long transitions;
  private final Game game;
  private int[] levelEnds;
  // False for a graph numbered in another order (the depth-first probe of --verdicts): its runs
  // are found from parents worked out breadth first over its edges, not from its levels.
  private final boolean breadthFirst;
  private int[] parents;

  /** The successors of one state at a time, decoded from the graph's rows; not thread-safe. */
  public final class Row {
    private final Rows.Reader reader = edges.new Reader();
    private int[] targets = new int[16];
    private int count;
    private int state = -1;

    /** Reads the successors of {@code id} (none if it was not expanded). */
    public Row of(int id) {
      state = id;
      count = 0;
      if (id >= expanded) {
        return this;
      }
      reader.at(id);
      count = reader.next();
      if (targets.length < count) {
        targets = new int[Math.max(count, targets.length * 2)];
      }
      int target = id;
      for (int k = 0; k < count; k++) {
        int coded = reader.next();
        target = k == 0 ? id + ((coded >>> 1) ^ -(coded & 1)) : target + coded + 1;
        targets[k] = target;
      }
      return this;
    }

    /** The state whose successors were read last, or -1. */
    public int state() {
      return state;
    }

    public int count() {
      return count;
    }

    /** The {@code k}-th successor, in increasing order. */
    public int get(int k) {
      return targets[k];
    }
  }

  /**
   * For each game player, each expanded state's distinct sets of successors, one per choice of the
   * other players (the groups of the game), recorded by the search after the state's successors in
   * its row, so that a game needs not run the days again.
   */
  public static final class Game {
    private final int[] players;
    private final Rows rows;

    Game(int[] players, Rows rows) {
      this.players = players;
      this.rows = rows;
    }

    /** The place of {@code player} among the game players, or -1. */
    public int indexOf(int player) {
      for (int i = 0; i < players.length; i++) {
        if (players[i] == player) {
          return i;
        }
      }
      return -1;
    }

    /** A reader of the groups of the game player at {@code place}; one per thread. */
    public Groups groups(int place) {
      return new Groups(place);
    }

    /**
     * The groups of one state at a time: {@link #count()} sets, set {@code g} being the successors
     * at places {@code member(start(g))} to {@code member(start(g + 1) - 1)} of the state's {@link
     * Row}.
     */
    public final class Groups {
      private final int place;
      private final Rows.Reader reader = rows.new Reader();
      private int[] starts = new int[16];
      private int[] members = new int[16];
      private int count;

      private Groups(int place) {
        this.place = place;
      }

      /** Reads the groups of the expanded state {@code id}. */
      public Groups of(int id) {
        reader.at(id);
        int successors = reader.next();
        for (int k = 0; k < successors; k++) {
          reader.next();
        }
        for (int p = 0; p < place; p++) {
          skipPlayer(successors);
        }
        count = reader.next();
        if (starts.length < count + 1) {
          starts = new int[Math.max(count + 1, starts.length * 2)];
        }
        int length = 0;
        for (int g = 0; g < count; g++) {
          starts[g] = length;
          int code = reader.next();
          int size = GroupCodec.size(code, successors);
          if (members.length < length + size) {
            members = Arrays.copyOf(members, Math.max(length + size, members.length * 2));
          }
          GroupCodec.read(code, successors, reader, members, length);
          length += size;
        }
        starts[count] = length;
        return this;
      }

      private void skipPlayer(int successors) {
        int sets = reader.next();
        for (int g = 0; g < sets; g++) {
          GroupCodec.skip(reader.next(), successors, reader);
        }
      }

      public int count() {
        return count;
      }

      public int start(int group) {
        return starts[group];
      }

      /** A successor's place in the state's row. */
      public int member(int index) {
        return members[index];
      }
    }
  }

  /** Why the search stopped. */
  public enum Stop {
    COMPLETE,
    STATE_LIMIT,
    TIME_LIMIT,
    MEMORY_LIMIT,
    /**
     * A {@link Limits.Checkpoint} stopped the search: every verdict asked for was settled (the
     * graph is partial, as at a limit).
     */
    SETTLED
  }

  Graph(
      TransitionSystem system,
      StateStore store,
      Rows edges,
      int expanded,
      BitSet finished,
      int shortfallFrom,
      int[] shortfallAnswers,
      Stop stop,
      long transitions,
      int[] gamePlayers,
      boolean breadthFirst) {
    this.breadthFirst = breadthFirst;
    this.system = system;
    this.store = store;
    this.edges = edges;
    this.expanded = expanded;
    this.finished = finished;
    this.shortfallFrom = shortfallFrom;
    this.shortfallAnswers = shortfallAnswers;
    this.stop = stop;
    this.transitions = transitions;
    this.game = gamePlayers.length == 0 ? null : new Game(gamePlayers, edges);
  }

  /** What the search recorded for games, if it was asked to. */
  public Optional<Game> game() {
    return Optional.ofNullable(game);
  }

  public TransitionSystem system() {
    return system;
  }

  public int size() {
    return store.size();
  }

  /** Transitions followed, duplicates included (each day's combinations of choices). */
  public long transitions() {
    return transitions;
  }

  public Stop stop() {
    return stop;
  }

  public boolean complete() {
    return stop == Stop.COMPLETE;
  }

  /** Bytes a state takes in the store, its share of the table included. */
  public double bytesPerState() {
    return store.size() == 0 ? 0 : (double) store.bytes() / store.size();
  }

  /** Bytes the successors of a state take, with a game's groups, on average over the states. */
  public double edgeBytesPerState() {
    return store.size() == 0 ? 0 : (double) edges.bytes() / store.size();
  }

  /** The number of successors of {@code id}: 0 if it was not expanded. */
  public int successorCount(int id) {
    return id < expanded ? edges.new Reader().at(id).next() : 0;
  }

  /** A reader of successors, for one thread. */
  public Row row() {
    return new Row();
  }

  public boolean expanded(int id) {
    return id < expanded;
  }

  /** True for a state where the run is over: concluded, or broken off by a party. */
  public boolean finished(int id) {
    return finished.get(id);
  }

  /**
   * The unpacked values of one state at a time into arrays of its own, for loops over many states;
   * not thread-safe.
   */
  public final class Values {
    private final long[] packed = new long[store.words()];
    private final long[] values = new long[system.vars().size()];

    /** The values of {@code id}, in an array the next call overwrites. */
    public long[] of(int id) {
      store.get(id, packed);
      system.vars().unpack(packed, values);
      return values;
    }

    /** The sum of the variables {@code vars} in {@code id}, unpacking none of the others. */
    public long sum(int id, int[] vars) {
      store.get(id, packed);
      long sum = 0;
      for (int var : vars) {
        sum += system.vars().get(packed, var);
      }
      return sum;
    }
  }

  /** A reader of states' values, for one thread. */
  public Values valuesReader() {
    return new Values();
  }

  /** The unpacked values of state {@code id}, in an array of their own. */
  public long[] values(int id) {
    return new Values().of(id);
  }

  public void packed(int id, long[] into) {
    store.get(id, into);
  }

  /** The number of a stored state, or -1. */
  public int find(long[] packed) {
    return store.find(packed);
  }

  /**
   * The states of a shortest run from the initial state to {@code id}, both included: each state
   * reached from the first state (in search order) with an edge to it, as the search first found
   * it.
   *
   * <p>No array of parents: the search is breadth first, so that first state is in the level before
   * the state's, and is the first of that level with an edge to it. Each step of the run back reads
   * the rows of the level before, from its start to that state: the whole run back reads each row
   * at most once, and needs only the levels' bounds ({@link #levelEnds}).
   */
  public List<Integer> pathTo(int id) {
    if (!breadthFirst) {
      return pathByParents(id);
    }
    int[] ends = levelEnds();
    int level = 0;
    while (level < ends.length && ends[level] <= id) {
      level++;
    }
    if (level == ends.length) {
      // Only a search cut short by a failed allocation leaves a state no row leads to: no run.
      return List.of(id);
    }
    List<Integer> path = new ArrayList<>();
    path.add(id);
    Row row = row();
    for (int at = id; level > 0; level--) {
      int from = level >= 2 ? ends[level - 2] : 0;
      int parent = from;
      while (!has(row.of(parent), at)) {
        if (++parent == ends[level - 1]) {
          throw new IllegalStateException("state " + at + " has no predecessor in its level");
        }
      }
      path.add(parent);
      at = parent;
    }
    Collections.reverse(path);
    return path;
  }

  /**
   * A shortest run to {@code id} in a graph not numbered breadth first: parents from a
   * breadth-first pass over its edges, an int a state (such graphs are small: a probe's).
   */
  private List<Integer> pathByParents(int id) {
    int[] from = parents();
    List<Integer> path = new ArrayList<>();
    if (from[id] == -2) {
      return List.of(id); // no row leads to it
    }
    for (int at = id; at >= 0; at = from[at]) {
      path.add(at);
    }
    Collections.reverse(path);
    return path;
  }

  /** Each state's parent on a shortest run from the initial state (-1 for it, -2 if none). */
  private synchronized int[] parents() {
    if (parents == null) {
      int[] found = new int[store.size()];
      Arrays.fill(found, -2);
      found[0] = -1;
      int[] queue = new int[store.size()];
      int head = 0;
      int tail = 0;
      queue[tail++] = 0;
      Row row = row();
      while (head < tail) {
        int s = queue[head++];
        row.of(s);
        for (int k = 0; k < row.count(); k++) {
          int t = row.get(k);
          if (found[t] == -2) {
            found[t] = s;
            queue[tail++] = t;
          }
        }
      }
      parents = found;
    }
    return parents;
  }

  private static boolean has(Row row, int target) {
    return Arrays.binarySearch(row.targets, 0, row.count, target) >= 0;
  }

  /**
   * Where each level of the breadth-first search ends: level 0 is the initial state, level k + 1
   * the states first found from level k, numbered right after it, up to its highest successor.
   * Worked out once, with one int a level.
   */
  private synchronized int[] levelEnds() {
    if (levelEnds == null) {
      int[] ends = new int[16];
      int levels = 0;
      int start = 0;
      int end = 1;
      Row row = row();
      while (true) {
        if (levels == ends.length) {
          ends = Arrays.copyOf(ends, levels * 2);
        }
        ends[levels++] = end;
        int next = end;
        for (int s = start; s < end; s++) {
          row.of(s);
          if (row.count() > 0) {
            next = Math.max(next, row.get(row.count() - 1) + 1);
          }
        }
        if (next == end) {
          break;
        }
        start = end;
        end = next;
      }
      levelEnds = Arrays.copyOf(ends, levels);
    }
    return levelEnds;
  }

  /** The state from which some day could not release in full what was due, or -1. */
  public int shortfallFrom() {
    return shortfallFrom;
  }

  /** The choices of that day. */
  public int[] shortfallAnswers() {
    return shortfallAnswers.clone();
  }
}
