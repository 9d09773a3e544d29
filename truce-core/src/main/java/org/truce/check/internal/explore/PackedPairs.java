package org.truce.check.internal.explore;

import java.util.Arrays;

/**
 * A list of pairs of numbers that are not negative, each pair in as few bits as its page needs:
 * pages of 1,024 pairs, each with the widths of the largest numbers it holds, widened (the page
 * rewritten) when a larger number comes. Numbers grow as the search goes on, so a page starts with
 * the widths of the one before it. The roots of a {@link StateStore}: a state of 110 bits is two
 * numbers of about 12 bits each.
 */
final class PackedPairs {
  private static final int PAGE_BITS = 10;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;

  private long[][] pages = new long[16][];
  // Bits of each page's first and second numbers: at least 1, at most 31 each.
  private byte[] firstBits = new byte[16];
  private byte[] secondBits = new byte[16];
  private int size;

  int size() {
    return size;
  }

  /** The pair at {@code index}: the first number in the high half of the long, the second low. */
  long get(int index) {
    int page = index >>> PAGE_BITS;
    int second = secondBits[page];
    long bits = read(pages[page], index & (PAGE_SIZE - 1), firstBits[page] + second);
    return (bits >>> second) << 32 | (bits & ((1L << second) - 1));
  }

  void add(int first, int second) {
    int page = size >>> PAGE_BITS;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page * 2);
      firstBits = Arrays.copyOf(firstBits, page * 2);
      secondBits = Arrays.copyOf(secondBits, page * 2);
    }
    if (pages[page] == null) {
      firstBits[page] = page == 0 ? 1 : firstBits[page - 1];
      secondBits[page] = page == 0 ? 1 : secondBits[page - 1];
      pages[page] = new long[longsFor(firstBits[page] + secondBits[page])];
    }
    int needFirst = Math.max(firstBits[page], bitsOf(first));
    int needSecond = Math.max(secondBits[page], bitsOf(second));
    if (needFirst != firstBits[page] || needSecond != secondBits[page]) {
      widen(page, needFirst, needSecond);
    }
    int s = secondBits[page];
    write(pages[page], size & (PAGE_SIZE - 1), firstBits[page] + s, (long) first << s | second);
    size++;
  }

  long bytes() {
    long total = 0;
    for (long[] page : pages) {
      total += page == null ? 0 : page.length * 8L;
    }
    return total;
  }

  /** Bytes the next additions may allocate: a page of the widest pairs. */
  static long growthBytes() {
    return longsFor(62) * 8L;
  }

  private void widen(int page, int first, int second) {
    int oldSecond = secondBits[page];
    int oldWidth = firstBits[page] + oldSecond;
    long[] old = pages[page];
    long[] wider = new long[longsFor(first + second)];
    for (int i = 0; i < (size & (PAGE_SIZE - 1)); i++) {
      long bits = read(old, i, oldWidth);
      long pair = (bits >>> oldSecond) << second | (bits & ((1L << oldSecond) - 1));
      write(wider, i, first + second, pair);
    }
    pages[page] = wider;
    firstBits[page] = (byte) first;
    secondBits[page] = (byte) second;
  }

  private static int bitsOf(int number) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(number));
  }

  private static int longsFor(int width) {
    return (PAGE_SIZE * width + 63) / 64;
  }

  private static long read(long[] page, int i, int width) {
    long bit = (long) i * width;
    int word = (int) (bit >>> 6);
    int offset = (int) (bit & 63);
    long bits = page[word] >>> offset;
    if (offset + width > 64) {
      bits |= page[word + 1] << (64 - offset);
    }
    return bits & ((1L << width) - 1);
  }

  private static void write(long[] page, int i, int width, long bits) {
    long bit = (long) i * width;
    int word = (int) (bit >>> 6);
    int offset = (int) (bit & 63);
    page[word] |= bits << offset;
    if (offset + width > 64) {
      page[word + 1] |= bits >>> (64 - offset);
    }
  }
}
