package org.truce.check.internal.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.Odometer;
import org.truce.check.internal.system.StepLog;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Vars;

/**
 * Computes the successors of states, one worker thread each: a state's day is run with every
 * combination of choices, and the packed successors are kept in order for the search to number. Not
 * thread-safe: each worker has its own.
 */
final class Expander {
  /** The successors of one state, packed end to end; or a finished run, or an unfinished state. */
  static final class Expansion {
    long[] successors = new long[64];
    int count;
    long transitions;
    boolean finished;
    boolean outOfTime;
    int[] shortfallAnswers;

    /**
     * For each game player ({@link Explorer#explore(TransitionSystem, Limits, int[])}), for each
     * successor in order: the group of the other players' choices it was reached under, numbered
     * from 0 in order of first use.
     */
    int[][] groups;

    void add(long[] packed, int words) {
      if ((count + 1) * words > successors.length) {
        successors = Arrays.copyOf(successors, successors.length * 2 + words);
      }
      System.arraycopy(packed, 0, successors, count * words, words);
      count++;
    }
  }

  private final TransitionSystem ts;
  private final Vars vars;
  private final DayStep step;
  private final Odometer odometer = new Odometer();
  private final long[] pre;
  private final long[] next;
  private final long[] packed;
  private final int[] gamePlayers;
  private final List<Map<Key, Integer>> groupOf = new ArrayList<>();

  /** The others' answers, as a map key. */
  private record Key(int[] answers) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(answers, k.answers);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(answers);
    }
  }

  Expander(TransitionSystem ts, int[] gamePlayers) {
    this.ts = ts;
    this.gamePlayers = gamePlayers;
    for (int i = 0; i < gamePlayers.length; i++) {
      groupOf.add(new HashMap<>());
    }
    this.vars = ts.vars();
    this.step = new DayStep(ts);
    this.pre = new long[vars.size()];
    this.next = new long[vars.size()];
    this.packed = new long[vars.words()];
  }

  /** Expands the packed state {@code state}; gives up (outOfTime) past {@code deadline}. */
  Expansion expand(long[] state, long deadline) {
    Expansion x = new Expansion();
    vars.unpack(state, pre);
    if (!ts.outcome(pre).inForce()) {
      x.finished = true;
      return x;
    }
    odometer.reset();
    if (gamePlayers.length > 0) {
      x.groups = new int[gamePlayers.length][16];
      groupOf.forEach(Map::clear);
    }
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
      for (int p = 0; p < gamePlayers.length; p++) {
        Map<Key, Integer> groups = groupOf.get(p);
        Key key = new Key(odometer.othersAnswers(gamePlayers[p]));
        Integer group = groups.get(key);
        if (group == null) {
          group = groups.size();
          groups.put(key, group);
        }
        if (x.count == x.groups[p].length) {
          x.groups[p] = Arrays.copyOf(x.groups[p], x.count * 2);
        }
        x.groups[p][x.count] = group;
      }
      x.add(packed, vars.words());
    } while (odometer.advance());
    return x;
  }
}
