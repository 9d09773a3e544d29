package org.truce.testing;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.truce.model.Actor;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;

/**
 * Rights and assurances for {@link AgreementGenerator}, in a phase or at the top level: rights of
 * parties, some waiting for a breach of an obligation tagged so far (docs/semantics.md "Breaches"),
 * and assurances of guarantors, sometimes scoped. It reads the facts the generator has decided
 * (parties, actors, obligations tagged so far), which it shares; it lives apart to keep the
 * generator short.
 */
final class RightAndAssuranceDraws {
  private final Dice dice;
  private final Supplier<ClauseRef> ref;
  private final ConditionDraws conditions;
  private final List<String> parties;
  private final List<Actor> actors;
  // {party that owes it, clause id}, as AgreementGenerator records them.
  private final List<String[]> owed;

  RightAndAssuranceDraws(
      Dice dice,
      Supplier<ClauseRef> ref,
      ConditionDraws conditions,
      List<String> parties,
      List<Actor> actors,
      List<String[]> owed) {
    this.dice = dice;
    this.ref = ref;
    this.conditions = conditions;
    this.parties = parties;
    this.actors = actors;
    this.owed = owed;
  }

  /** The guarantors among the actors: an assurance needs one. */
  List<String> guarantors() {
    return actors.stream().filter(actor -> actor.has(Role.GUARANTOR)).map(Actor::name).toList();
  }

  /** A right of a party, sometimes one that waits for a breach. */
  PhaseClause.Right right(int phasesInScope) {
    if (dice.chance(20)) {
      return breachRight(phasesInScope);
    }
    return new PhaseClause.Right(
        ref.get(),
        dice.oneOf(parties),
        dice.oneOf(List.of(RightAction.values())),
        dice.maybe(70, () -> conditions.condition(phasesInScope)));
  }

  /**
   * A right that waits for a breach (docs/semantics.md "Breaches"): of an obligation (a release, an
   * exchange, a delivery, a withdrawal or an undertaking) tagged so far, of any obligation, or
   * confirmed by a mediator; sometimes joined with another condition.
   */
  private PhaseClause.Right breachRight(int phasesInScope) {
    String holder = dice.oneOf(parties);
    List<String> others = parties.stream().filter(p -> !p.equals(holder)).toList();
    String breacher = others.isEmpty() ? holder : dice.oneOf(others);
    List<String> mediators =
        actors.stream().filter(a -> a.has(Role.MEDIATOR)).map(Actor::name).toList();
    List<String[]> clauses = owed.stream().filter(o -> o[0].equals(breacher)).toList();
    Condition breach =
        switch (dice.between(0, 2)) {
          case 0 ->
              clauses.isEmpty()
                  ? new Condition.Breached(breacher, Optional.empty())
                  : new Condition.Breached(breacher, Optional.of(dice.oneOf(clauses)[1]));
          case 1 ->
              mediators.isEmpty()
                  ? new Condition.Breached(breacher, Optional.empty())
                  : new Condition.BreachConfirmed(dice.oneOf(mediators), breacher);
          default -> new Condition.Breached(breacher, Optional.empty());
        };
    Condition when =
        dice.chance(30)
            ? (dice.chance(50)
                ? new Condition.And(breach, conditions.condition(phasesInScope))
                : new Condition.Or(breach, conditions.condition(phasesInScope)))
            : breach;
    return new PhaseClause.Right(
        ref.get(), holder, dice.oneOf(List.of(RightAction.values())), Optional.of(when));
  }

  /** An assurance of one or more guarantors; call only when there is a guarantor. */
  PhaseClause.Assurance assurance(int phasesInScope) {
    List<String> guarantors = guarantors();
    return new PhaseClause.Assurance(
        ref.get(),
        dice.pick(guarantors, dice.between(1, guarantors.size())),
        conditions.condition(phasesInScope),
        dice.maybe(
            50,
            () ->
                new PhaseClause.Assurance.Scope(
                    dice.oneOf(List.of(ScopeKind.values())), conditions.condition(phasesInScope))));
  }
}
