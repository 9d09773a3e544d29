package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import org.truce.model.Agreement;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Interest;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.testing.Interpreter.State;
import org.truce.testing.Interpreter.Status;
import org.truce.vocabulary.TalkState;

/**
 * What a condition or a figure says in a state of the {@link Interpreter} (docs/semantics.md, the
 * conditions and figures the page defines), and every condition the text reads, which tells the
 * interpreter what the environment and the adversary need to choose (judgements, confirmations,
 * breaches of duties). Not to be confused with {@link InterpreterConditionals}, which reads
 * conditional releases.
 */
final class InterpreterEvaluation {
  private final InterpreterHoldings holdings;

  InterpreterEvaluation(InterpreterHoldings holdings) {
    this.holdings = holdings;
  }

  /** True when {@code c} holds in {@code s}. */
  boolean holds(Condition c, State s) {
    return switch (c) {
      case Condition.And a -> holds(a.left(), s) && holds(a.right(), s);
      case Condition.Or o -> holds(o.left(), s) || holds(o.right(), s);
      case Condition.Not n -> !holds(n.operand(), s);
      case Condition.Constant k -> k.value();
      case Condition.HostilitiesAre h -> s.hostilities == h.state();
      case Condition.PhaseIs p -> {
        Status st = s.status.get(p.phase());
        yield st != null
            && switch (p.state()) {
              case BEGUN -> st != Status.NOT_BEGUN;
              case ACTIVE -> st == Status.IN_FORCE;
              case ENDED -> st == Status.ENDED;
            };
      }
      case Condition.TalksAre t -> {
        TalkState st =
            t.judgedBy().isPresent()
                ? s.judgements.get(t.judgedBy().get() + "|" + t.onPhase())
                : s.talks.get(t.onPhase());
        yield st != null && (t.state() == TalkState.BEGUN || st == t.state());
      }
      case Condition.AllReleased a -> holdings.held(s, a.category(), a.by()) == 0;
      case Condition.Breached b ->
          s.breaches.contains(b.party() + b.clause().map(id -> "|" + id).orElse(""));
      case Condition.BreachConfirmed k -> s.confirmed.contains(k.mediator() + "|" + k.party());
      case Condition.Compare k -> {
        long l = value(k.left(), s);
        long r = value(k.right(), s);
        yield switch (k.op()) {
          case LESS -> l < r;
          case LESS_OR_EQUAL -> l <= r;
          case GREATER -> l > r;
          case GREATER_OR_EQUAL -> l >= r;
          case EQUAL -> l == r;
          case NOT_EQUAL -> l != r;
        };
      }
    };
  }

  /** The value of the figure {@code f} in {@code s}. */
  long value(Figure f, State s) {
    return switch (f) {
      case Figure.Literal l -> l.value();
      case Figure.Day d -> s.day;
      case Figure.Released r -> holdings.released(s, r.category(), r.by());
      case Figure.Held h -> holdings.held(s, h.category(), h.by());
    };
  }

  /** Every condition of the text. */
  static List<Condition> conditions(Agreement agreement) {
    List<Condition> all = new ArrayList<>();
    for (Phase p : agreement.phases()) {
      if (p.entry() instanceof Phase.Entry.When w) {
        all.add(w.condition());
      }
      p.endsWhen().ifPresent(all::add);
      for (PhaseClause c : p.clauses()) {
        clauseConditions(c, all);
      }
    }
    agreement.rights().forEach(r -> clauseConditions(r, all));
    agreement.assurances().forEach(a -> clauseConditions(a, all));
    agreement.interests().stream().map(Interest::condition).forEach(all::add);
    agreement.requirements().stream().map(Requirement::condition).forEach(all::add);
    agreement.conclusion().ifPresent(c -> all.add(c.condition()));
    agreement.lapse().flatMap(l -> l.condition()).ifPresent(all::add);
    return all;
  }

  private static void clauseConditions(PhaseClause c, List<Condition> all) {
    switch (c) {
      case PhaseClause.Extension e -> {
        if (e.trigger() instanceof PhaseClause.Extension.Trigger.While w) {
          all.add(w.condition());
        }
      }
      case PhaseClause.Right r -> r.when().ifPresent(all::add);
      case PhaseClause.Assurance a -> {
        all.add(a.condition());
        a.scope().ifPresent(s -> all.add(s.condition()));
      }
      default -> {}
    }
  }
}
