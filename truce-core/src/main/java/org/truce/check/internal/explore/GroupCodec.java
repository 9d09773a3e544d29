package org.truce.check.internal.explore;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * How a row keeps one set of a game player's groups ({@link Graph.Game}): a subset of the row's
 * {@code n} successors, given by their places in the row (0 to n - 1), in the cheapest of three
 * forms, each opened by a code (decision 0040):
 *
 * <ul>
 *   <li>{@code 0}: every successor of the row, and nothing else follows;
 *   <li>{@code size << 1}: the places in increasing order, the first as is and each next as its gap
 *       from the one before less one, a byte each while the gaps stay under 128;
 *   <li>{@code size << 1 | 1}: a bit for each of the n places, 7 to a value, so n / 7 bytes.
 * </ul>
 *
 * <p>On the full-scale model with every amount and an adversary a set holds about a quarter of a
 * row of a few hundred successors: its places took 1 to 2 bytes each as they came (in the order the
 * successors were found, not sorted); a bit set takes an eighth of a byte for each successor of the
 * row. A set is read back in increasing order of place, whatever order it was written in: what the
 * game asks of a set (has it a member in the attractor?) does not depend on the order.
 */
final class GroupCodec {
  private GroupCodec() {}

  /**
   * Writes the set of the {@code size} places {@code places[from]} to {@code places[from + size -
   * 1]}, distinct and below {@code n}, sorting them in place.
   */
  static void write(int[] places, int from, int size, int n, IntConsumer out) {
    if (size == n) {
      out.accept(0);
      return;
    }
    Arrays.sort(places, from, from + size);
    long gapBytes = 0;
    for (int m = 0; m < size; m++) {
      int gap = m == 0 ? places[from] : places[from + m] - places[from + m - 1] - 1;
      gapBytes += gap < 0x80 ? 1 : gap < 0x4000 ? 2 : 3;
    }
    int bitValues = (n + 6) / 7;
    if (gapBytes <= bitValues) {
      out.accept(size << 1);
      for (int m = 0; m < size; m++) {
        out.accept(m == 0 ? places[from] : places[from + m] - places[from + m - 1] - 1);
      }
      return;
    }
    out.accept(size << 1 | 1);
    int m = 0;
    for (int v = 0; v < bitValues; v++) {
      int bits = 0;
      int end = Math.min(n, 7 * v + 7);
      while (m < size && places[from + m] < end) {
        bits |= 1 << (places[from + m++] - 7 * v);
      }
      out.accept(bits);
    }
  }

  /** Reads a set of a row of {@code n} successors: how many places it has. */
  static int size(int code, int n) {
    return code == 0 ? n : code >>> 1;
  }

  /**
   * Reads the places of the set whose code {@code code} was just read, into {@code into} from
   * {@code at} on (large enough for {@link #size}), in increasing order.
   */
  static void read(int code, int n, Rows.Reader in, int[] into, int at) {
    if (code == 0) {
      for (int k = 0; k < n; k++) {
        into[at + k] = k;
      }
    } else if ((code & 1) == 0) {
      int place = -1;
      for (int m = 0; m < code >>> 1; m++) {
        place += in.next() + 1;
        into[at + m] = place;
      }
    } else {
      int m = at;
      for (int v = 0; v < (n + 6) / 7; v++) {
        int bits = in.next();
        while (bits != 0) {
          into[m++] = 7 * v + Integer.numberOfTrailingZeros(bits);
          bits &= bits - 1;
        }
      }
    }
  }

  /** Skips the set whose code {@code code} was just read. */
  static void skip(int code, int n, Rows.Reader in) {
    int values = code == 0 ? 0 : (code & 1) == 0 ? code >>> 1 : (n + 6) / 7;
    for (int v = 0; v < values; v++) {
      in.next();
    }
  }
}
