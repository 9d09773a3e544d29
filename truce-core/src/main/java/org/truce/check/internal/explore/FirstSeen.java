package org.truce.check.internal.explore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The successors of a chunk that the store did not hold, each distinct one with the first place it
 * has in the chunk: a successor's place is its state's index in the chunk, then its own among that
 * state's successors, and places compare in the order the search numbers them. Filled by the
 * workers at once (decision 0034): an open-addressing table of places plus one, 0 for an empty
 * slot, each slot taken and then lowered by compare-and-set, so that whatever the order the workers
 * come in, a slot ends with the first place of its successor. The search's one thread then numbers
 * a successor only where it is first seen, and gives the others the same number, with no hashing of
 * its own.
 */
final class FirstSeen {
  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);

  private final int words;
  private long[] slots = new long[64];
  private int mask;

  FirstSeen(int words) {
    this.words = words;
  }

  /**
   * Makes room for {@code count} successors at most; the table is empty, as every slot taken was
   * {@link #forget forgotten} (decision 0039).
   */
  void ensure(int count) {
    int length = Integer.highestOneBit(Math.max(32, count) * 2 - 1) * 2; // half full at most
    if (slots.length < length) {
      slots = new long[length];
    }
    mask = length - 1;
  }

  /** Empties {@code slot}, once the chunk is numbered; any number of threads at once. */
  void forget(int slot) {
    slots[slot] = 0;
  }

  /** The place of successor {@code s} of state {@code k} of a chunk. */
  static long place(int k, int s) {
    return (long) k << 32 | s;
  }

  /**
   * Records successor {@code s} of state {@code k} of {@code chunk}, not held by the store; returns
   * its slot, which {@link #first} reads once every worker is done. Thread-safe.
   */
  int add(Expander.Expansion[] chunk, int k, int s) {
    Expander.Expansion x = chunk[k];
    long hash = x.hashes[s];
    long mine = place(k, s) + 1;
    int slot = (int) hash & mask;
    while (true) {
      long seen = (long) SLOTS.getVolatile(slots, slot);
      if (seen == 0) {
        if (SLOTS.compareAndSet(slots, slot, 0L, mine)) {
          return slot;
        }
        continue; // another worker took the slot: read it again
      }
      if (same(chunk, seen - 1, x, s, hash)) {
        while (mine < seen && !SLOTS.compareAndSet(slots, slot, seen, mine)) {
          seen = (long) SLOTS.getVolatile(slots, slot);
        }
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The first place of the successor in {@code slot}, once every worker is done. */
  long first(int slot) {
    return slots[slot] - 1;
  }

  /** Bytes held. */
  long bytes() {
    return slots.length * 8L;
  }

  private boolean same(
      Expander.Expansion[] chunk, long place, Expander.Expansion x, int s, long h) {
    Expander.Expansion other = chunk[(int) (place >>> 32)];
    int t = (int) place;
    if (other.hashes[t] != h) {
      return false;
    }
    for (int i = 0; i < words; i++) {
      if (other.successors[t * words + i] != x.successors[s * words + i]) {
        return false;
      }
    }
    return true;
  }
}
