package org.truce.check;

import java.util.List;

/** Every analysis of one agreement, and what the search behind them covered. */
public record CheckReport(List<Analysis> analyses, Exploration exploration) {
  public CheckReport {
    analyses = List.copyOf(analyses);
  }

  /** True when no analysis is violated (inconclusive ones included). */
  public boolean noneViolated() {
    return analyses.stream().noneMatch(a -> a.verdict() == Verdict.VIOLATED);
  }
}
