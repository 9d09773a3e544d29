package org.truce.check.internal.explore;

/**
 * The hashes of the search's open-addressing tables: the store's, the successor set's, the game's
 * groups and sets.
 */
final class Hashes {
  private Hashes() {}

  /** A hash of {@code n} longs of {@code a} from {@code from} on. */
  static long ofLongs(long[] a, int from, int n) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < from + n; i++) {
      h = mix(h ^ a[i]);
    }
    return h;
  }

  /** A hash of {@code n} ints of {@code a} from {@code from} on. */
  static long ofInts(int[] a, int from, int n) {
    long h = 0x9E3779B97F4A7C15L + n;
    for (int i = from; i < from + n; i++) {
      h = mix(h ^ a[i]);
    }
    return h;
  }

  /** The finaliser of MurmurHash3: every input bit affects every output bit. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb93fe53b3e4fL;
    k ^= k >>> 33;
    return k;
  }
}
