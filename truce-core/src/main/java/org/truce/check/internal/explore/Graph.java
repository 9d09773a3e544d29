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
 * state (compressed rows, no duplicates), which states are finished runs, and whether the search
 * covered every reachable state.
 */
public final class Graph {
  private final TransitionSystem system;
  private final StateStore store;
  private final int[] edgeStart;
  private final int[] edges;
  private final int expanded;
  private final BitSet finished;
  private final int shortfallFrom;
  private final int[] shortfallAnswers;
  private final Stop stop;
  private final long transitions;
  private final Game game;
  private int[] parents;

  /**
   * How each expanded state's successors group by the choices of the players other than a game
   * player, recorded by the search so that a game needs not run the days again. For state s, its
   * successors in the order they were found are {@code targets[start[s]]} to {@code targets[start[s
   * + 1] - 1]}, and {@code groups[p][t]} is the group of successor t for the p-th game player,
   * numbered from 0 within the state.
   */
  public record Game(int[] players, int[] start, int[] targets, int[][] groups) {
    /** The place of {@code player} among the game players, or -1. */
    public int indexOf(int player) {
      for (int i = 0; i < players.length; i++) {
        if (players[i] == player) {
          return i;
        }
      }
      return -1;
    }
  }

  /** Why the search stopped. */
  public enum Stop {
    COMPLETE,
    STATE_LIMIT,
    TIME_LIMIT,
    MEMORY_LIMIT
  }

  Graph(
      TransitionSystem system,
      StateStore store,
      int[] edgeStart,
      int[] edges,
      int expanded,
      BitSet finished,
      int shortfallFrom,
      int[] shortfallAnswers,
      Stop stop,
      long transitions,
      Game game) {
    this.system = system;
    this.store = store;
    this.edgeStart = edgeStart;
    this.edges = edges;
    this.expanded = expanded;
    this.finished = finished;
    this.shortfallFrom = shortfallFrom;
    this.shortfallAnswers = shortfallAnswers;
    this.stop = stop;
    this.transitions = transitions;
    this.game = game;
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

  public boolean expanded(int id) {
    return id < expanded;
  }

  /** True for a state where the run is over: concluded, or broken off by a party. */
  public boolean finished(int id) {
    return finished.get(id);
  }

  public int successorCount(int id) {
    return id < expanded ? edgeStart[id + 1] - edgeStart[id] : 0;
  }

  public int successor(int id, int k) {
    return edges[edgeStart[id] + k];
  }

  /** The unpacked values of state {@code id}. */
  public long[] values(int id) {
    long[] packed = new long[store.words()];
    store.get(id, packed);
    long[] values = new long[system.vars().size()];
    system.vars().unpack(packed, values);
    return values;
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
   */
  public List<Integer> pathTo(int id) {
    int[] parents = parents();
    List<Integer> path = new ArrayList<>();
    for (int at = id; at >= 0; at = parents[at]) {
      path.add(at);
    }
    Collections.reverse(path);
    return path;
  }

  /** Each state's first predecessor in search order (-1 for the initial state); worked out once. */
  private synchronized int[] parents() {
    if (parents == null) {
      int[] found = new int[store.size()];
      Arrays.fill(found, -2);
      found[0] = -1;
      for (int s = 0; s < expanded; s++) {
        for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
          if (found[edges[e]] == -2) {
            found[edges[e]] = s;
          }
        }
      }
      parents = found;
    }
    return parents;
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
