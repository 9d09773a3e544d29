package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arrays an analysis allocates whose length grows with the graph (one entry per state, per
 * group or per member of a stack), allocated here so that their bytes are counted: the analyses'
 * memory is then a figure the code computes, the same on every run, which a test bounds per state
 * (docs/decisions/0035). The count is the sum of what was allocated since the last {@link #reset},
 * arrays since dropped included: an upper bound of what the analysis held at any one time. Arrays
 * handed back ({@code release}) are given out again, zeroed, and not counted again.
 *
 * <p>Not thread-safe: one per {@link Context}, and a context is used by one thread at a time.
 */
final class Footprint {
  /** An array's header, for the count: what HotSpot uses with compressed class pointers. */
  private static final long HEADER = 16;

  /** Spare arrays kept for the next analysis of the context: a few per kind. */
  private static final int SPARES = 4;

  private long bytes;
  // Arrays an analysis is done with, for the next one of the same length: with the serial
  // collector each large array goes to the old generation, where the arrays of analyses past
  // would stay, as garbage, until a full collection; reused, they do not add to the peak.
  private final List<int[]> spareInts = new ArrayList<>();
  private final List<long[]> spareLongs = new ArrayList<>();
  private final List<char[]> spareChars = new ArrayList<>();

  /** Bytes allocated through this footprint since the last reset. */
  long bytes() {
    return bytes;
  }

  void reset() {
    bytes = 0;
  }

  /** An int array of {@code length} zeros: a spare one if there is, else a new one, counted. */
  int[] ints(int length) {
    for (int i = 0; i < spareInts.size(); i++) {
      if (spareInts.get(i).length == length) {
        int[] spare = spareInts.remove(i);
        Arrays.fill(spare, 0);
        return spare;
      }
    }
    bytes += HEADER + 4L * length;
    return new int[length];
  }

  /** Hands back an array of {@link #ints} the caller no longer reads. */
  void release(int[] array) {
    if (spareInts.size() < SPARES) {
      spareInts.add(array);
    }
  }

  /** Hands back an array of {@link #bits} the caller no longer reads. */
  void release(long[] array) {
    if (spareLongs.size() < SPARES) {
      spareLongs.add(array);
    }
  }

  /** Hands back an array of {@link #chars} the caller no longer reads. */
  void release(char[] array) {
    if (spareChars.size() < SPARES) {
      spareChars.add(array);
    }
  }

  char[] chars(int length) {
    for (int i = 0; i < spareChars.size(); i++) {
      if (spareChars.get(i).length == length) {
        char[] spare = spareChars.remove(i);
        Arrays.fill(spare, (char) 0);
        return spare;
      }
    }
    bytes += HEADER + 2L * length;
    return new char[length];
  }

  /** A set of {@code size} bits, all clear, as {@link Bits} reads it. */
  long[] bits(int size) {
    int words = (size + 63) >>> 6;
    for (int i = 0; i < spareLongs.size(); i++) {
      if (spareLongs.get(i).length == words) {
        long[] spare = spareLongs.remove(i);
        Arrays.fill(spare, 0);
        return spare;
      }
    }
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
