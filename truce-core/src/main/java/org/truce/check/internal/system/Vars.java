package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.List;

/**
 * The state variables of a transition system and how a state packs into longs. Each variable holds
 * a whole number from 0 to its maximum and takes just the bits that maximum needs; a variable never
 * straddles two longs, so that packing and unpacking are a shift and a mask each.
 */
public final class Vars {
  private final List<String> names = new ArrayList<>();
  private final List<Long> maxima = new ArrayList<>();
  private int[] word = new int[0];
  private int[] shift = new int[0];
  private long[] mask = new long[0];
  private int words;

  /** Declares a variable; returns its index. Only while the layout is not yet {@link #seal}ed. */
  int add(String name, long max) {
    if (max < 0) {
      throw new IllegalArgumentException("negative maximum for " + name);
    }
    names.add(name);
    maxima.add(max);
    return names.size() - 1;
  }

  /** Lays the variables out in words, in declaration order. */
  void seal() {
    int n = names.size();
    word = new int[n];
    shift = new int[n];
    mask = new long[n];
    int w = 0;
    int used = 0;
    for (int i = 0; i < n; i++) {
      int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(maxima.get(i)));
      if (used + bits > 64) {
        w++;
        used = 0;
      }
      word[i] = w;
      shift[i] = used;
      mask[i] = bits == 64 ? -1L : (1L << bits) - 1;
      used += bits;
    }
    words = n == 0 ? 1 : w + 1;
  }

  public int size() {
    return names.size();
  }

  /** Longs a packed state takes. */
  public int words() {
    return words;
  }

  public String name(int var) {
    return names.get(var);
  }

  public long max(int var) {
    return maxima.get(var);
  }

  /** Bits all variables take, packed without padding: a lower bound on any exact encoding. */
  public int bits() {
    int total = 0;
    for (long max : maxima) {
      total += Math.max(1, 64 - Long.numberOfLeadingZeros(max));
    }
    return total;
  }

  public void pack(long[] values, long[] into) {
    java.util.Arrays.fill(into, 0L);
    for (int i = 0; i < word.length; i++) {
      assert values[i] >= 0 && values[i] <= maxima.get(i) : names.get(i) + " = " + values[i];
      into[word[i]] |= (values[i] & mask[i]) << shift[i];
    }
  }

  /** The value of variable {@code var} in the packed state {@code packed}. */
  public long get(long[] packed, int var) {
    return (packed[word[var]] >>> shift[var]) & mask[var];
  }

  public void unpack(long[] packed, long[] into) {
    for (int i = 0; i < word.length; i++) {
      into[i] = (packed[word[i]] >>> shift[i]) & mask[i];
    }
  }
}
