package org.truce.check.internal.explore;

import java.util.Arrays;

/**
 * The distinct successors of the state being expanded, in the order first found: a small
 * open-addressing table of places in the expansion's own array of packed successors. It is emptied
 * for each state by moving to a new generation, not by clearing it, since most states have few
 * successors and the table keeps the size of the largest.
 */
final class SuccessorSet {
  private final int words;
  private int[] places = new int[64];
  private int[] generations = new int[64];
  private int generation = 1;
  private int size;

  SuccessorSet(int words) {
    this.words = words;
  }

  /** Forgets the successors of the previous state. */
  void clear() {
    generation++;
    size = 0;
  }

  /**
   * The place of {@code packed} among the successors of {@code x}, added at the end if it is not
   * there yet.
   */
  int add(Expander.Expansion x, long[] packed) {
    int mask = places.length - 1;
    long hash = Hashes.ofLongs(packed, 0, words);
    int slot = (int) hash & mask;
    while (generations[slot] == generation) {
      int place = places[slot];
      if (x.hashes[place] == hash && sameAt(x.successors, place * words, packed)) {
        return place;
      }
      slot = (slot + 1) & mask;
    }
    int place = x.count;
    if (place == x.hashes.length) {
      x.successors = Arrays.copyOf(x.successors, 2 * place * words);
      x.hashes = Arrays.copyOf(x.hashes, 2 * place);
    }
    System.arraycopy(packed, 0, x.successors, place * words, words);
    x.hashes[place] = hash;
    x.count++;
    generations[slot] = generation;
    places[slot] = place;
    if (++size * 2 > places.length) {
      grow(x);
    }
    return place;
  }

  /** True when the {@link #words} longs of {@code a} from {@code from} on are {@code packed}'s. */
  private boolean sameAt(long[] a, int from, long[] packed) {
    for (int i = 0; i < words; i++) {
      if (a[from + i] != packed[i]) {
        return false;
      }
    }
    return true;
  }

  private void grow(Expander.Expansion x) {
    places = new int[places.length * 2];
    generations = new int[places.length];
    int mask = places.length - 1;
    for (int place = 0; place < x.count; place++) {
      int slot = (int) x.hashes[place] & mask;
      while (generations[slot] == generation) {
        slot = (slot + 1) & mask;
      }
      generations[slot] = generation;
      places[slot] = place;
    }
  }
}
