package org.truce.check;

import java.time.Duration;

/**
 * What the search covered: states and transitions, the state encoding, the memory a state took (in
 * the store, and for its successors), time, and whether every reachable state was explored ({@code
 * stop} is {@code complete}) or a limit was hit ({@code state-limit}, {@code time-limit}, {@code
 * memory-limit}).
 */
public record Exploration(
    long states,
    long transitions,
    int stateBits,
    int stateWords,
    double bytesPerState,
    double edgeBytesPerState,
    Duration elapsed,
    String stop) {
  public boolean complete() {
    return stop.equals("complete");
  }
}
