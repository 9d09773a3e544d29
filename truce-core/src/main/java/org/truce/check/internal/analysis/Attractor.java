package org.truce.check.internal.analysis;

import java.util.function.IntPredicate;
import org.truce.check.internal.analysis.Footprint.Bits;
import org.truce.check.internal.analysis.Footprint.IntStack;
import org.truce.check.internal.explore.Graph;

/**
 * The states from which one player can force a run into a goal, whatever the others choose: the
 * attractor of a reachability game. Each day the others choose first and the player answers knowing
 * their choices, so the player is only said to be unable to reach the goal when no answer of its
 * own gets it there: the reading least likely to call a party locked in wrongly.
 *
 * <p>Each state's successors are grouped by the others' choices (the search records the distinct
 * sets of successors of the groups, {@link Graph.Game}); a state joins the attractor when every
 * group has a successor in it. The attractor is the least fixed point of that rule, whatever order
 * the states are looked at in. It is first sought by sweeps over the states from the last found to
 * the first, with one bit a state: the search numbers states breadth first, so most successors come
 * after their state and one sweep settles them; a sweep that adds nothing ends it. Should sweeps
 * keep adding (runs that go back to earlier states again and again), the rest is worked out with
 * the predecessors of each state, which is linear in the members of the groups but takes an int per
 * member ({@link #byPredecessors}).
 */
final class Attractor {
  /** Thrown when the analyses' time is up. */
  static final class OutOfTime extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfTime() {
      super("the time for the analyses is up", null, false, false);
    }
  }

  /** Sweeps after which the rest is worked out from the predecessors. */
  static final int MOST_SWEEPS = 8;

  private final Graph graph;
  private final int player;
  private final long deadline;
  private final Footprint footprint;

  private Attractor(Graph graph, int player, long deadline, Footprint footprint) {
    this.graph = graph;
    this.player = player;
    this.deadline = deadline;
    this.footprint = footprint;
  }

  /**
   * For each state, whether {@code player} can force reaching {@code goal} from it: a bit set
   * ({@link Footprint.Bits}).
   */
  static long[] compute(
      Graph graph, int player, IntPredicate goal, long deadline, Footprint footprint) {
    return new Attractor(graph, player, deadline, footprint).solve(goal, MOST_SWEEPS);
  }

  /** The same, with at most {@code sweeps} sweeps before the predecessors: for tests. */
  static long[] compute(
      Graph graph, int player, IntPredicate goal, long deadline, Footprint footprint, int sweeps) {
    return new Attractor(graph, player, deadline, footprint).solve(goal, sweeps);
  }

  private long[] solve(IntPredicate goal, int sweeps) {
    Graph.Game game =
        graph.game().orElseThrow(() -> new IllegalStateException("the search recorded no game"));
    int p = game.indexOf(player);
    if (p < 0) {
      throw new IllegalStateException("the search recorded no game for player " + player);
    }
    int n = graph.size();
    long[] attr = footprint.bits(n);
    for (int s = 0; s < n; s++) {
      if (goal.test(s)) {
        Bits.set(attr, s);
      }
      checkTime(s);
    }
    Graph.Row row = graph.row();
    Graph.Game.Groups sets = game.groups(p);
    for (int sweep = 0; sweep < sweeps; sweep++) {
      boolean added = false;
      for (int s = n - 1; s >= 0; s--) {
        if (!Bits.get(attr, s) && graph.expanded(s) && forced(sets.of(s), row.of(s), attr)) {
          Bits.set(attr, s);
          added = true;
        }
        checkTime(s);
      }
      if (!added) {
        return attr;
      }
    }
    byPredecessors(game, p, attr);
    return attr;
  }

  /** True when the state has groups and every one has a successor in {@code attr}. */
  private static boolean forced(Graph.Game.Groups sets, Graph.Row row, long[] attr) {
    if (sets.count() == 0) {
      return false;
    }
    for (int g = 0; g < sets.count(); g++) {
      boolean reached = false;
      for (int m = sets.start(g); m < sets.start(g + 1) && !reached; m++) {
        reached = Bits.get(attr, row.get(sets.member(m)));
      }
      if (!reached) {
        return false;
      }
    }
    return true;
  }

  /**
   * Completes {@code attr}, already closed under the sweeps so far, with a work list: each state
   * counts its groups not yet reached, and each state that joins reaches the groups it is in, found
   * through an array of the groups of each state (one array sliced by state rather than an array
   * per state: a graph of millions of states would spend more on array headers than on the groups).
   */
  private void byPredecessors(Graph.Game game, int p, long[] attr) {
    int n = graph.size();
    int[] unreached = footprint.ints(n);
    // First pass: how many groups each state has, and in how many groups each state is. Second
    // pass: for each state, the groups it is in, and the owner of each group.
    int[] memberships = footprint.ints(n + 1);
    int groups = 0;
    Graph.Row row = graph.row();
    Graph.Game.Groups sets = game.groups(p);
    for (int s = 0; s < n; s++) {
      if (!Bits.get(attr, s) && graph.expanded(s)) {
        sets.of(s);
        row.of(s);
        unreached[s] = sets.count();
        groups += sets.count();
        for (int m = 0; m < sets.start(sets.count()); m++) {
          memberships[row.get(sets.member(m))]++;
        }
      }
      checkTime(s);
    }
    for (int s = 1; s <= n; s++) {
      memberships[s] += memberships[s - 1]; // now the end of each state's slice
    }
    int[] owners = footprint.ints(groups);
    int[] groupsOf = footprint.ints(memberships[n]);
    int group = 0;
    for (int s = 0; s < n; s++) {
      if (Bits.get(attr, s) || !graph.expanded(s)) {
        continue;
      }
      sets.of(s);
      row.of(s);
      for (int g = 0; g < sets.count(); g++, group++) {
        owners[group] = s;
        for (int m = sets.start(g); m < sets.start(g + 1); m++) {
          // Filled from the end of each state's slice down: the ends become the slices' starts.
          groupsOf[--memberships[row.get(sets.member(m))]] = group;
        }
      }
      checkTime(s);
    }
    long[] reached = footprint.bits(groups);
    IntStack work = new IntStack(footprint);
    for (int s = 0; s < n; s++) {
      if (Bits.get(attr, s)) {
        work.push(s);
        while (!work.isEmpty()) {
          int joined = work.pop();
          for (int i = memberships[joined]; i < memberships[joined + 1]; i++) {
            int g = groupsOf[i];
            if (Bits.get(reached, g)) {
              continue;
            }
            Bits.set(reached, g);
            int owner = owners[g];
            if (--unreached[owner] == 0 && !Bits.get(attr, owner)) {
              Bits.set(attr, owner);
              work.push(owner);
            }
          }
        }
      }
      checkTime(s);
    }
    footprint.release(unreached);
    footprint.release(memberships);
    footprint.release(owners);
    footprint.release(groupsOf);
    footprint.release(reached);
  }

  private void checkTime(int s) {
    if ((s & 1023) == 0 && System.nanoTime() > deadline) {
      throw new OutOfTime();
    }
  }
}
