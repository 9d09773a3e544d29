package org.truce.check.internal.system;

import java.util.Arrays;

/**
 * Enumerates every sequence of answers a deterministic step function can be given, like an
 * odometer: run the step, then {@link #advance} to the next sequence, until it returns false. The
 * points asked depend only on the answers before them, so changing the last answer first visits
 * each sequence exactly once.
 */
public final class Odometer implements Chooser {
  private int[] values = new int[16];
  private int[] sizes = new int[16];
  private int[] players = new int[16];
  private int depth;
  private int position;

  /** Prepares for a fresh enumeration. */
  public void reset() {
    depth = 0;
    position = 0;
  }

  /** Call before each run of the step function. */
  public void rewind() {
    position = 0;
  }

  @Override
  public int choose(int player, int options) {
    if (position < depth) {
      return values[position++];
    }
    if (position == values.length) {
      values = Arrays.copyOf(values, position * 2);
      sizes = Arrays.copyOf(sizes, position * 2);
      players = Arrays.copyOf(players, position * 2);
    }
    values[position] = 0;
    sizes[position] = options;
    players[position] = player;
    depth = ++position;
    return 0;
  }

  /** Moves to the next sequence; false when every sequence has been run. */
  public boolean advance() {
    depth = position;
    while (depth > 0 && values[depth - 1] + 1 == sizes[depth - 1]) {
      depth--;
    }
    if (depth == 0) {
      return false;
    }
    values[depth - 1]++;
    return true;
  }

  /** How many answers the last run was asked. */
  public int asked() {
    return position;
  }

  /** Who was asked the {@code i}-th answer of the last run. */
  public int askedOf(int i) {
    return players[i];
  }

  /** The {@code i}-th answer of the last run. */
  public int answer(int i) {
    return values[i];
  }

  /** The answers of the last run, in the order asked. */
  public int[] answers() {
    return Arrays.copyOf(values, position);
  }
}
