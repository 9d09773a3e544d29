package org.truce.check;

/**
 * How an analysis was settled before the search was complete (--verdicts; docs/semantics.md,
 * "Verdicts only"): its verdict cannot change with more states, but its figure is only what the
 * first {@code states} states showed, and its witness is the shortest found by then.
 *
 * @param states the states stored when the verdict was settled
 * @param valueAtLeast true when the analysis measures a figure: the full search may find more
 * @param witnessShortest true when no witness of the verdict is shorter (a state of the safety
 *     analyses reached by a shortest run, every shorter run having been explored): the full check's
 *     witness has the same number of days; false when a full check may find a shorter one (always
 *     false when {@code depthFirst})
 * @param depthFirst true when the depth-first probe settled it, before the breadth-first search:
 *     {@code states} are the probe's, and its witness is a run the probe found, not a shortest one
 */
public record Settled(
    long states, boolean valueAtLeast, boolean witnessShortest, boolean depthFirst) {
  public Settled {
    if (depthFirst && witnessShortest) {
      throw new IllegalArgumentException("a depth-first probe proves no witness shortest");
    }
  }
}
