package org.truce.render.internal;

import org.truce.model.PhaseClause;
import org.truce.model.SubQuota;
import org.truce.render.Phrase;
import org.truce.render.Phrases;
import org.truce.vocabulary.DeliveryVerb;

/**
 * A delivery's sentence with its sub-quotas: "israel allows 400 aid.truck every day ..., of which
 * at least 40 aid.truck.fuel and at least 200 “to the north”." Sub-quotas are floors (docs/
 * semantics.md, "Sub-quotas"), so each reads "at least".
 */
final class SubQuotaText {
  private SubQuotaText() {}

  static Phrase delivery(PhaseClause.Delivery d, String amountAndSchedule) {
    Phrase.Builder phrase =
        Phrase.builder()
            .words(
                d.party()
                    + (d.verb() == DeliveryVerb.ALLOWS ? " allows " : " delivers ")
                    + amountAndSchedule);
    String joiner = ", of which ";
    for (SubQuota part : d.ofWhich()) {
      if (part.category().isPresent()) {
        phrase.words(joiner + "at least " + Phrases.count(part.amount(), part.category().get()));
      } else {
        phrase.words(joiner + "at least " + part.amount() + " ");
        phrase.quote(part.qualifier().orElseThrow());
      }
      joiner = " and ";
    }
    return phrase.words(".").build();
  }
}
