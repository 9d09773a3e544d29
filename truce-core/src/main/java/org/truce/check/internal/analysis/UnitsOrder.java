package org.truce.check.internal.analysis;

import java.util.PrimitiveIterator;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * The states by a count of units, most first, then in search order, states with none left out:
 * exposure(P) takes the states by what P has released in this order, so that the first that exposes
 * P is the answer and its witness a shortest run to that figure. Most states need no more than the
 * cheap count.
 *
 * <p>Without an array of counts or of states per state: the counts are kept in a char a state when
 * they fit (else worked out again at each pass), and the states are sorted by counting, a band of
 * counts at a time, each band holding at most an eighth of the states (a count that alone has more
 * states is read in search order, without sorting). A dozen or so passes over the counts, against 8
 * bytes a state for the counts as longs and 4 for the sorted states.
 */
final class UnitsOrder {
  private UnitsOrder() {}

  /**
   * The first state in this order that {@code wanted} accepts, or -1; {@code units} gives each of
   * the {@code states} states' count, which is not negative.
   */
  static int first(int states, IntToLongFunction units, IntPredicate wanted, Footprint footprint) {
    return first(states, units, wanted, footprint, Math.max(1024, states / 8));
  }

  /** The same with bands of at most {@code band} states: small bands for tests. */
  static int first(
      int states, IntToLongFunction units, IntPredicate wanted, Footprint footprint, int band) {
    long most = 0;
    for (int s = 0; s < states; s++) {
      most = Math.max(most, units.applyAsLong(s));
    }
    if (most == 0) {
      return -1;
    }
    if (most > states / 4 + 1024) {
      return byComparison(states, units, wanted); // far more units than states: a small graph
    }
    char[] cached = most <= Character.MAX_VALUE ? footprint.chars(states) : null;
    IntToLongFunction count = units;
    if (cached != null) {
      for (int s = 0; s < states; s++) {
        cached[s] = (char) units.applyAsLong(s);
      }
      count = s -> cached[s];
    }
    int[] counts = footprint.ints((int) most + 1);
    int[][] order = new int[1][];
    try {
      return inBands(states, count, (int) most, counts, order, wanted, footprint, band);
    } finally {
      if (cached != null) {
        footprint.release(cached);
      }
      footprint.release(counts);
      if (order[0] != null) {
        footprint.release(order[0]);
      }
    }
  }

  /**
   * The walk by bands of counts; {@code counts}, zeros, has an entry per count up to {@code most};
   * the array of a band's states, once allocated, goes in {@code orderHolder[0]}.
   */
  private static int inBands(
      int states,
      IntToLongFunction count,
      int most,
      int[] counts,
      int[][] orderHolder,
      IntPredicate wanted,
      Footprint footprint,
      int band) {
    for (int s = 0; s < states; s++) {
      counts[(int) count.applyAsLong(s)]++;
    }
    int[] order = null;
    int hi = most;
    while (hi >= 1) {
      if (counts[hi] == 0) {
        hi--;
      } else if (counts[hi] > band) {
        for (int s = 0; s < states; s++) { // one count, many states: already in order
          if (count.applyAsLong(s) == hi && wanted.test(s)) {
            return s;
          }
        }
        hi--;
      } else {
        int lo = hi;
        int total = counts[hi];
        while (lo > 1 && total + counts[lo - 1] <= band) {
          total += counts[--lo];
        }
        // counts[u] becomes where the states of count u begin, the higher counts first.
        int at = 0;
        for (int u = hi; u >= lo; u--) {
          int c = counts[u];
          counts[u] = at;
          at += c;
        }
        if (order == null) {
          order = footprint.ints(Math.min(band, states));
          orderHolder[0] = order;
        }
        for (int s = 0; s < states; s++) {
          long u = count.applyAsLong(s);
          if (u >= lo && u <= hi) {
            order[counts[(int) u]++] = s;
          }
        }
        for (int i = 0; i < total; i++) {
          if (wanted.test(order[i])) {
            return order[i];
          }
        }
        hi = lo - 1;
      }
    }
    return -1;
  }

  private static int byComparison(int states, IntToLongFunction units, IntPredicate wanted) {
    PrimitiveIterator.OfInt ids =
        IntStream.range(0, states)
            .filter(id -> units.applyAsLong(id) > 0)
            .boxed()
            // Most units first, then by number; a lambda of truce's own, not
            // Comparator.comparingLong (see Diagnostic.IN_SOURCE_ORDER).
            .sorted(
                (a, b) -> {
                  int byUnits = Long.compare(units.applyAsLong(b), units.applyAsLong(a));
                  return byUnits != 0 ? byUnits : Integer.compare(a, b);
                })
            .mapToInt(Integer::intValue)
            .iterator();
    while (ids.hasNext()) {
      int id = ids.nextInt();
      if (wanted.test(id)) {
        return id;
      }
    }
    return -1;
  }
}
