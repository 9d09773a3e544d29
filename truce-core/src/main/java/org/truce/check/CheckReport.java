package org.truce.check;

import java.util.List;
import org.truce.source.Diagnostic;

/**
 * Every analysis of one agreement, what the search behind them covered, and the warnings the
 * analyses found at places of the text (a dead clause, W250 and W251), in the order of the text.
 */
public record CheckReport(
    List<Analysis> analyses, Exploration exploration, List<Diagnostic> warnings) {
  public CheckReport {
    analyses = List.copyOf(analyses);
    warnings = List.copyOf(warnings);
  }

  public CheckReport(List<Analysis> analyses, Exploration exploration) {
    this(analyses, exploration, List.of());
  }
}
