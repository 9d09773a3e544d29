package org.truce.check.internal.analysis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.Odometer;
import org.truce.check.internal.system.StepLog;
import org.truce.check.internal.system.TransitionSystem;

/**
 * The states from which one player can force a run into a goal, whatever the others choose: the
 * attractor of a reachability game. Each day the others choose first and the player answers knowing
 * their choices, so the player is only said to be unable to reach the goal when no answer of its
 * own gets it there: the reading least likely to call a party locked in wrongly.
 *
 * <p>Each state's successors are grouped once by the others' choices; a state joins the attractor
 * when every group has a successor in it. Counting the groups not yet reached makes the whole
 * computation linear in the transitions.
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
  private final TransitionSystem ts;
  private final int player;
  private final long deadline;

  private Attractor(Graph graph, int player, long deadline) {
    this.graph = graph;
    this.ts = graph.system();
    this.player = player;
    this.deadline = deadline;
  }

  /** For each state, whether {@code player} can force reaching {@code goal} from it. */
  static boolean[] compute(Graph graph, int player, IntPredicate goal, long deadline) {
    return new Attractor(graph, player, deadline).solve(goal);
  }

  private boolean[] solve(IntPredicate goal) {
    int n = graph.size();
    boolean[] attr = new boolean[n];
    int[] unreached = new int[n];
    Groups groups = new Groups();
    DayStep step = new DayStep(ts);
    Odometer odometer = new Odometer();
    long[] next = new long[ts.vars().size()];
    long[] packed = new long[ts.vars().words()];
    Map<String, Integer> ofState = new HashMap<>();
    ArrayDeque<Integer> work = new ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (goal.test(s)) {
        attr[s] = true;
        work.add(s);
        continue;
      }
      if (!graph.expanded(s)) {
        continue;
      }
      ofState.clear();
      long[] pre = graph.values(s);
      odometer.reset();
      do {
        odometer.rewind();
        if (!step.run(pre, next, odometer, StepLog.NONE)) {
          continue;
        }
        ts.vars().pack(next, packed);
        int target = graph.find(packed);
        String key = othersChoices(odometer.answers(), odometer.askedOf());
        Integer group = ofState.get(key);
        if (group == null) {
          group = groups.open(s);
          ofState.put(key, group);
          unreached[s]++;
        }
        groups.member(target, group);
      } while (odometer.advance());
      if ((s & 255) == 0 && System.nanoTime() > deadline) {
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

  private String othersChoices(int[] answers, int[] askedOf) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < answers.length; i++) {
      if (askedOf[i] != player) {
        key.append(i).append('=').append(answers[i]).append(',');
      }
    }
    return key.toString();
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
