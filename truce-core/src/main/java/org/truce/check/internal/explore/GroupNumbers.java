package org.truce.check.internal.explore;

import java.util.Arrays;
import org.truce.check.internal.system.Odometer;

/**
 * Numbers the groups of a game player while one state is expanded: a group is one choice of the
 * other players (their answers in a run of the day, each with its place in the run), numbered 0, 1,
 * 2... in the order first met. The answers are kept end to end in one array and found through an
 * open-addressing table, emptied for each state by moving to a new generation: nothing is allocated
 * per transition, where a map keyed by arrays would allocate a key each time.
 */
final class GroupNumbers {
  // Group g's key is keys[starts[g]] to keys[starts[g + 1]]: (place, answer) pairs.
  private int[] keys = new int[64];
  private int[] starts = new int[17];
  private long[] hashes = new long[16];
  private int groups;

  private int[] slots = new int[32];
  private int[] generations = new int[32];
  private int generation = 1;

  /** Forgets the groups of the previous state. */
  void clear() {
    generation++;
    groups = 0;
  }

  /**
   * The number of the group the last run of {@code odometer} belongs to in {@code player}'s game.
   */
  int numberOf(Odometer odometer, int player) {
    long hash = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < odometer.asked(); i++) {
      if (odometer.askedOf(i) != player) {
        hash = Hashes.mix(hash ^ ((long) i << 32 | odometer.answer(i)));
      }
    }
    int mask = slots.length - 1;
    int slot = (int) hash & mask;
    while (generations[slot] == generation) {
      int group = slots[slot];
      if (hashes[group] == hash && sameKey(group, odometer, player)) {
        return group;
      }
      slot = (slot + 1) & mask;
    }
    return add(slot, hash, odometer, player);
  }

  private boolean sameKey(int group, Odometer odometer, int player) {
    int k = starts[group];
    int end = starts[group + 1];
    for (int i = 0; i < odometer.asked(); i++) {
      if (odometer.askedOf(i) != player) {
        if (k == end || keys[k] != i || keys[k + 1] != odometer.answer(i)) {
          return false;
        }
        k += 2;
      }
    }
    return k == end;
  }

  private int add(int slot, long hash, Odometer odometer, int player) {
    int group = groups++;
    if (groups == hashes.length) {
      hashes = Arrays.copyOf(hashes, groups * 2);
      starts = Arrays.copyOf(starts, groups * 2 + 1);
    }
    int k = starts[group];
    if (keys.length < k + 2 * odometer.asked()) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, k + 2 * odometer.asked()));
    }
    for (int i = 0; i < odometer.asked(); i++) {
      if (odometer.askedOf(i) != player) {
        keys[k++] = i;
        keys[k++] = odometer.answer(i);
      }
    }
    starts[group + 1] = k;
    hashes[group] = hash;
    generations[slot] = generation;
    slots[slot] = group;
    if (groups * 2 > slots.length) {
      grow();
    }
    return group;
  }

  private void grow() {
    slots = new int[slots.length * 2];
    generations = new int[slots.length];
    int mask = slots.length - 1;
    for (int group = 0; group < groups; group++) {
      int slot = (int) hashes[group] & mask;
      while (generations[slot] == generation) {
        slot = (slot + 1) & mask;
      }
      generations[slot] = generation;
      slots[slot] = group;
    }
  }
}
