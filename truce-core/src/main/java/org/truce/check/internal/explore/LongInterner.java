package org.truce.check.internal.explore;

import java.util.Arrays;

/**
 * Distinct longs, numbered 0, 1, 2... in the order first seen: the longs in an array by number,
 * grown by doubling, and an open-addressing table of numbers, at most three quarters full. The
 * tables of a {@link StateStore}'s tree, one for each kind of leaf and of inner node: most hold a
 * few hundred or thousand longs, so they start small.
 */
final class LongInterner {
  private long[] keys = new long[16];
  private int[] table = new int[32];
  private int mask = table.length - 1;
  private int size;

  int size() {
    return size;
  }

  /** The number of {@code key}, numbered now if it is new. */
  int intern(long key) {
    int slot = (int) Hashes.mix(key) & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        break;
      }
      if (key(entry - 1) == key) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    keys[size] = key;
    table[slot] = ++size;
    if (size * 4 > table.length * 3) { // at most three quarters full: linear probing stays short
      grow();
    }
    return size - 1;
  }

  /** The number of {@code key}, or -1 if it was never interned. */
  int find(long key) {
    int slot = (int) Hashes.mix(key) & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if (key(entry - 1) == key) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  long key(int number) {
    return keys[number];
  }

  long bytes() {
    return keys.length * 8L + table.length * 4L;
  }

  /**
   * Bytes the next additions may allocate: the keys and the table twice the size when over half
   * full (the old ones are held while the new fill).
   */
  long growthBytes() {
    return (size * 2L > keys.length ? 16L * keys.length : 0)
        + (size * 2L > table.length ? 8L * table.length : 0);
  }

  private void grow() {
    table = new int[table.length * 2];
    mask = table.length - 1;
    for (int number = 0; number < size; number++) {
      int slot = (int) Hashes.mix(key(number)) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = number + 1;
    }
  }
}
