package org.truce.check.internal.explore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The states found so far, stored exactly (no probabilistic hashing) and compressed as a tree,
 * after Laarman, van de Pol and Weber, "Parallel Recursive State Compression for Free" (SPIN 2011).
 * A packed state is cut into leaves: its longs, or the two halves of its bits when it has one long.
 * Each distinct leaf is numbered once, in a table of its own ({@link LongInterner}); pairs of
 * numbers are numbered the same way up to the root, whose pair of numbers is the state: a few bits
 * in {@link PackedPairs}, and its slot in an open-addressing table of state numbers.
 *
 * <p>Why it pays: the states of an agreement share their leaves. The full-scale framework with an
 * adversary has 217,785 states of 110 bits, but only 2,569 distinct first longs and 1,202 second
 * ones, so a state is two numbers of 12 and 11 bits. The cost, a few lookups in small tables that
 * stay in the cache, is repaid by a smaller table to search: 12.5 bytes a state instead of 25.7.
 *
 * <p>States are numbered in the order they were found: with breadth-first search the first state
 * found with a property is one a shortest run reaches. Witnesses find their runs from the graph's
 * edges ({@link Graph#pathTo}), so no parent links are kept.
 *
 * <p>Threading: adding is for one thread; reading ({@link #get}, {@link #find}, {@link #probe}) for
 * any number once the additions are published, and never while one is under way. The search
 * alternates the two (decision 0034): the workers probe every successor of a chunk of states, in
 * parallel, which is where the hashing is; then one thread numbers the new ones, in order, from
 * what the probes found ({@link #append}: no lookup in the table of states), and the workers put
 * them in that table ({@link #index}), in parallel again. Between the two the table lacks the
 * appended states, and nothing looks a state up; {@link #get}, which does not read the table, may
 * run while {@link #index} does (decision 0039). {@link #add} is not to be mixed with appends.
 */
final class StateStore {
  /** States a search may store: the table then holds 2^30 slots, the most an array can. */
  static final int MOST_STATES = 1 << 29;

  /** The bits of a slot that hold the state's number plus one; the two above are a hash tag. */
  private static final int ID = (1 << 30) - 1;

  private final int words;
  // The tree: nodes 0 to leaves - 1 are the leaves; then the inner nodes below the root, each the
  // pair of two earlier nodes; the root is the pair of nodes rootFirst and rootSecond.
  private final int leaves;
  private final int oneWordSplit;
  private final LongInterner[] tables;
  private final int[] first;
  private final int[] second;
  private final int rootFirst;
  private final int rootSecond;
  private final PackedPairs roots = new PackedPairs();
  private int[] table;
  private int mask;

  /**
   * A store for states of {@code words} longs that use {@code bits} bits in all (a state of one
   * long is cut into two leaves of half its bits each).
   */
  StateStore(int words, int bits) {
    this.words = words;
    this.leaves = Math.max(2, words);
    this.oneWordSplit = Math.max(1, Math.min(63, (bits + 1) / 2));
    // Pair adjacent nodes, level by level, until two are left: a balanced tree.
    int[] level = new int[leaves];
    for (int i = 0; i < leaves; i++) {
      level[i] = i;
    }
    int inner = leaves - 2;
    this.tables = new LongInterner[leaves + inner];
    this.first = new int[leaves + inner];
    this.second = new int[leaves + inner];
    int next = leaves;
    while (level.length > 2) {
      int[] up = new int[(level.length + 1) / 2];
      for (int i = 0; i < up.length; i++) {
        if (2 * i + 1 < level.length) {
          first[next] = level[2 * i];
          second[next] = level[2 * i + 1];
          up[i] = next++;
        } else {
          up[i] = level[2 * i];
        }
      }
      level = up;
    }
    this.rootFirst = level[0];
    this.rootSecond = level[1];
    for (int node = 0; node < tables.length; node++) {
      tables[node] = new LongInterner();
    }
    this.table = new int[64];
    this.mask = table.length - 1;
  }

  int size() {
    return roots.size();
  }

  int words() {
    return words;
  }

  /** Bytes the store holds, tables included, at the current size. */
  long bytes() {
    long total = roots.bytes() + (long) table.length * 4;
    for (LongInterner t : tables) {
      total += t.bytes();
    }
    return total;
  }

  /**
   * Bytes the store may allocate over the next few thousand additions: a page of roots and of each
   * node's table, and tables twice the size once they are over half full (they grow at three
   * quarters).
   */
  long growthBytes() {
    long total = PackedPairs.growthBytes() + (size() * 2L > table.length ? 8L * table.length : 0);
    for (LongInterner t : tables) {
      total += t.growthBytes();
    }
    return total;
  }

  /**
   * Adds {@code packed} (its first {@link #words} longs) if new; returns its number, or {@code
   * -(number + 1)} if it was already there.
   */
  int add(long[] packed) {
    return add(packed, 0);
  }

  /** {@link #add(long[])} for the state at {@code from} in {@code states}. */
  int add(long[] states, int from) {
    return addRoot((long) intern(rootFirst, states, from) << 32 | intern(rootSecond, states, from));
  }

  /** What {@link #probe} says when a part of the state was never stored: the state is new. */
  static final long NEW_PARTS = Long.MIN_VALUE;

  /**
   * Looks the state at {@code from} in {@code states} up without adding anything, for any number of
   * threads: its number if it is stored; {@link #NEW_PARTS} if a part of it never was; else {@code
   * -(root pair + 1)}: every part is stored but not the state, which {@link #addProbed} then adds
   * without looking its parts up again (most new states are new pairs of known parts).
   */
  long probe(long[] states, int from) {
    int a = find(rootFirst, states, from);
    int b = a < 0 ? -1 : find(rootSecond, states, from);
    if (b < 0) {
      return NEW_PARTS;
    }
    long pair = (long) a << 32 | b;
    int entry = table[lookUp(pair, Hashes.mix(pair))];
    return entry == 0 ? -pair - 1 : (entry & ID) - 1;
  }

  /**
   * Numbers the state at {@code from} in {@code states}, known to be new (stored neither before its
   * {@link #probe}, which said {@code probe}, nor since), without putting it in the table of
   * states: {@link #index} does that, on any threads, before the store is read again. Interns its
   * parts if the probe did not find them all. For one thread.
   */
  int append(long[] states, int from, long probe) {
    long pair =
        probe != NEW_PARTS
            ? -probe - 1
            : (long) intern(rootFirst, states, from) << 32 | intern(rootSecond, states, from);
    roots.add((int) (pair >>> 32), (int) pair);
    return roots.size() - 1;
  }

  /**
   * Makes the table of states large enough for {@code more} states beyond those numbered, before
   * they are {@link #append appended}, so that {@link #index} allocates nothing. Returns the first
   * state the table lacks: 0 when it had to be replaced by a larger one (every state is to be
   * indexed again), else the number of states.
   */
  int reserve(int more) {
    long need = (long) roots.size() + more;
    if (need * 4 <= (long) table.length * 3) {
      return roots.size();
    }
    int length = table.length;
    while (need * 4 > (long) length * 3) {
      length *= 2;
    }
    table = new int[length];
    mask = length - 1;
    return 0;
  }

  /**
   * Puts states {@code from} to {@code to - 1} in the table; for any number of threads at once,
   * each with states of its own (a slot is taken by compare-and-set), while no thread reads.
   */
  void index(int from, int to) {
    int[] t = table;
    for (int id = from; id < to; id++) {
      long hash = Hashes.mix(roots.get(id));
      int slot = (int) hash & mask;
      int entry = entry(id, hash);
      while (!SLOTS.compareAndSet(t, slot, 0, entry)) {
        slot = (slot + 1) & mask;
      }
    }
  }

  /**
   * Empties the table and puts every state in it again, without allocating: for a search whose
   * {@link #index} stopped part way, as a step of its workers failed (decision 0039).
   */
  void reindex() {
    java.util.Arrays.fill(table, 0);
    index(0, roots.size());
  }

  /** Atomic access to a slot of the table, for {@link #index}. */
  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(int[].class);

  private int addRoot(long pair) {
    long hash = Hashes.mix(pair);
    int slot = lookUp(pair, hash);
    int entry = table[slot];
    if (entry != 0) {
      return -(entry & ID);
    }
    roots.add((int) (pair >>> 32), (int) pair);
    int size = roots.size();
    table[slot] = entry(size - 1, hash);
    if (size * 4 > table.length * 3) { // at most three quarters full: linear probing stays short
      grow();
    }
    return size - 1;
  }

  /** The slot of the root {@code pair}, or the empty slot where it would go. */
  private int lookUp(long pair, long hash) {
    int tag = tag(hash);
    int slot = (int) hash & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0 || (entry & ~ID) == tag && roots.get((entry & ID) - 1) == pair) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * A slot of the table: the state's number plus one in the low 30 bits, and the top two bits of
   * its hash above them, so that a probe reads the roots of only a quarter of the other states it
   * meets.
   */
  private static int entry(int id, long hash) {
    return tag(hash) | (id + 1);
  }

  private static int tag(long hash) {
    return (int) (hash >>> 62) << 30;
  }

  /** The number of {@code packed}, or -1 if it is not stored. */
  int find(long[] packed) {
    long probe = probe(packed, 0);
    return probe < 0 ? -1 : (int) probe;
  }

  void get(int id, long[] into) {
    long pair = roots.get(id);
    if (words == 1) {
      into[0] = 0;
    }
    unpack(rootFirst, (int) (pair >>> 32), into);
    unpack(rootSecond, (int) pair, into);
  }

  /** The number of node {@code node}'s part of {@code packed}, numbered now if it is new. */
  private int intern(int node, long[] states, int from) {
    if (node < leaves) {
      return tables[node].intern(leaf(node, states, from));
    }
    long pair = (long) intern(first[node], states, from) << 32 | intern(second[node], states, from);
    return tables[node].intern(pair);
  }

  private int find(int node, long[] states, int from) {
    if (node < leaves) {
      return tables[node].find(leaf(node, states, from));
    }
    int a = find(first[node], states, from);
    int b = a < 0 ? -1 : find(second[node], states, from);
    return b < 0 ? -1 : tables[node].find((long) a << 32 | b);
  }

  private long leaf(int node, long[] states, int from) {
    if (words > 1) {
      return states[from + node];
    }
    long word = states[from];
    return node == 0 ? word & ((1L << oneWordSplit) - 1) : word >>> oneWordSplit;
  }

  /** Writes the part of the state that node {@code node}'s number {@code number} stands for. */
  private void unpack(int node, int number, long[] into) {
    long key = tables[node].key(number);
    if (node >= leaves) {
      unpack(first[node], (int) (key >>> 32), into);
      unpack(second[node], (int) key, into);
    } else if (words > 1) {
      into[node] = key;
    } else {
      into[0] |= node == 0 ? key : key << oneWordSplit;
    }
  }

  private void grow() {
    table = new int[table.length * 2];
    mask = table.length - 1;
    for (int id = 0; id < roots.size(); id++) {
      long hash = Hashes.mix(roots.get(id));
      int slot = (int) hash & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = entry(id, hash);
    }
  }
}
