package org.truce.vocabulary;

/** What a condition may ask of a phase: {@code phase one ended}. */
public enum PhaseState {
  BEGUN,
  ACTIVE,
  ENDED
}
