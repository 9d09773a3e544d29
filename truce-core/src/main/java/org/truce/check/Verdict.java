package org.truce.check;

/** The outcome of one analysis. */
public enum Verdict {
  /** The property holds in every run the text allows. */
  HOLDS,
  /** Some run the text allows breaks it; the analysis carries that run as its witness. */
  VIOLATED,
  /** The search stopped at a limit before it could decide. */
  INCONCLUSIVE
}
