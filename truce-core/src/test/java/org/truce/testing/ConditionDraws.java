package org.truce.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/**
 * Well-typed conditions for {@link AgreementGenerator}, of bounded depth, naming only what the
 * generation has declared so far: the lists and maps are the generator's own, read as they grow.
 */
final class ConditionDraws {
  private static final int MAX_DEPTH = 3;

  private final Dice dice;
  private final List<String> parties;
  private final List<String> phaseNames;
  private final Map<String, Integer> talksHost;
  private final Map<Category, String> holderOf;

  ConditionDraws(
      Dice dice,
      List<String> parties,
      List<String> phaseNames,
      Map<String, Integer> talksHost,
      Map<Category, String> holderOf) {
    this.dice = dice;
    this.parties = parties;
    this.phaseNames = phaseNames;
    this.talksHost = talksHost;
    this.holderOf = holderOf;
  }

  /** A condition that may speak of the first {@code phasesInScope} phases. */
  Condition condition(int phasesInScope) {
    return condition(phasesInScope, dice.between(0, MAX_DEPTH));
  }

  private Condition condition(int phasesInScope, int depth) {
    if (depth > 0) {
      switch (dice.between(0, 3)) {
        case 0 -> {
          return new Condition.And(
              condition(phasesInScope, depth - 1), condition(phasesInScope, depth - 1));
        }
        case 1 -> {
          return new Condition.Or(
              condition(phasesInScope, depth - 1), condition(phasesInScope, depth - 1));
        }
        case 2 -> {
          return new Condition.Not(condition(phasesInScope, depth - 1));
        }
        default -> {
          // an atom, below
        }
      }
    }
    return switch (dice.between(0, 6)) {
      case 0 -> new Condition.Constant(dice.chance(50));
      case 1 -> new Condition.HostilitiesAre(dice.oneOf(List.of(HostilityState.values())));
      case 2 ->
          talksHost.isEmpty()
              ? new Condition.Constant(dice.chance(50))
              : new Condition.TalksAre(
                  dice.oneOf(talksHost.keySet().stream().sorted().toList()),
                  dice.oneOf(List.of(TalkState.values())),
                  dice.chance(50) ? Optional.of(dice.oneOf(parties)) : Optional.empty());
      case 3 ->
          phasesInScope == 0
              ? new Condition.Constant(dice.chance(50))
              : new Condition.PhaseIs(
                  phaseNames.get(dice.between(0, phasesInScope - 1)),
                  dice.oneOf(List.of(PhaseState.values())));
      case 4 -> {
        if (holderOf.isEmpty()) {
          yield new Condition.Constant(dice.chance(50));
        }
        Category category = dice.oneOf(List.copyOf(holderOf.keySet()));
        yield new Condition.AllReleased(category, byHolder(category));
      }
      default -> new Condition.Compare(figure(), dice.oneOf(List.of(CompareOp.values())), figure());
    };
  }

  private Figure figure() {
    int kind = dice.between(0, 3);
    if (kind >= 2 && !holderOf.isEmpty()) {
      Category category = dice.oneOf(List.copyOf(holderOf.keySet()));
      return kind == 2
          ? new Figure.Released(category, byHolder(category))
          : new Figure.Held(category, byHolder(category));
    }
    return kind == 1 ? new Figure.Day() : new Figure.Literal(dice.between(0, 500));
  }

  private Optional<String> byHolder(Category category) {
    return dice.chance(50) ? Optional.of(holderOf.get(category)) : Optional.empty();
  }
}
