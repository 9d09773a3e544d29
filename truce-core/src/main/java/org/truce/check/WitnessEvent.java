package org.truce.check;

import java.util.Map;
import java.util.Optional;
import org.truce.model.ClauseRef;

/**
 * One thing that happens on one day of a witness run, with the clause that makes it happen and that
 * clause's line in the source (when the model came from a source text).
 *
 * @param kind a stable word: {@code phase-begins}, {@code hostilities}, {@code release}, {@code
 *     counter-release}, {@code talks-begin}, {@code talks}, {@code judgement}, {@code extension},
 *     {@code phase-ends}, {@code right}, {@code breach}, {@code concluded}, {@code finding}, {@code
 *     loop}
 * @param facts what the event says, as data rather than words, so that a witness can be replayed by
 *     another reader of the semantics (the tests' interpreter): {@code party}, {@code category} and
 *     {@code count} (units released) for {@code release} and {@code counter-release}, with {@code
 *     units} (units answered) for a counter-release; {@code party}, {@code category} and {@code
 *     count} (units not released) for a {@code breach} of a release, or {@code party} and {@code
 *     action} for ending the truce without a right; {@code party} and {@code action} for {@code
 *     right}; {@code on} and {@code state} for {@code talks-begin} and {@code talks}; {@code
 *     judge}, {@code on} and {@code state} for {@code judgement}; {@code days} for {@code
 *     extension}; {@code state} for {@code hostilities}. Empty for the other kinds.
 */
public record WitnessEvent(
    long day,
    Optional<String> phase,
    String kind,
    String text,
    ClauseRef clause,
    Optional<Integer> line,
    Map<String, String> facts) {
  public WitnessEvent {
    facts = Map.copyOf(facts);
  }

  /** An event with no facts as data. */
  public WitnessEvent(
      long day,
      Optional<String> phase,
      String kind,
      String text,
      ClauseRef clause,
      Optional<Integer> line) {
    this(day, phase, kind, text, clause, line, Map.of());
  }
}
