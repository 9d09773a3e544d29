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

  /** Reports each cycle once, at its first phase in source order; returns the phases in cycles. */
  private Set<String> cycles() {
    Set<String> inCycles = new HashSet<>();
    for (String phase : phases.keySet()) {
      if (inCycles.contains(phase)) {
        continue;
      }
      Optional<List<String>> cycle = pathBack(phase);
      if (cycle.isPresent()) {
        inCycles.addAll(cycle.get());
        ctx.report(DiagnosticCode.PHASE_CYCLE, entrySpan(phase), phase, describe(cycle.get()));
      }
    }
    return inCycles;
  }

  /** The shortest path of waits from {@code start} back to itself, as the phases on it. */
  private Optional<List<String>> pathBack(String start) {
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      String current = queue.removeFirst();
      for (String next : waitsFor.getOrDefault(current, Map.of()).keySet()) {
        if (next.equals(start)) {
          List<String> path = new ArrayList<>(List.of(start));
          for (String at = current; !at.equals(start); at = cameFrom.get(at)) {
            path.add(1, at);
          }
          path.add(start);
          return Optional.of(path);
        }
        if (seen.add(next)) {
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

  /** Phases that can never begin, to a fixed point; cycles were reported already. */
  private void neverBegin(Set<String> never) {
    for (Clause.Phase phase : phases.values()) {
      if (phase.begins().orElse(null) instanceof Clause.Begins.When w
          && Prerequisites.constant(w.condition()).equals(Optional.of(false))
          && never.add(phase.name().text())) {
        report(phase.name().text(), "its `begins when` condition can never hold");
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String phase : phases.keySet()) {
        if (never.contains(phase)) {
          continue;
        }
        Optional<String> reason = blocked(phase, never);
        if (reason.isPresent()) {
          never.add(phase);
          report(phase, reason.get());
          changed = true;
        }
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
