package org.truce.check.internal.explore;

import java.util.Arrays;

/**
 * The states found so far, stored exactly (no probabilistic hashing): packed states laid end to end
 * in one long array, numbered in the order they were found, and an open-addressing table of those
 * numbers. With breadth-first search the numbering is the search order, so the first state found
 * with a property is one a shortest run reaches. Each state keeps the number of the state it was
 * first reached from, for witnesses.
 */
final class StateStore {
  private final int words;
  private long[] states;
  private int[] parents;
  private int[] table;
  private int mask;
  private int size;

  StateStore(int words, int expected) {
    this.words = words;
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    this.table = new int[capacity];
    this.mask = capacity - 1;
    this.states = new long[Math.max(16, expected) * words];
    this.parents = new int[Math.max(16, expected)];
  }

  int size() {
    return size;
  }

  int words() {
    return words;
  }

  /** Bytes held per stored state, table included, at the current size. */
  long bytes() {
    return (long) states.length * 8 + (long) parents.length * 4 + (long) table.length * 4;
  }

  /**
   * Adds {@code packed} (its first {@link #words} longs) if new; returns its number, or {@code
   * -(number + 1)} if it was already there.
   */
  int add(long[] packed, int parent) {
    int slot = (int) hash(packed) & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        break;
      }
      if (equalsAt(entry - 1, packed)) {
        return -entry;
      }
      slot = (slot + 1) & mask;
    }
    if (size == parents.length) {
      states = Arrays.copyOf(states, states.length * 2);
      parents = Arrays.copyOf(parents, parents.length * 2);
    }
    System.arraycopy(packed, 0, states, size * words, words);
    parents[size] = parent;
    table[slot] = ++size;
    if (size * 2 > table.length) {
      grow();
    }
    return size - 1;
  }

  /** The number of {@code packed}, or -1 if it is not stored. */
  int find(long[] packed) {
    int slot = (int) hash(packed) & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if (equalsAt(entry - 1, packed)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  void get(int id, long[] into) {
    System.arraycopy(states, id * words, into, 0, words);
  }

  int parent(int id) {
    return parents[id];
  }

  private boolean equalsAt(int id, long[] packed) {
    int base = id * words;
    for (int i = 0; i < words; i++) {
      if (states[base + i] != packed[i]) {
        return false;
      }
    }
    return true;
  }

  private long hash(long[] packed) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < words; i++) {
      h = mix(h ^ packed[i]);
    }
    return h;
  }

  /** The finaliser of MurmurHash3: every input bit affects every output bit. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb93fe53b3e4fL;
    k ^= k >>> 33;
    return k;
  }

  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    mask = table.length - 1;
    long[] packed = new long[words];
    for (int entry : old) {
      if (entry != 0) {
        get(entry - 1, packed);
        int slot = (int) hash(packed) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = entry;
      }
    }
  }
}
