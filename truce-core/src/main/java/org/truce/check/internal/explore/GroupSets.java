package org.truce.check.internal.explore;

import java.util.Arrays;

/**
 * The groups of a game player for one state: for each choice of the other players (a group), the
 * successors the player's own answers lead to. A state joins a player's attractor when every group
 * has a successor in it, so what matters of the groups is their distinct sets of successors: two
 * choices of the others that leave the player the same successors are one constraint, and a
 * successor reached twice under one choice is one member.
 */
final class GroupSets {
  /** (group, successor) pairs, the group in the high half. */
  private long[] pairs = new long[64];

  private int size;

  // Open addressing over the distinct sets found so far, emptied by a new generation.
  private int[] slots = new int[64];
  private int[] generations = new int[64];
  private int generation;

  void clear() {
    size = 0;
  }

  void add(int group, int successor) {
    if (size == pairs.length) {
      pairs = Arrays.copyOf(pairs, size * 2);
    }
    pairs[size++] = (long) group << 32 | successor;
  }

  /**
   * The distinct sets, as {@code [number of sets, then for each set: its size, then its successors
   * in increasing order]}.
   */
  int[] distinctSets() {
    int[] out = distinctSets(null);
    int length = 1;
    for (int set = 0; set < out[0]; set++) {
      length += 1 + out[length];
    }
    return Arrays.copyOf(out, length);
  }

  /**
   * {@link #distinctSets()} written into {@code into} if it is large enough (else into a new
   * array), which may then go on past the last set.
   */
  int[] distinctSets(int[] into) {
    Arrays.sort(pairs, 0, size);
    int need = 1 + 2 * size;
    int[] out =
        into != null && into.length >= need && into.length <= 4 * need ? into : new int[need];
    int length = 1;
    int sets = 0;
    int groups = size == 0 ? 0 : (int) (pairs[size - 1] >>> 32) + 1;
    startTable(groups);
    int i = 0;
    while (i < size) {
      int group = (int) (pairs[i] >>> 32);
      int setStart = length + 1;
      int members = 0;
      for (; i < size && (int) (pairs[i] >>> 32) == group; i++) {
        int successor = (int) pairs[i];
        if (members == 0 || out[setStart + members - 1] != successor) {
          out[setStart + members++] = successor;
        }
      }
      if (isNew(out, setStart, members)) {
        out[length] = members;
        length = setStart + members;
        sets++;
      }
    }
    out[0] = sets;
    return out;
  }

  private void startTable(int groups) {
    if (slots.length < groups * 2) {
      int capacity = Integer.highestOneBit(groups * 2 - 1) << 1;
      slots = new int[capacity];
      generations = new int[capacity];
    }
    generation++;
  }

  /**
   * True, and the set remembered, when the {@code members} successors at {@code out[from]} are not
   * those of a set kept before; the sets kept are each stored as its size before its successors.
   */
  private boolean isNew(int[] out, int from, int members) {
    long h = Hashes.ofInts(out, from, members);
    int mask = slots.length - 1;
    int slot = (int) h & mask;
    while (generations[slot] == generation) {
      int kept = slots[slot];
      if (out[kept - 1] == members
          && Arrays.equals(out, kept, kept + members, out, from, from + members)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    generations[slot] = generation;
    slots[slot] = from;
    return true;
  }
}
