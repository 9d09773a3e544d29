package org.truce.model;

import java.util.Optional;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/** A well-typed condition: true or false in a state of the agreement. */
public sealed interface Condition {
  record And(Condition left, Condition right) implements Condition {}

  record Or(Condition left, Condition right) implements Condition {}

  record Not(Condition operand) implements Condition {}

  record Compare(Figure left, CompareOp op, Figure right) implements Condition {}

  record Constant(boolean value) implements Condition {}

  record HostilitiesAre(HostilityState state) implements Condition {}

  /** The talks on phase {@code onPhase} are in {@code state}, as events or {@code judgedBy} say. */
  record TalksAre(String onPhase, TalkState state, Optional<String> judgedBy)
      implements Condition {}

  record PhaseIs(String phase, PhaseState state) implements Condition {}

  /** Nothing of {@code category} is held any more (by {@code by}, or by anyone). */
  record AllReleased(Category category, Optional<String> by) implements Condition {}

  /**
   * {@code party} has breached {@code clause} (or, without one, any of its obligations) on this day
   * or an earlier one; only the adversary of the checker ever breaches (docs/semantics.md).
   */
  record Breached(String party, Optional<String> clause) implements Condition {}

  /**
   * Mediator {@code mediator} has confirmed, on this day or an earlier one, a breach by {@code
   * party}.
   */
  record BreachConfirmed(String mediator, String party) implements Condition {}
}
