package org.truce.model;

import java.util.Optional;
import org.truce.vocabulary.CompareOp;

/**
 * {@code lapses when C}, {@code lapses on day N} or {@code lapses on day N unless C}: the agreement
 * stops binding anyone, without being concluded (docs/semantics.md, step 10). With {@code onDay} (a
 * day of the agreement), {@code condition} is the {@code unless} condition; without, it is the
 * {@code when} condition. The parser always gives one of the two; a lapse with neither (possible
 * only in JSON) never lapses, and prints as {@code lapses when false}.
 */
public record Lapse(ClauseRef ref, Optional<Long> onDay, Optional<Condition> condition) {

  /**
   * The condition under which the agreement lapses at the end of a day, read like any other: {@code
   * day = N and not C} for {@code on day N unless C}, {@code day = N} for a bare sunset, {@code C}
   * for {@code when C}. The checker, the Promela export and the timeline read this.
   */
  public Condition trigger() {
    if (onDay.isEmpty()) {
      return condition.orElse(new Condition.Constant(false));
    }
    Condition onThatDay =
        new Condition.Compare(
            new Figure.Day(), CompareOp.EQUAL, new Figure.Literal(onDay.orElseThrow()));
    return condition
        .<Condition>map(c -> new Condition.And(onThatDay, new Condition.Not(c)))
        .orElse(onThatDay);
  }
}
