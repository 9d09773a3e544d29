package org.truce.check.internal.explore;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One row of non-negative ints per state, in state order, each int written in as few bytes as its
 * value needs (7 bits a byte, the high bit saying more follow). The rows of a graph hold small
 * numbers (gaps between sorted successors found together, positions within a row), so most take one
 * byte where an int array takes four. Bytes and row starts live in pages, so that the store never
 * copies itself to grow: its peak is what it holds plus a page (and the array of the blocks' first
 * starts, 8 bytes every 64 rows, which doubles).
 */
final class Rows {
  /** Bytes a page holds: 64 KiB. */
  private static final int PAGE_BITS = 16;

  /** Row starts a page of starts holds. */
  private static final int STARTS_BITS = 10;

  private static final int STARTS_MASK = (1 << STARTS_BITS) - 1;

  /**
   * Rows a block holds: 64. A row's start is kept as its distance from its block's first, in a
   * char, and each block's first start in a long: 2.1 bytes a row rather than 4 with an int per
   * row. A block whose rows take more than 64 KiB (rows of more than 1 KiB each on average) keeps
   * its distances in ints of its own, in {@link #wide}.
   */
  private static final int BLOCK_BITS = 6;

  private static final int BLOCK_MASK = (1 << BLOCK_BITS) - 1;

  private final int pageBits;
  private final int pageMask;
  // The longest distance kept in a char: Character.MAX_VALUE, smaller in tests.
  private final int narrow;
  private byte[][] pages = new byte[16][];
  private char[][] starts = new char[16][];
  private long[] bases = new long[16];
  private final Map<Integer, int[]> wide = new HashMap<>();
  private long length;
  private int rows;

  Rows() {
    this(PAGE_BITS);
  }

  /** With pages of {@code 2^pageBits} bytes: small pages let tests cross page ends. */
  Rows(int pageBits) {
    this(pageBits, Character.MAX_VALUE);
  }

  /** With distances above {@code narrow} kept in ints: for tests, which cannot write 64 KiB. */
  Rows(int pageBits, int narrow) {
    this.pageBits = pageBits;
    this.pageMask = (1 << pageBits) - 1;
    this.narrow = narrow;
  }

  /** The number of rows begun. */
  int rows() {
    return rows;
  }

  /** Bytes written so far. */
  long length() {
    return length;
  }

  /** Bytes held: the pages in use and the row starts. */
  long bytes() {
    long bytePages = (length >>> pageBits) + 1;
    long startPages = (rows >>> STARTS_BITS) + 1;
    return (bytePages << pageBits)
        + (startPages << STARTS_BITS) * 2
        + bases.length * 8L
        + wide.size() * (64L + (4L << BLOCK_BITS));
  }

  /** Bytes the next page of each kind takes. */
  long pageBytes() {
    return (1L << pageBits) + (2L << STARTS_BITS);
  }

  /** Begins the row of the next state: what {@link #put} writes from now on belongs to it. */
  void beginRow() {
    int page = rows >>> STARTS_BITS;
    if (page == starts.length) {
      starts = Arrays.copyOf(starts, page * 2);
    }
    if (starts[page] == null) {
      starts[page] = new char[1 << STARTS_BITS];
    }
    int block = rows >>> BLOCK_BITS;
    if (block == bases.length) {
      bases = Arrays.copyOf(bases, block * 2);
    }
    if ((rows & BLOCK_MASK) == 0) {
      bases[block] = length;
    }
    long distance = length - bases[block];
    int[] ints = wide.get(block);
    if (ints == null && distance > narrow) {
      if (distance > Integer.MAX_VALUE) {
        throw new IllegalStateException("64 rows of more than 2 GB");
      }
      ints = new int[1 << BLOCK_BITS];
      for (int r = rows & ~BLOCK_MASK; r < rows; r++) {
        ints[r & BLOCK_MASK] = starts[r >>> STARTS_BITS][r & STARTS_MASK];
      }
      wide.put(block, ints);
    }
    if (ints != null) {
      ints[rows & BLOCK_MASK] = (int) distance;
    } else {
      starts[page][rows & STARTS_MASK] = (char) distance;
    }
    rows++;
  }

  /** Appends {@code value} (not negative) to the current row. */
  void put(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("a row holds no negative number: " + value);
    }
    int at = (int) (length & pageMask);
    if (value < 0x80 && at != 0) { // most values: one byte, in the page in use
      pages[(int) (length >>> pageBits)][at] = (byte) value;
      length++;
      return;
    }
    while (value >= 0x80) {
      putByte((byte) (value | 0x80));
      value >>>= 7;
    }
    putByte((byte) value);
  }

  /**
   * Appends bytes {@code from} to {@code to - 1} of {@code bytes} to the current row: ints written
   * as {@link #put} writes them, by a {@link RowEncoder} on another thread.
   */
  void append(byte[] bytes, int from, int to) {
    while (from < to) {
      int at = (int) (length & pageMask);
      if (at == 0) {
        putByte(bytes[from++]); // allocates the page
        continue;
      }
      int n = Math.min(to - from, pageMask + 1 - at);
      System.arraycopy(bytes, from, pages[(int) (length >>> pageBits)], at, n);
      from += n;
      length += n;
    }
  }

  private void putByte(byte b) {
    int page = (int) (length >>> pageBits);
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page * 2);
    }
    if (pages[page] == null) {
      pages[page] = new byte[1 << pageBits];
    }
    pages[page][(int) (length & pageMask)] = b;
    length++;
  }

  /** Where row {@code row} begins, for a {@link Reader}. */
  long start(int row) {
    int block = row >>> BLOCK_BITS;
    int[] ints = wide.isEmpty() ? null : wide.get(block);
    return bases[block]
        + (ints != null ? ints[row & BLOCK_MASK] : starts[row >>> STARTS_BITS][row & STARTS_MASK]);
  }

  /** Reads the ints of rows from a position on; one per thread. */
  final class Reader {
    private long position;

    /** Moves to the start of {@code row}. */
    Reader at(int row) {
      position = start(row);
      return this;
    }

    int next() {
      int value = 0;
      int shift = 0;
      while (true) {
        byte b = pages[(int) (position >>> pageBits)][(int) (position & pageMask)];
        position++;
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
        shift += 7;
      }
    }
  }
}
