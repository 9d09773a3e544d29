package org.truce.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;

/**
 * The order in which phases can begin. Phases run one at a time in declaration order, so besides
 * what its {@code begins} names, every phase but the first (and those that begin on a fixed day)
 * waits for the end of the phase declared before it. Reports an agreement without phases (E408),
 * phases that wait for themselves (E404), and phases that can never begin (E402): their entry is
 * always false, or they wait for a phase that can never begin, or for the end of one that never
 * ends.
 */
public final class PhaseGraph {
  private final BuildContext ctx;
  private final Map<String, Clause.Phase> phases = new LinkedHashMap<>();
  private final Map<String, Map<String, Boolean>> waitsFor = new HashMap<>();

  /** What each phase's own {@code begins} names, without the wait on the previous phase. */
  private final Map<String, Map<String, Boolean>> named = new HashMap<>();

  /** The phase declared just before each phase but the first: it must end first. */
  private final Map<String, String> previous = new HashMap<>();

  private PhaseGraph(BuildContext ctx) {
    this.ctx = ctx;
  }

  public static void run(AgreementSyntax tree, NameTable table, BuildContext ctx) {
    List<Clause.Phase> declared = PhaseBodies.phases(tree);
    if (declared.isEmpty()) {
      ctx.report(DiagnosticCode.NO_PHASES, tree.header().span());
      return;
    }
    PhaseGraph graph = new PhaseGraph(ctx);
    Prerequisites prerequisites = new Prerequisites(table);
    String before = null;
    for (Clause.Phase phase : declared) {
      String name = phase.name().text();
      if (graph.phases.putIfAbsent(name, phase) == null) {
        Map<String, Boolean> own = prerequisites.of(phase);
        graph.named.put(name, own);
        Map<String, Boolean> waits = new LinkedHashMap<>(own);
        if (before != null && !(phase.begins().orElse(null) instanceof Clause.Begins.OnDay)) {
          waits.merge(before, true, Boolean::logicalOr);
          graph.previous.put(name, before);
        }
        graph.waitsFor.put(name, waits);
        before = name;
      }
    }
    Set<String> never = graph.cycles();
    graph.neverBegin(never);
  }

  /**
   * Reports each cycle once, at its first phase in source order; returns the phases in cycles. A
   * cycle lies within one strongly connected component of the waits, so the search for the shortest
   * way back to a phase runs only where one exists, and only within its component: linear in the
   * phases and waits when there is no cycle (issue 16: a search from every phase was quadratic).
   */
  private Set<String> cycles() {
    Map<String, Integer> component = components();
    Set<Integer> cyclic = new HashSet<>();
    for (String phase : phases.keySet()) {
      for (String next : waitsFor.getOrDefault(phase, Map.of()).keySet()) {
        if (component.get(phase).equals(component.get(next))) {
          cyclic.add(component.get(phase));
        }
      }
    }
    Set<String> inCycles = new HashSet<>();
    for (String phase : phases.keySet()) {
      if (inCycles.contains(phase) || !cyclic.contains(component.get(phase))) {
        continue;
      }
      Optional<List<String>> cycle = pathBack(phase, component);
      if (cycle.isPresent()) {
        inCycles.addAll(cycle.get());
        ctx.report(DiagnosticCode.PHASE_CYCLE, entrySpan(phase), phase, describe(cycle.get()));
      }
    }
    return inCycles;
  }

