package org.truce.negotiate;

import java.util.List;
import java.util.Optional;
import org.truce.model.ClauseRef;

/**
 * A clause of the old text matched with one of the new text, or left without a match.
 *
 * @param before the clause in the old text; empty when {@link Change#ADDED}
 * @param after the clause in the new text; empty when {@link Change#REMOVED}
 * @param moved whether a matched clause now belongs to another phase (or left or joined the top
 *     level), or to another instrument (docs/language.md, "Instruments"); phases are followed
 *     through their own matching, so renaming a phase moves nothing
 * @param numbers the numbers that differ, in the order of the clause
 * @param numbersOnly whether the two texts differ only in those numbers, so that listing them says
 *     all there is to say about the wording
 */
public record ClauseChange(
    Change change,
    Optional<ClauseVersion> before,
    Optional<ClauseVersion> after,
    boolean moved,
    List<NumberChange> numbers,
    boolean numbersOnly) {
  public ClauseChange {
    numbers = List.copyOf(numbers);
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a clause change needs at least one side");
    }
  }

  /** The side a reader identifies the clause by: the new one, or the old one when removed. */
  public ClauseVersion current() {
    return after.or(() -> before).orElseThrow();
  }

  public ClauseRef ref() {
    return current().ref();
  }

  public String kind() {
    return current().kind();
  }

  public Optional<String> phase() {
    return current().phase();
  }
}
