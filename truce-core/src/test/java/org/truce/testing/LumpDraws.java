package org.truce.testing;

import java.util.Optional;
import org.truce.model.PhaseClause;

/** Turns some of {@link AgreementGenerator}'s exchanges into lump releases (`for the G U`). */
final class LumpDraws {
  private LumpDraws() {}

  /**
   * {@code ratio} as it is, or (one time in four) a lump of at most {@code payHeld} for a group of
   * at most {@code unitsHeld}, so that the group can be completed and the lump paid.
   */
  static PhaseClause.Exchange maybeLump(
      Dice dice, PhaseClause.Exchange ratio, long unitsHeld, long payHeld) {
    if (unitsHeld < 1 || payHeld < 1 || !dice.chance(25)) {
      return ratio;
    }
    long group = dice.between(1, (int) Math.min(unitsHeld, 1000));
    long lump = dice.between(1, (int) Math.min(payHeld, 1000));
    return new PhaseClause.Exchange(
        ratio.ref(),
        ratio.party(),
        lump,
        ratio.category(),
        ratio.unitCategory(),
        ratio.unitReleasedBy(),
        ratio.withinDays(),
        Optional.of(group));
  }
}
