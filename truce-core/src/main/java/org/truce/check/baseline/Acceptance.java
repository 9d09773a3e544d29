package org.truce.check.baseline;

import java.util.Optional;
import java.util.OptionalLong;
import org.truce.source.Span;

/**
 * One line of a baseline: {@code accept exposure(hamas) up to 33 because "..."}. A finding of
 * {@code analysis} is accepted while its figure is at most {@code upTo} (an analysis that measures
 * no figure has none), and only in runs with the same {@code --adversary} as {@code adversary}
 * (none: the runs without one). {@code line} is its line in the baseline file, {@code span} the
 * whole line and {@code analysisSpan} the name.
 */
public record Acceptance(
    String analysis,
    OptionalLong upTo,
    Optional<String> adversary,
    String reason,
    int line,
    Span span,
    Span analysisSpan) {

  /** True when this acceptance applies to a check run with {@code adversary}. */
  public boolean appliesTo(Optional<String> runAdversary) {
    return adversary.equals(runAdversary);
  }

  /** True when a finding of this analysis with {@code figure} (empty: none) is accepted. */
  public boolean covers(OptionalLong figure) {
    if (figure.isEmpty()) {
      return true;
    }
    return upTo.isPresent() && figure.getAsLong() <= upTo.getAsLong();
  }
}
