package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * Walks every condition of a text once, to learn what the state must keep: which parties judge
 * which talks, the numbers figures are compared with, and whether the day is ever read.
 */
public final class ConditionScan {
  /**
   * Talks and judge, in the order first met. A map's key, with {@code equals} and {@code hashCode}
   * written out: a record's own are linked at their first call, which costs more than a small
   * check's search (docs/decisions/0038-command-models-in-code.md).
   */
  record Judgement(String onPhase, String judge) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Judgement j && j.onPhase.equals(onPhase) && j.judge.equals(judge);
    }

    @Override
    public int hashCode() {
      return 31 * onPhase.hashCode() + judge.hashCode();
    }
  }

  /**
   * A condition and the clause (or phase, interest...) it belongs to, with when it can be read:
   * {@code phase} is the place of the phase it belongs to (-1 at the top level, read on every day),
   * and {@code entry} says it is that phase's entry (read until the phase begins; the other
   * conditions of a phase are read until it ends).
   */
  record Owned(Condition condition, ClauseRef ref, Object owner, int phase, boolean entry) {
    Owned(Condition condition, ClauseRef ref, Object owner) {
      this(condition, ref, owner, TOP, false);
    }
  }

  /** The {@code phase} of a condition at the top level. */
  static final int TOP = -1;

  /** Each judgement with the first clause whose condition asks for it. */
  final Map<Judgement, Owned> judgements = new LinkedHashMap<>();

  final TreeSet<Long> literals = new TreeSet<>();

  /** A count figure compared with a number: the amounts worth exploring reach that number. */
  public record Probe(Figure figure, long number) {}

  final List<Probe> probes = new ArrayList<>();

  /** Count figures compared with other count figures: their amounts are all worth exploring. */
  final List<Figure> paired = new ArrayList<>();

  /**
   * The largest number compared with {@code day}, or -1 when no condition compares the day with a
   * number: days past it are told apart by no such comparison.
   */
  long largestDayLiteral = -1;

  /**
   * True when the day is compared with a count figure (`day > released X`): every day up to the
   * most that figure can reach is then told apart.
   */
  boolean dayComparedWithCount;

  ConditionScan(Agreement agreement) {
    for (Owned owned : all(agreement)) {
      walk(owned.condition(), owned);
    }
  }

  /** Every condition of the text, with its owner, phases and their clauses in text order. */
  static List<Owned> all(Agreement agreement) {
    List<Owned> all = new ArrayList<>();
    for (int i = 0; i < agreement.phases().size(); i++) {
      Phase phase = agreement.phases().get(i);
      int place = i;
      if (phase.entry() instanceof Phase.Entry.When when) {
        all.add(new Owned(when.condition(), phase.ref(), phase, place, true));
      }
      phase.endsWhen().ifPresent(c -> all.add(new Owned(c, phase.ref(), phase, place, false)));
      phase.clauses().forEach(clause -> clauseConditions(clause, place, all));
    }
    agreement.rights().forEach(r -> clauseConditions(r, TOP, all));
    agreement.assurances().forEach(a -> clauseConditions(a, TOP, all));
    agreement.interests().forEach(i -> all.add(new Owned(i.condition(), i.ref(), i)));
    agreement.requirements().forEach(r -> all.add(new Owned(r.condition(), r.ref(), r)));
    agreement.conclusion().ifPresent(c -> all.add(new Owned(c.condition(), c.ref(), c)));
    agreement.lapse().ifPresent(l -> all.add(new Owned(l.trigger(), l.ref(), l)));
    return all;
  }

  private static void clauseConditions(PhaseClause clause, int phase, List<Owned> into) {
    switch (clause) {
      case PhaseClause.Right r ->
          r.when().ifPresent(c -> into.add(new Owned(c, r.ref(), r, phase, false)));
      case PhaseClause.Assurance a -> {
        into.add(new Owned(a.condition(), a.ref(), a, phase, false));
        a.scope().ifPresent(s -> into.add(new Owned(s.condition(), a.ref(), a, phase, false)));
      }
      case PhaseClause.Extension e -> {
        if (e.trigger() instanceof PhaseClause.Extension.Trigger.While w) {
          into.add(new Owned(w.condition(), e.ref(), e, phase, false));
        }
      }
      case PhaseClause.Release r -> {
        // A conditional release's trigger is read after its phase has ended too: on every day.
        if (r.schedule().orElse(null) instanceof Schedule.After a) {
          into.add(new Owned(a.trigger(), r.ref(), r));
        }
      }
      default -> {}
    }
  }

  private void walk(Condition condition, Owned owner) {
    switch (condition) {
      case Condition.And and -> {
        walk(and.left(), owner);
        walk(and.right(), owner);
      }
      case Condition.Or or -> {
        walk(or.left(), owner);
        walk(or.right(), owner);
      }
      case Condition.Not not -> walk(not.operand(), owner);
      case Condition.Compare c -> {
        figure(c.left());
        figure(c.right());
        dayComparison(c.left(), c.right());
        dayComparison(c.right(), c.left());
        probe(c.left(), c.right());
        probe(c.right(), c.left());
      }
      // "all X released" reads what is still held against 0: the amounts worth exploring include
      // all but one, the most a party can hand over with the condition still false.
      case Condition.AllReleased all ->
          probes.add(new Probe(new Figure.Held(all.category(), all.by()), 0));
      case Condition.TalksAre t ->
          t.judgedBy().ifPresent(j -> judgements.putIfAbsent(new Judgement(t.onPhase(), j), owner));
      default -> {}
    }
  }

  private void figure(Figure figure) {
    switch (figure) {
      case Figure.Literal l -> literals.add(l.value());
      default -> {}
    }
  }

  private void dayComparison(Figure day, Figure other) {
    if (!(day instanceof Figure.Day)) {
      return;
    }
    switch (other) {
      case Figure.Literal l -> largestDayLiteral = Math.max(largestDayLiteral, l.value());
      case Figure.Released r -> dayComparedWithCount = true;
      case Figure.Held h -> dayComparedWithCount = true;
      case Figure.Day d -> {}
    }
  }

  private void probe(Figure count, Figure other) {
    boolean isCount = count instanceof Figure.Released || count instanceof Figure.Held;
    if (!isCount) {
      return;
    }
    switch (other) {
      case Figure.Literal l -> probes.add(new Probe(count, l.value()));
      case Figure.Released r -> paired.add(count);
      case Figure.Held h -> paired.add(count);
      case Figure.Day d -> paired.add(count);
    }
  }

  Optional<Long> largestLiteral() {
    return literals.isEmpty() ? Optional.empty() : Optional.of(literals.last());
  }
}
