package org.truce.check.internal.explore;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
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
      long transitions) {
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

  /** The states of a shortest run from the initial state to {@code id}, both included. */
  public List<Integer> pathTo(int id) {
    List<Integer> path = new ArrayList<>();
    for (int at = id; at >= 0; at = store.parent(at)) {
      path.add(at);
    }
    Collections.reverse(path);
    return path;
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
