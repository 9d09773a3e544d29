package org.truce.check.internal.system;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.truce.check.internal.system.Tables.JudgeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.TalksInfo;
import org.truce.model.Category;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.vocabulary.PhaseState;

/**
 * The conditions and figures of a text compiled once to reads of state variables by index, so that
 * the step function, which reads them on every transition, finds no phase, talks or category by
 * name. Reads exactly as {@link Valuation} does; the property tests compare the two through the
 * verdicts, and the SPIN differential tests through the state counts. Built before the search and
 * read-only after, so shared by every search thread.
 */
final class CompiledConditions {
  /** A compiled condition. */
  interface Test {
    boolean test(long[] v);
  }

  /** A compiled figure. */
  interface Count {
    long value(long[] v);
  }

  private final TransitionSystem ts;
  private final Map<Condition, Test> tests = new IdentityHashMap<>();
  private final Map<Figure, Count> counts = new IdentityHashMap<>();

  /** Compiles every condition of the text, and the figures the amounts of releases probe. */
  CompiledConditions(TransitionSystem ts) {
    this.ts = ts;
    for (ConditionScan.Owned owned : ConditionScan.all(ts.agreement)) {
      tests.put(owned.condition(), compile(owned.condition()));
    }
    for (ConditionScan.Probe probe : ts.probes) {
      counts.put(probe.figure(), figure(probe.figure()));
    }
  }

  /** The compiled form of {@code condition}, for callers that read it on every transition. */
  Test test(Condition condition) {
    Test test = tests.get(condition);
    return test != null ? test : compile(condition);
  }

  boolean holds(Condition condition, long[] v) {
    Test test = tests.get(condition);
    return test != null ? test.test(v) : compile(condition).test(v);
  }

  long value(Figure figure, long[] v) {
    Count count = counts.get(figure);
    return count != null ? count.value(v) : figure(figure).value(v);
  }

  private Test compile(Condition condition) {
    return switch (condition) {
      case Condition.And and -> {
        Test left = compile(and.left());
        Test right = compile(and.right());
        yield v -> left.test(v) && right.test(v);
      }
      case Condition.Or or -> {
        Test left = compile(or.left());
        Test right = compile(or.right());
        yield v -> left.test(v) || right.test(v);
      }
      case Condition.Not not -> {
        Test operand = compile(not.operand());
        yield v -> !operand.test(v);
      }
      case Condition.Constant constant -> {
        boolean value = constant.value();
        yield v -> value;
      }
      case Condition.Compare c -> compare(c);
      case Condition.HostilitiesAre h -> {
        int var = ts.hostilities;
        long state = h.state().ordinal();
        yield v -> v[var] == state;
      }
      case Condition.PhaseIs p -> phaseIs(p);
      case Condition.AllReleased all -> {
        Count held = held(all.category(), all.by());
        yield v -> held.value(v) == 0;
      }
      case Condition.TalksAre t -> talksAre(t);
      case Condition.Breached b -> bit(ts.breaches.var(b.party(), b.clause()));
      case Condition.BreachConfirmed c -> bit(ts.breaches.confirmationVar(c.mediator(), c.party()));
    };
  }

  /** A remembered breach or confirmation; false in every state when nothing can set it. */
  private static Test bit(int var) {
    if (var == Tables.NONE) {
      return v -> false;
    }
    return v -> v[var] == 1;
  }

  private Test compare(Condition.Compare c) {
    Count left = figure(c.left());
    Count right = figure(c.right());
    return switch (c.op()) {
      case LESS -> v -> left.value(v) < right.value(v);
      case LESS_OR_EQUAL -> v -> left.value(v) <= right.value(v);
      case GREATER -> v -> left.value(v) > right.value(v);
      case GREATER_OR_EQUAL -> v -> left.value(v) >= right.value(v);
      case EQUAL -> v -> left.value(v) == right.value(v);
      case NOT_EQUAL -> v -> left.value(v) != right.value(v);
    };
  }

  private Test phaseIs(Condition.PhaseIs p) {
    for (PhaseInfo info : ts.phases) {
      if (info.name().equals(p.phase())) {
        int var = info.status();
        PhaseState state = p.state();
        return switch (state) {
          case BEGUN -> v -> v[var] != Valuation.PENDING;
          case ACTIVE -> v -> v[var] == Valuation.ACTIVE;
          case ENDED -> v -> v[var] == Valuation.ENDED;
        };
      }
    }
    return v -> false;
  }

  private Test talksAre(Condition.TalksAre t) {
    int var = -1;
    for (TalksInfo info : ts.talks) {
      if (info.clause().onPhase().equals(t.onPhase())) {
        var = info.var();
        break;
      }
    }
    if (t.judgedBy().isPresent()) {
      for (JudgeInfo j : ts.judges) {
        if (j.onPhase().equals(t.onPhase()) && j.judge().equals(t.judgedBy().get())) {
          var = j.var();
          break;
        }
      }
    }
    if (var < 0) {
      return v -> false;
    }
    int at = var;
    return switch (t.state()) {
      case BEGUN -> v -> v[at] != Valuation.NOT_BEGUN;
      case PROGRESSING -> v -> v[at] == Valuation.PROGRESSING;
      case STALLED -> v -> v[at] == Valuation.STALLED;
      case AGREED -> v -> v[at] == Valuation.AGREED;
    };
  }

  private Count figure(Figure figure) {
    return switch (figure) {
      case Figure.Literal l -> {
        long value = l.value();
        yield v -> value;
      }
      case Figure.Day d -> {
        int var = ts.day;
        yield v -> v[var];
      }
      case Figure.Released r -> released(r.category(), r.by());
      case Figure.Held h -> held(h.category(), h.by());
    };
  }

  private Count released(Category category, Optional<String> by) {
    int[] at = ts.slots.releasedVars(category, by);
    return v -> sum(v, at);
  }

  /** Lines at, below or above the category: their counts less every counter drawn from them. */
  private Count held(Category category, Optional<String> by) {
    long total = 0;
    IntStream vars = IntStream.empty();
    for (int line : ts.slots.heldLines(category, by)) {
      total += ts.slots.lineCount(line);
      vars = IntStream.concat(vars, IntStream.of(ts.slots.lineVars(line)));
    }
    long count = total;
    int[] at = vars.toArray();
    return v -> count - sum(v, at);
  }

  private static long sum(long[] v, int[] at) {
    long sum = 0;
    for (int i : at) {
      sum += v[i];
    }
    return sum;
  }
}
