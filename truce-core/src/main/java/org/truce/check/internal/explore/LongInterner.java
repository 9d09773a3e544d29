package org.truce.check.internal.explore;

import java.util.Arrays;

/**
 * Distinct longs, numbered 0, 1, 2... in the order first seen: the numbers in pages of longs (so
 * that growing copies nothing) and an open-addressing table of them, at most three quarters full.
 * The tables of a {@link StateStore}'s tree: one for each kind of leaf and of inner node.
 */
final class LongInterner {
  private static final int PAGE_BITS = 10;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;

  private long[][] pages = new long[4][];
  private int[] table = new int[16];
  private int mask = table.length - 1;
  private int size;

  int size() {
    return size;
  }

  /** The number of {@code key}, numbered now if it is new. */
  int intern(long key) {
    int slot = (int) StateStore.mix(key) & mask;
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
    int page = size >>> PAGE_BITS;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, pages.length * 2);
    }
    if (pages[page] == null) {
      pages[page] = new long[PAGE_SIZE];
    }
    pages[page][size & (PAGE_SIZE - 1)] = key;
    table[slot] = ++size;
    if (size * 4 > table.length * 3) {
      grow();
    }
    return size - 1;
  }

  /** The number of {@code key}, or -1 if it was never interned. */
  int find(long key) {
    int slot = (int) StateStore.mix(key) & mask;
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
    return pages[number >>> PAGE_BITS][number & (PAGE_SIZE - 1)];
  }

  long bytes() {
    long pagesHeld = (size + PAGE_SIZE - 1) / PAGE_SIZE;
    return pagesHeld * PAGE_SIZE * 8 + (long) table.length * 4;
  }

  /**
   * Bytes the next additions may allocate: a page, and a table twice the size when over half full.
   */
  long growthBytes() {
    return PAGE_SIZE * 8L + (size * 2L > table.length ? 8L * table.length : 0);
  }

  private void grow() {
    table = new int[table.length * 2];
    mask = table.length - 1;
    for (int number = 0; number < size; number++) {
      int slot = (int) StateStore.mix(key(number)) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = number + 1;
    }
  }
}
