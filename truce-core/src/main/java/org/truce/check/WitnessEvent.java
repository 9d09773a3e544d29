package org.truce.check;

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
 */
public record WitnessEvent(
    long day,
    Optional<String> phase,
    String kind,
    String text,
    ClauseRef clause,
    Optional<Integer> line) {}
