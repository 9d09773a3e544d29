package org.truce.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.source.Diagnostic;

/**
 * Every analysis of one agreement, what the search behind them covered, and the warnings the
 * analyses found at places of the text (a dead clause, W250 and W251), in the order of the text.
 * With verdicts only ({@code verdictsOnly}, --verdicts), {@code settled} holds the analyses whose
 * verdict was settled before the search was complete, by name: their figures and witnesses are what
 * was found by then.
 */
public record CheckReport(
    List<Analysis> analyses,
    Exploration exploration,
    List<Diagnostic> warnings,
    boolean verdictsOnly,
    Map<String, Settled> settled) {
  public CheckReport {
    analyses = List.copyOf(analyses);
    warnings = List.copyOf(warnings);
    settled = Map.copyOf(settled);
  }

  /** A report of a check that computed every figure. */
  public CheckReport(List<Analysis> analyses, Exploration exploration, List<Diagnostic> warnings) {
    this(analyses, exploration, warnings, false, Map.of());
  }

  public CheckReport(List<Analysis> analyses, Exploration exploration) {
    this(analyses, exploration, List.of());
  }

  /** How {@code analysis} was settled before the search was complete, if it was. */
  public Optional<Settled> settled(Analysis analysis) {
    return Optional.ofNullable(settled.get(analysis.name()));
  }
}
