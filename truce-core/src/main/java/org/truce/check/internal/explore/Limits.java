package org.truce.check.internal.explore;

import java.time.Duration;
import java.util.Objects;
import org.truce.check.CheckOptions.Progress;

/**
 * How far a search may go: a number of states, a time and the bytes its states and edges may take;
 * past any of them the search stops and its results are inconclusive. {@code progress} is told now
 * and then how far it has come; {@code threads} compute successors in parallel; {@code checkpoint}
 * is shown the graph found so far now and then, and may stop the search (--verdicts).
 */
public record Limits(
    long maxStates,
    Duration timeout,
    Progress progress,
    int threads,
    long memoryBytes,
    Checkpoint checkpoint) {
  /**
   * Share of the heap the search's own arrays may take, growth included: the rest is for the
   * analyses, which walk the graph with about 5 bytes a state of their own (an int and a few bits
   * for a lasso search, a char for exposure; docs/decisions/0035), and for the garbage of the days
   * they run again. Half the heap until the analyses needed 160 bytes a state.
   */
  static final double HEAP_SHARE = 0.75;

  public Limits {
    // A search that runs past a second reports progress: a missing listener would fail it then,
    // on a slow machine only. Say so at once instead.
    Objects.requireNonNull(progress, "progress: use Progress.NONE");
    Objects.requireNonNull(checkpoint, "checkpoint: use Checkpoint.NONE");
  }

  /**
   * Shown the graph found so far between two chunks of the search, each time the stored states have
   * grown fourfold since the last time (from {@link #FIRST}): the cost of what it does with the
   * graph, if linear in it, then stays within a third more than doing it once on the whole. The
   * graph is only valid during the call (the search goes on with its arrays afterwards).
   */
  @FunctionalInterface
  public interface Checkpoint {
    /** Never stops the search, and is never shown a graph. */
    Checkpoint NONE = partial -> false;

    /** The stored states at the first checkpoint. */
    int FIRST = 64;

    /** True to stop the search now: it then ends with {@link Graph.Stop#SETTLED}. */
    boolean settled(Graph partial);
  }

  /** Limits with no checkpoint. */
  public Limits(
      long maxStates, Duration timeout, Progress progress, int threads, long memoryBytes) {
    this(maxStates, timeout, progress, threads, memoryBytes, Checkpoint.NONE);
  }

  /** The same limits, showing the graph found so far to {@code to} now and then. */
  public Limits withCheckpoint(Checkpoint to) {
    return new Limits(maxStates, timeout, progress, threads, memoryBytes, to);
  }

  /** Limits with the memory budget a share of the heap. */
  public Limits(long maxStates, Duration timeout, Progress progress, int threads) {
    this(
        maxStates,
        timeout,
        progress,
        threads,
        (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE));
  }

  /**
   * Limits for a search made while the graph of another is held (dead-clauses runs the text again
   * without the adversary): the memory budget a share of what the heap has free now, not of all of
   * it, so that the second search stops at its budget rather than run out of memory.
   */
  public static Limits ofFreeHeap(
      long maxStates, Duration timeout, Progress progress, int threads) {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    return new Limits(maxStates, timeout, progress, threads, (long) (free * HEAP_SHARE));
  }
}
