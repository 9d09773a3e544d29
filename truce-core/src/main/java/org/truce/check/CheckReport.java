package org.truce.check;

import java.util.List;

/** Every analysis of one agreement, and what the search behind them covered. */
public record CheckReport(List<Analysis> analyses, Exploration exploration) {
  public CheckReport {
    analyses = List.copyOf(analyses);
  }
}