  /**
   * The strongly connected component of each declared phase, by Tarjan's algorithm (Tarjan 1972),
   * without recursion so that no chain of phases can exhaust the stack. Waits on names that are not
   * declared phases are left out (they were reported when the names were resolved).
   */
  private Map<String, Integer> components() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Map<String, Integer> component = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    record Frame(String phase, java.util.Iterator<String> next) {}
    int counter = 0;
    int components = 0;
    for (String root : phases.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Frame> frames = new ArrayDeque<>();
      index.put(root, counter);
      low.put(root, counter++);
      stack.push(root);
      onStack.add(root);
      frames.push(new Frame(root, successors(root)));
      while (!frames.isEmpty()) {
        Frame frame = frames.peek();
        if (frame.next().hasNext()) {
          String next = frame.next().next();
          if (!index.containsKey(next)) {
            index.put(next, counter);
            low.put(next, counter++);
            stack.push(next);
            onStack.add(next);
            frames.push(new Frame(next, successors(next)));
          } else if (onStack.contains(next)) {
            low.put(frame.phase(), Math.min(low.get(frame.phase()), index.get(next)));
          }
          continue;
        }
        frames.pop();
        String phase = frame.phase();
        if (!frames.isEmpty()) {
          String parent = frames.peek().phase();
          low.put(parent, Math.min(low.get(parent), low.get(phase)));
        }
        if (low.get(phase).equals(index.get(phase))) {
          String member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.put(member, components);
          } while (!member.equals(phase));
          components++;
        }
      }
    }
    return component;
  }

  private java.util.Iterator<String> successors(String phase) {
    return waitsFor.getOrDefault(phase, Map.of()).keySet().stream()
        .filter(phases::containsKey)
        .iterator();
  }

  /**
   * The shortest path of waits from {@code start} back to itself, as the phases on it. Every such
   * path stays within the component of {@code start}, so the search does too.
   */
  private Optional<List<String>> pathBack(String start, Map<String, Integer> component) {
    Integer own = component.get(start);
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      String current = queue.removeFirst();
      for (String next : waitsFor.getOrDefault(current, Map.of()).keySet()) {
        if (next.equals(start)) {
          List<String> path = new ArrayList<>();
          for (String at = current; !at.equals(start); at = cameFrom.get(at)) {
            path.add(at);
          }
          path.add(start);
          java.util.Collections.reverse(path);
          path.add(start);
          return Optional.of(path);
        }
        if (own.equals(component.get(next)) && seen.add(next)) {
          cameFrom.put(next, current);
          queue.addLast(next);
        }
      }
    }
    return Optional.empty();
  }

  private static String describe(List<String> path) {
    StringBuilder text = new StringBuilder("`" + path.get(0) + "` waits for `" + path.get(1) + "`");
    for (int i = 2; i < path.size(); i++) {
      text.append(", which waits for `").append(path.get(i)).append('`');
    }
    return text.toString();
  }

  /**
   * Phases that can never begin, to a fixed point; cycles were reported already. One pass in source
   * order, then only the phases that wait on one found since are looked at again: linear in the
   * phases and waits (a pass over every phase per phase found was quadratic).
   */
  private void neverBegin(Set<String> never) {
    for (Clause.Phase phase : phases.values()) {
      if (phase.begins().orElse(null) instanceof Clause.Begins.When w
          && Prerequisites.constant(w.condition()).equals(Optional.of(false))
          && never.add(phase.name().text())) {
        report(phase.name().text(), "its `begins when` condition can never hold");
      }
    }
    Map<String, List<String>> waiting = new HashMap<>();
    for (String phase : phases.keySet()) {
      for (String other : named.get(phase).keySet()) {
        waiting.computeIfAbsent(other, k -> new ArrayList<>()).add(phase);
      }
      String before = previous.get(phase);
      if (before != null) {
        waiting.computeIfAbsent(before, k -> new ArrayList<>()).add(phase);
      }
    }
    Deque<String> queue = new ArrayDeque<>(phases.keySet());
    while (!queue.isEmpty()) {
      String phase = queue.removeFirst();
      if (never.contains(phase)) {
        continue;
      }
      Optional<String> reason = blocked(phase, never);
      if (reason.isPresent()) {
        never.add(phase);
        report(phase, reason.get());
        queue.addAll(waiting.getOrDefault(phase, List.of()));
      }
    }
  }

  private Optional<String> blocked(String phase, Set<String> never) {
    for (Map.Entry<String, Boolean> wait : named.get(phase).entrySet()) {
      String other = wait.getKey();
      if (never.contains(other)) {
        return Optional.of("it waits for phase `" + other + "`, which can never begin");
      }
      Clause.Phase before = phases.get(other);
      if (wait.getValue() && before.duration().isEmpty() && before.endsWhen().isEmpty()) {
        return Optional.of(
            "it waits for phase `"
                + other
                + "` to end, but that phase lasts indefinitely and has no `ends when`");
      }
    }
    return Optional.ofNullable(previous.get(phase)).flatMap(before -> afterPrevious(before, never));
  }

  /** A phase that runs after {@code before}, declared just before it, when that cannot end. */
  private Optional<String> afterPrevious(String before, Set<String> never) {
    if (never.contains(before)) {
      return Optional.of(
          "it runs after phase `" + before + "`, declared before it, which can never begin");
    }
    Clause.Phase phase = phases.get(before);
    if (phase.duration().isEmpty() && phase.endsWhen().isEmpty()) {
      return Optional.of("phase `" + before + "` lasts indefinitely and has no `ends when`");
    }
    return Optional.empty();
  }

  private void report(String phase, String reason) {
    ctx.report(DiagnosticCode.UNREACHABLE_PHASE, entrySpan(phase), phase, reason);
  }

  private Span entrySpan(String phase) {
    Clause.Phase p = phases.get(phase);
    return p.begins().map(Clause.Begins::span).orElse(p.name().span());
  }
}
