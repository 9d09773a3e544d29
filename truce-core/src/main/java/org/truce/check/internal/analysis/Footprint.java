package org.truce.check.internal.analysis;

import java.util.Arrays;

/**
 * The arrays an analysis allocates whose length grows with the graph (one entry per state, per
 * group or per member of a stack), allocated here so that their bytes are counted: the analyses'
 * memory is then a figure the code computes, the same on every run, which a test bounds per state
 * (docs/decisions/0035). The count is the sum of what was allocated since the last {@link #reset},
 * arrays since dropped included: an upper bound of what the analysis held at any one time.
 *
 * <p>Not thread-safe: one per {@link Context}, and a context is used by one thread at a time.
 */
final class Footprint {
  /** An array's header, for the count: what HotSpot uses with compressed class pointers. */
  private static final long HEADER = 16;

  private long bytes;

  /** Bytes allocated through this footprint since the last reset. */
  long bytes() {
    return bytes;
  }

  void reset() {
    bytes = 0;
  }

  int[] ints(int length) {
    bytes += HEADER + 4L * length;
    return new int[length];
  }

  char[] chars(int length) {
    bytes += HEADER + 2L * length;
    return new char[length];
  }

  /** A set of {@code size} bits, all clear, as {@link Bits} reads it. */
  long[] bits(int size) {
    int words = (size + 63) >>> 6;
    bytes += HEADER + 8L * words;
    return new long[words];
  }

  /** {@code array} grown to {@code length}, counted as a new array (the old one is garbage). */
  int[] grow(int[] array, int length) {
    bytes += HEADER + 4L * length;
    return Arrays.copyOf(array, length);
  }

  /** Bit sets as arrays of longs: a state's flag in one bit rather than a boolean's byte. */
  static final class Bits {
    private Bits() {}

    static boolean get(long[] bits, int i) {
      return (bits[i >>> 6] & 1L << i) != 0;
    }

    static void set(long[] bits, int i) {
      bits[i >>> 6] |= 1L << i;
    }

    static void clear(long[] bits, int i) {
      bits[i >>> 6] &= ~(1L << i);
    }
  }

  /** A stack of ints that grows by doubling, each growth counted. */
  static final class IntStack {
    private final Footprint footprint;
    private int[] items;
    private int size;

    IntStack(Footprint footprint) {
      this.footprint = footprint;
      this.items = footprint.ints(64);
    }

    void push(int value) {
      if (size == items.length) {
        items = footprint.grow(items, size * 2);
      }
      items[size++] = value;
    }

    int pop() {
      return items[--size];
    }

    int peek() {
      return items[size - 1];
    }

    int get(int index) {
      return items[index];
    }

    int size() {
      return size;
    }

    boolean isEmpty() {
      return size == 0;
    }
  }
}
