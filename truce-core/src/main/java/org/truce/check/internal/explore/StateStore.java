package org.truce.check.internal.explore;

import java.util.Arrays;

/**
 * The states found so far, stored exactly (no probabilistic hashing): packed states laid end to end
 * in pages of longs, numbered in the order they were found, and an open-addressing table of those
 * numbers. With breadth-first search the numbering is the search order, so the first state found
 * with a property is one a shortest run reaches. Pages, not one array grown by doubling, so that
 * the store holds little more than the states themselves; witnesses find their runs from the
 * graph's edges ({@link Graph#pathTo}), so no parent links are kept.
 */
final class StateStore {
  /** States a page holds. */
  private static final int PAGE_BITS = 10;

  private static final int PAGE_STATES = 1 << PAGE_BITS;

  /** States a search may store: the table then holds 2^30 slots, the most an array can. */
  static final int MOST_STATES = 1 << 29;

  private final int words;
  private long[][] pages = new long[16][];
  private int[] table;
  private int mask;
  private int size;

  StateStore(int words, int expected) {
    this.words = words;
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    this.table = new int[capacity];
    this.mask = capacity - 1;
  }

  int size() {
    return size;
  }

  int words() {
    return words;
  }

  /** Bytes the store holds, table included, at the current size. */
  long bytes() {
    long pagesHeld = (size + PAGE_STATES - 1) / PAGE_STATES;
    return pagesHeld * PAGE_STATES * words * 8 + (long) table.length * 4;
  }

  /**
   * Bytes the store may allocate over the next few thousand additions: a page, and a table twice
   * the size once the table is over half full (it grows at three quarters).
   */
  long growthBytes() {
    long page = (long) PAGE_STATES * words * 8;
    return page + (size * 2L > table.length ? 8L * table.length : 0);
  }

  /**
   * Adds {@code packed} (its first {@link #words} longs) if new; returns its number, or {@code
   * -(number + 1)} if it was already there.
   */
  int add(long[] packed) {
    return add(packed, hash(packed));
  }

  /** {@link #add(long[])} of a state whose {@link #hash} is known. */
  int add(long[] packed, long hash) {
    int slot = (int) hash & mask;
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
    int page = size >>> PAGE_BITS;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, pages.length * 2);
    }
    if (pages[page] == null) {
      pages[page] = new long[PAGE_STATES * words];
    }
    System.arraycopy(packed, 0, pages[page], (size & (PAGE_STATES - 1)) * words, words);
    table[slot] = ++size;
    if (size * 4 > table.length * 3) { // at most three quarters full: linear probing stays short
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
    System.arraycopy(pages[id >>> PAGE_BITS], (id & (PAGE_STATES - 1)) * words, into, 0, words);
  }

  private boolean equalsAt(int id, long[] packed) {
    return sameAt(pages[id >>> PAGE_BITS], (id & (PAGE_STATES - 1)) * words, packed, words);
  }

  /** True when the {@code words} longs of {@code a} from {@code from} on are {@code packed}'s. */
  static boolean sameAt(long[] a, int from, long[] packed, int words) {
    for (int i = 0; i < words; i++) {
      if (a[from + i] != packed[i]) {
        return false;
      }
    }
    return true;
  }

  private long hash(long[] packed) {
    return hash(packed, 0, words);
  }

  /** A hash of {@code n} longs of {@code a} from {@code from} on. */
  static long hash(long[] a, int from, int n) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < from + n; i++) {
      h = mix(h ^ a[i]);
    }
    return h;
  }

  /** A hash of {@code n} ints of {@code a} from {@code from} on. */
  static long hashInts(int[] a, int from, int n) {
    long h = 0x9E3779B97F4A7C15L + n;
    for (int i = from; i < from + n; i++) {
      h = mix(h ^ a[i]);
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
