package org.truce.check.internal.analysis;

import org.truce.check.internal.system.TransitionSystem;

/**
 * The day abstraction in words, for the "repeats for ever" line of a lasso witness
 * (docs/semantics.md, "Runs, days and states"): the checker counts the days past the largest day
 * the text can tell apart as one, so a state that recurs stands for every later day, and the loop
 * means "every day from then on".
 */
final class LoopWords {
  private LoopWords() {}

  /**
   * The sentence that follows "can repeat for ever", for a loop from the state of witness day
   * {@code from} back to it on day {@code to} ({@code from} itself for a day that repeats itself).
   */
  static String of(TransitionSystem ts, long from, long to) {
    long told = lastDayToldApart(ts);
    String named =
        (told > 0 ? "day " + told + " of the agreement; " : "")
            + "in each phase, its last scheduled day";
    String meaning =
        from == to
            ? "this one day stands for every day from day " + from + " on"
            : "these days stand for every day from day "
                + from
                + " on, days "
                + from
                + " to "
                + to
                + " coming round again and again";
    return ". The checker counts the days past the largest day the text can tell apart ("
        + named
        + ") as one day, since no clause tells them apart: "
        + meaning;
  }

  /** The largest day of the agreement the state keeps exactly: the day's cap less one. */
  private static long lastDayToldApart(TransitionSystem ts) {
    return ts.dayCap() - 1;
  }
}
