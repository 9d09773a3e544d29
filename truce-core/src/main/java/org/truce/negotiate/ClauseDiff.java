package org.truce.negotiate;

import org.truce.model.Agreement;
import org.truce.negotiate.internal.ActorComparison;
import org.truce.negotiate.internal.ClauseComparison;
import org.truce.negotiate.internal.ClauseList;
import org.truce.negotiate.internal.HeaderComparison;
import org.truce.negotiate.internal.HoldingComparison;

/**
 * The clause-level diff of two versions of an agreement, such as a proposal and the counterproposal
 * that answers it.
 *
 * <p>Clauses are matched by tag id first, then by tag label (a renumbered clause keeps its label),
 * then, where one of the two is untagged, by kind and wording: the same wording in the same phase,
 * the same wording elsewhere (a clause moved to another phase), and last the same wording but for
 * its numbers (a changed ratio or deadline). Phases are clauses too, matched by tag and then by
 * name, and compared by their opening line: duration, beginning and end. Actors are matched by name
 * and holdings lines by holder and category.
 *
 * <p>The comparison is symmetric: what {@code between(a, b)} reports added, {@code between(b, a)}
 * reports removed.
 */
public final class ClauseDiff {
  private ClauseDiff() {}

  /**
   * Compares two valid agreements (a model read from text or from JSON); the result keeps their
   * model records, so that each side's source map can still locate them.
   */
  public static ClauseChanges between(Agreement oldText, Agreement newText) {
    return new ClauseChanges(
        HeaderComparison.compare(oldText.metadata(), newText.metadata()),
        ActorComparison.compare(oldText.actors(), newText.actors()),
        HoldingComparison.compare(oldText.holdings(), newText.holdings()),
        ClauseComparison.compare(ClauseList.interests(oldText), ClauseList.interests(newText)),
        ClauseComparison.compare(ClauseList.clauses(oldText), ClauseList.clauses(newText)));
  }
}
