package org.truce.check.internal.analysis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.IntPredicate;
import org.truce.check.internal.explore.Graph;

/**
 * The states from which one player can force a run into a goal, whatever the others choose: the
 * attractor of a reachability game. Each day the others choose first and the player answers knowing
 * their choices, so the player is only said to be unable to reach the goal when no answer of its
 * own gets it there: the reading least likely to call a party locked in wrongly.
 *
 * <p>Each state's successors are grouped by the others' choices (the search records the groups,
 * {@link Graph.Game}); a state joins the attractor when every group has a successor in it. Counting
 * the groups not yet reached makes the whole computation linear in the transitions.
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
    int[] start = game.start();
    int[] targets = game.targets();
    int[] groupOf = game.groups()[p];
    int n = graph.size();
    boolean[] attr = new boolean[n];
    int[] unreached = new int[n];
    int[] base = new int[n];
    ArrayDeque<Integer> work = new ArrayDeque<>();
    Groups groups = new Groups();
    for (int s = 0; s < n; s++) {
      if (goal.test(s)) {
        attr[s] = true;
        work.add(s);
        continue;
      }
      if (!graph.expanded(s)) {
        continue;
      }
      int count = 0;
      for (int t = start[s]; t < start[s + 1]; t++) {
        count = Math.max(count, groupOf[t] + 1);
      }
      base[s] = groups.count();
      for (int g = 0; g < count; g++) {
        groups.open(s);
      }
      unreached[s] = count;
      for (int t = start[s]; t < start[s + 1]; t++) {
        groups.member(targets[t], base[s] + groupOf[t]);
      }
      if ((s & 1023) == 0 && System.nanoTime() > deadline) {
        throw new OutOfTime();
      }
    }
    int[][] byTarget = groups.byTarget(n);
    boolean[] reached = new boolean[groups.count()];
    while (!work.isEmpty()) {
      int joined = work.poll();
      for (int group : byTarget[joined]) {
        if (reached[group]) {
          continue;
        }
        reached[group] = true;
        int s = groups.owner(group);
        if (--unreached[s] == 0 && !attr[s]) {
          attr[s] = true;
          work.add(s);
        }
      }
    }
    return attr;
  }

  /** Groups of successors: each has an owner state and member states, kept as flat arrays. */
  private static final class Groups {
    private int[] owners = new int[256];
    private int count;
    private int[] memberTargets = new int[1024];
    private int[] memberGroups = new int[1024];
    private int members;

    int open(int owner) {
      if (count == owners.length) {
        owners = Arrays.copyOf(owners, count * 2);
      }
      owners[count] = owner;
      return count++;
    }

    void member(int target, int group) {
      if (members == memberTargets.length) {
        memberTargets = Arrays.copyOf(memberTargets, members * 2);
        memberGroups = Arrays.copyOf(memberGroups, members * 2);
      }
      memberTargets[members] = target;
      memberGroups[members] = group;
      members++;
    }

    int count() {
      return count;
    }

    int owner(int group) {
      return owners[group];
    }

    /** For each state, the groups it belongs to. */
    int[][] byTarget(int states) {
      int[] sizes = new int[states];
      for (int i = 0; i < members; i++) {
        if (memberTargets[i] >= 0) {
          sizes[memberTargets[i]]++;
        }
      }
      int[][] index = new int[states][];
      for (int s = 0; s < states; s++) {
        index[s] = new int[sizes[s]];
      }
      int[] fill = new int[states];
      for (int i = 0; i < members; i++) {
        int t = memberTargets[i];
        if (t >= 0) {
          index[t][fill[t]++] = memberGroups[i];
        }
      }
      return index;
    }
  }
}
