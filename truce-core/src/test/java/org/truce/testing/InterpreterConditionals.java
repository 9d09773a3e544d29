package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.testing.Interpreter.State;
import org.truce.testing.Interpreter.Status;
import org.truce.vocabulary.CompareOp;

/**
 * docs/semantics.md "Conditional releases", as the {@link Interpreter} reads it, written from the
 * page and not from the checker:
 *
 * <ul>
 *   <li>the trigger {@code after P has released all C} is the condition {@code all C released by
 *       P}, and {@code after P has released N C} is {@code released C by P >= N};
 *   <li>step 2, after phases begin: a release armed counts one more day of its period (up to N + 1,
 *       once its last day has passed); one not yet armed, of a phase in force or ended, whose
 *       trigger held at the end of the day before, is armed, today being day 1 of its period;
 *   <li>step 3: armed, it is a {@code by day N} release counted in days of its period, in force or
 *       not (it outlives its phase): the releasing party chooses before day N, all of it is due on
 *       day N (the adversary may breach it there); nothing is released under it before it is armed,
 *       nor after day N.
 * </ul>
 *
 * The state keeps, per clause ({@code phase index/clause index}), the day of its period: absent (0)
 * before it is armed.
 */
final class InterpreterConditionals {
  private record Armable(Phase phase, String key, PhaseClause.Release release, Schedule.After at) {}

  private final List<Armable> armable = new ArrayList<>();

  InterpreterConditionals(Agreement agreement) {
    for (int p = 0; p < agreement.phases().size(); p++) {
      Phase phase = agreement.phases().get(p);
      for (int k = 0; k < phase.clauses().size(); k++) {
        if (phase.clauses().get(k) instanceof PhaseClause.Release r
            && r.schedule().orElse(null) instanceof Schedule.After a) {
          armable.add(new Armable(phase, p + "/" + k, r, a));
        }
      }
    }
  }

  /** True for a conditional release, which outlives its phase. */
  static boolean conditional(PhaseClause.Release r) {
    return r.schedule().orElse(null) instanceof Schedule.After;
  }

  /**
   * The trigger as the page words it: {@code all C released by P}, or {@code released C by P >= N}.
   */
  static Condition trigger(Schedule.After a) {
    Figure released = new Figure.Released(a.category(), Optional.of(a.party()));
    return a.count().isPresent()
        ? new Condition.Compare(
            released, CompareOp.GREATER_OR_EQUAL, new Figure.Literal(a.count().get()))
        : new Condition.AllReleased(a.category(), Optional.of(a.party()));
  }

  /** An event of a day: kind, phase, clause, facts. */
  interface Events {
    void event(String kind, String phase, ClauseRef clause, Map<String, String> facts);
  }

  /**
   * Step 2, after phases begin: moves every conditional release of {@code today}, reading the
   * triggers over {@code pre}, the state at the end of the day before.
   */
  void move(State today, State pre, BiPredicate<Condition, State> holds, Events events) {
    for (Armable a : armable) {
      long day = today.since.getOrDefault(a.key(), 0L);
      if (day >= 1) {
        if (day <= a.at().withinDays()) {
          today.since.put(a.key(), day + 1);
        }
        continue;
      }
      Status status = today.status.get(a.phase().name());
      if (status != Status.NOT_BEGUN && holds.test(trigger(a.at()), pre)) {
        today.since.put(a.key(), 1L);
        Map<String, String> facts = new TreeMap<>();
        facts.put("party", a.release().party());
        facts.put("category", a.release().category().path());
        events.event("armed", a.phase().name(), a.release().ref(), facts);
      }
    }
  }

  /**
   * Step 3 for the conditional release under {@code key}: empty when nothing is released under it
   * today; else whether the releasing party chooses the amount (a day before the last of its
   * period) or all of it is due (the last day).
   */
  static Optional<Boolean> choiceToday(State s, String key, Schedule.After a) {
    long day = s.since.getOrDefault(key, 0L);
    if (day < 1 || day > a.withinDays()) {
      return Optional.empty();
    }
    return Optional.of(day < a.withinDays());
  }
}
