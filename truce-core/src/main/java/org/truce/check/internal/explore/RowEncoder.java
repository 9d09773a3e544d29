package org.truce.check.internal.explore;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Writes the rows of expanded states whose successors are numbered, into bytes of its own, as
 * {@link Rows#put} would write them; the search then copies them to its {@link Rows} in state
 * order. One per worker thread, so that the rows of a chunk are written in parallel (decision 0034)
 * and the search's one thread only copies bytes. Not thread-safe.
 *
 * <p>A row: the number of successors, the first as its distance from the state, then the gaps
 * between them in increasing order; then, for a game, each player's number of sets of successors,
 * and each set as {@link GroupCodec} writes it (places in that order).
 */
final class RowEncoder {
  private byte[] bytes = new byte[1 << 12];
  private int length;
  // For one state's successors: (number, place) pairs, sorted, and each one's rank.
  private long[] sorted = new long[64];
  private int[] rank = new int[64];
  // One set of a game's groups, as places in the row, for GroupCodec.
  private int[] places = new int[64];
  private final IntConsumer out = this::put;

  /** Forgets the rows of the previous chunk. */
  void clear() {
    length = 0;
  }

  /** The bytes written since {@link #clear()}; valid until the next call of {@link #encode}. */
  byte[] bytes() {
    return bytes;
  }

  /** Bytes held. */
  long capacity() {
    return bytes.length;
  }

  /**
   * Writes the row of state {@code id}, whose successors {@code x.numbers} are numbered, and
   * records where it is in {@code x}.
   */
  void encode(int id, Expander.Expansion x, int gamePlayers) {
    x.rows = this;
    x.rowStart = length;
    if (x.finished) {
      for (int p = 0; p <= gamePlayers; p++) {
        put(0);
      }
      x.rowEnd = length;
      return;
    }
    int n = x.count;
    if (sorted.length < n) {
      sorted = new long[Math.max(n, sorted.length * 2)];
      rank = new int[sorted.length];
    }
    for (int k = 0; k < n; k++) {
      sorted[k] = x.numbers[k] << 32 | k;
    }
    Arrays.sort(sorted, 0, n);
    put(n);
    for (int r = 0; r < n; r++) {
      int target = (int) (sorted[r] >>> 32);
      rank[(int) sorted[r]] = r;
      put(r == 0 ? zigzag(target - id) : target - (int) (sorted[r - 1] >>> 32) - 1);
    }
    for (int p = 0; p < gamePlayers; p++) {
      int[] sets = x.groups[p];
      put(sets[0]);
      for (int set = 0, i = 1; set < sets[0]; set++) {
        int size = sets[i++];
        if (places.length < size) {
          places = new int[Math.max(size, places.length * 2)];
        }
        for (int m = 0; m < size; m++) {
          places[m] = rank[sets[i++]];
        }
        GroupCodec.write(places, 0, size, n, out);
      }
    }
    x.rowEnd = length;
  }

  /** A signed distance as a number that is not negative: 0, -1, 1, -2... as 0, 1, 2, 3... */
  private static int zigzag(int value) {
    return (value << 1) ^ (value >> 31);
  }

  /** Appends {@code value} (not negative) in 7 bits a byte, the high bit saying more follow. */
  private void put(int value) {
    if (length + 5 > bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    while (value >= 0x80) {
      bytes[length++] = (byte) (value | 0x80);
      value >>>= 7;
    }
    bytes[length++] = (byte) value;
  }
}
