package org.truce.check.internal.explore;

import java.util.ArrayList;
import java.util.List;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.Odometer;
import org.truce.check.internal.system.StepLog;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Vars;

/**
 * Computes the successors of states, one worker thread each: a state's day is run with every
 * combination of choices, and the distinct packed successors are kept in the order first found for
 * the search to number. The work that needs no numbering is done here, in parallel: repeated
 * successors (several choices leading to the same next day) are merged, and the groups of a game
 * are reduced to the distinct sets of successors. Not thread-safe: each worker has its own.
 */
final class Expander {
  /**
   * The distinct successors of one state, packed end to end in the order first found; or a finished
   * run, or an unfinished state.
   */
  static final class Expansion {
    long[] successors;

    /** The hash of each successor ({@link Hashes#ofLongs}), for {@link SuccessorSet}. */
    long[] hashes = new long[8];

    int count;
    long transitions;
    boolean finished;
    boolean outOfTime;
    int[] shortfallAnswers;

    /**
     * For each game player ({@link Explorer#explore(TransitionSystem, Limits, int[])}): the
     * distinct sets of successors that each choice of the other players leaves open to it, as
     * {@code [number of sets, then for each set: its size, then its successors]}, a successor being
     * its place in {@link #successors}.
     */
    int[][] groups;

    /**
     * For the search (decision 0034): what {@link StateStore#probe} said of each successor, then,
     * once the new ones are added, each successor's number.
     */
    long[] numbers;

    /** Successors the probe did not find: new states, some found more than once in a chunk. */
    int unknown;

    /** For each successor the probe did not find, its slot in the chunk's {@link FirstSeen}. */
    int[] slots;

    /**
     * The states numbered once this state's successors were: where the next level of the search
     * ends when this state is the last of its own.
     */
    int storedAfter;

    /** Where the state's row was written ({@link RowEncoder}). */
    RowEncoder rows;

    int rowStart;
    int rowEnd;

    Expansion(int words) {
      successors = new long[hashes.length * words];
    }

    /**
     * Empties this expansion for another state, keeping its arrays unless they are large: the
     * search reuses one expansion per place in a chunk, so that a chunk's successors are not
     * garbage that outlives a young collection (with the serial collector such garbage fills the
     * old generation, which grows rather than collects: decision 0040).
     */
    void reset(int words) {
      if (hashes.length > KEPT) {
        hashes = new long[8];
        successors = new long[hashes.length * words];
      }
      if (numbers != null && numbers.length > KEPT) {
        numbers = null;
        slots = null;
      }
      if (groups != null) {
        for (int p = 0; p < groups.length; p++) {
          if (groups[p] != null && groups[p].length > 4 * KEPT) {
            groups[p] = null;
          }
        }
      }
      count = 0;
      transitions = 0;
      finished = false;
      outOfTime = false;
      shortfallAnswers = null;
      unknown = 0;
      storedAfter = 0;
      rows = null;
      rowStart = 0;
      rowEnd = 0;
    }

    /** Bytes this expansion's arrays hold, for the search's budget. */
    long bytes() {
      long total = 8L * (hashes.length + successors.length);
      total += numbers == null ? 0 : 8L * numbers.length;
      total += slots == null ? 0 : 4L * slots.length;
      if (groups != null) {
        for (int[] g : groups) {
          total += g == null ? 0 : 4L * g.length;
        }
      }
      return total;
    }

    /**
     * The most successors whose arrays an expansion keeps for the next state. The arrays kept are
     * at most those of a chunk of the largest states met, which the search held at once anyway.
     */
    private static final int KEPT = 4096;
  }

  private final TransitionSystem ts;
  private final Vars vars;
  private final DayStep step;
  private final Odometer odometer = new Odometer();
  private final long[] pre;
  private final long[] next;
  private final long[] packed;
  private final SuccessorSet distinct;
  private final int[] gamePlayers;
  private final List<GroupNumbers> groupNumbers = new ArrayList<>();
  private final List<GroupSets> groupSets = new ArrayList<>();

  Expander(TransitionSystem ts, int[] gamePlayers) {
    this.ts = ts;
    this.gamePlayers = gamePlayers;
    for (int i = 0; i < gamePlayers.length; i++) {
      groupNumbers.add(new GroupNumbers());
      groupSets.add(new GroupSets());
    }
    this.vars = ts.vars();
    this.step = new DayStep(ts);
    this.pre = new long[vars.size()];
    this.next = new long[vars.size()];
    this.packed = new long[vars.words()];
    this.distinct = new SuccessorSet(vars.words());
  }

  /** Expands the packed state {@code state}; gives up (outOfTime) past {@code deadline}. */
  Expansion expand(long[] state, long deadline) {
    return expand(state, deadline, new Expansion(vars.words()));
  }

  /** {@link #expand(long[], long)} into {@code x}, emptied first ({@link Expansion#reset}). */
  Expansion expand(long[] state, long deadline, Expansion x) {
    x.reset(vars.words());
    vars.unpack(state, pre);
    if (!ts.outcome(pre).inForce()) {
      x.finished = true;
      return x;
    }
    odometer.reset();
    distinct.clear();
    groupNumbers.forEach(GroupNumbers::clear);
    groupSets.forEach(GroupSets::clear);
    do {
      odometer.rewind();
      if (!step.run(pre, next, odometer, StepLog.NONE)) {
        continue;
      }
      if ((++x.transitions & 0xFFFF) == 0 && System.nanoTime() > deadline) {
        x.outOfTime = true;
        return x;
      }
      if (step.shortfall() && x.shortfallAnswers == null) {
        x.shortfallAnswers = odometer.answers();
      }
      vars.pack(next, packed);
      int successor = distinct.add(x, packed);
      for (int p = 0; p < gamePlayers.length; p++) {
        int group = groupNumbers.get(p).numberOf(odometer, gamePlayers[p]);
        groupSets.get(p).add(group, successor);
      }
    } while (odometer.advance());
    if (gamePlayers.length > 0) {
      if (x.groups == null) {
        x.groups = new int[gamePlayers.length][];
      }
      for (int p = 0; p < gamePlayers.length; p++) {
        x.groups[p] = groupSets.get(p).distinctSets(x.groups[p]);
      }
    }
    return x;
  }
}
