package org.truce.check.internal.system;

/**
 * Answers the choices a day leaves open. The step function asks, in a fixed order, "which of these
 * {@code options} does {@code player} take?"; exploring a state asks every combination in turn (an
 * {@link Odometer}), replaying a witness answers from the recorded sequence.
 */
public interface Chooser {
  /** A value from 0 to {@code options - 1}; {@code options} is at least 2. */
  int choose(int player, int options);
}
