package org.truce.model;

import java.util.Optional;
import org.truce.vocabulary.InstrumentKind;
import org.truce.vocabulary.RankRelation;

/**
 * An instrument other than the agreement itself: an annex, a side letter from one actor to another,
 * a joint statement, a plan (docs/semantics.md, "Instruments and precedence"). Its clauses name it
 * in their {@link ClauseRef#instrument()}. Its rank is stated against the agreement ({@code
 * relativeTo} empty) or an instrument declared before it; without a stated rank it ranks with the
 * agreement. {@code published} false: the text is known only as reported.
 */
public record Instrument(
    ClauseRef ref,
    String name,
    String title,
    InstrumentKind kind,
    Optional<String> from,
    Optional<String> to,
    boolean published,
    RankRelation relation,
    Optional<String> relativeTo) {

  /** True when the text states no rank: it ranks with the agreement. */
  public boolean rankUnstated() {
    return relation == RankRelation.WITH && relativeTo.isEmpty();
  }
}
