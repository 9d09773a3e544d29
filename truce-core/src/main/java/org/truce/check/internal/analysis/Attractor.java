package org.truce.check.internal.analysis;

import java.util.ArrayDeque;
import java.util.function.IntPredicate;
import org.truce.check.internal.explore.Graph;

/**
 * The states from which one player can force a run into a goal, whatever the others choose: the
 * attractor of a reachability game. Each day the others choose first and the player answers knowing
 * their choices, so the player is only said to be unable to reach the goal when no answer of its
 * own gets it there: the reading least likely to call a party locked in wrongly.
 *
 * <p>Each state's successors are grouped by the others' choices (the search records the distinct
 * sets of successors of the groups, {@link Graph.Game}); a state joins the attractor when every
 * group has a successor in it. Counting the groups not yet reached makes the whole computation
 * linear in the members of the groups.
 */
final class Attractor {
  /** Thrown when the analyses' time is up. */
  static final class OutOfTime extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfTime() {
      super("the time for the analyses is up", null, false, false);
    }
  }

  private final Graph graph;
  private final int player;
  private final long deadline;

  private Attractor(Graph graph, int player, long deadline) {
    this.graph = graph;
    this.player = player;
    this.deadline = deadline;
  }

  /** For each state, whether {@code player} can force reaching {@code goal} from it. */
  static boolean[] compute(Graph graph, int player, IntPredicate goal, long deadline) {
    return new Attractor(graph, player, deadline).solve(goal);
  }

  private boolean[] solve(IntPredicate goal) {
    Graph.Game game =
        graph.game().orElseThrow(() -> new IllegalStateException("the search recorded no game"));
    int p = game.indexOf(player);
    if (p < 0) {
      throw new IllegalStateException("the search recorded no game for player " + player);
    }
    int n = graph.size();
    boolean[] attr = new boolean[n];
    int[] unreached = new int[n];
    ArrayDeque<Integer> work = new ArrayDeque<>();
    // First pass: the goal, how many groups each state has, and in how many groups each state is.
    // Second pass: for each state, the groups it is in (one array, sliced by state), and the
    // owner of each group. Two passes over the rows rather than one array of arrays: a graph of
    // millions of states would spend more on array headers than on the groups.
    int[] memberships = new int[n + 1];
    int groups = 0;
    Graph.Row row = graph.row();
    Graph.Game.Groups sets = game.groups(p);
    for (int s = 0; s < n; s++) {
      if (goal.test(s)) {
        attr[s] = true;
        work.add(s);
      } else if (graph.expanded(s)) {
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
    int[] owners = new int[groups];
    int[] groupsOf = new int[memberships[n]];
    int group = 0;
    for (int s = 0; s < n; s++) {
      if (attr[s] || !graph.expanded(s)) {
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
    boolean[] reached = new boolean[groups];
    while (!work.isEmpty()) {
      int joined = work.poll();
      for (int i = memberships[joined]; i < memberships[joined + 1]; i++) {
        int g = groupsOf[i];
        if (reached[g]) {
          continue;
        }
        reached[g] = true;
        int s = owners[g];
        if (--unreached[s] == 0 && !attr[s]) {
          attr[s] = true;
          work.add(s);
        }
      }
    }
    return attr;
  }

  private void checkTime(int s) {
    if ((s & 1023) == 0 && System.nanoTime() > deadline) {
      throw new OutOfTime();
    }
  }
}
