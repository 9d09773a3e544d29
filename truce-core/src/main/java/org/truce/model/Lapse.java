package org.truce.model;

import java.util.Optional;
import org.truce.vocabulary.CompareOp;

/**
 * {@code lapses when C}, {@code lapses on day N} or {@code lapses on day N unless C}: the agreement
 * stops binding anyone, without being concluded (docs/semantics.md, step 10). With {@code onDay} (a
 * day of the agreement), {@code condition} is the {@code unless} condition; without, it is the
 * {@code when} condition and always present.
 */
public record Lapse(ClauseRef ref, Optional<Long> onDay, Optional<Condition> condition) {
  public Lapse {
    if (onDay.isEmpty() && condition.isEmpty()) {
      throw new IllegalArgumentException("a lapse needs a day or a condition");
    }
  }

  /**
   * The condition under which the agreement lapses at the end of a day, read like any other: {@code
   * day = N and not C} for {@code on day N unless C}, {@code day = N} for a bare sunset, {@code C}
   * for {@code when C}. The checker, the Promela export and the timeline read this.
   */
  public Condition trigger() {
    if (onDay.isEmpty()) {
      return condition.orElseThrow();
    }
    Condition onThatDay =
        new Condition.Compare(
            new Figure.Day(), CompareOp.EQUAL, new Figure.Literal(onDay.orElseThrow()));
    return condition
        .<Condition>map(c -> new Condition.And(onThatDay, new Condition.Not(c)))
        .orElse(onThatDay);
  }
}
