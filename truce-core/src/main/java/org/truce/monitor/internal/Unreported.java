package org.truce.monitor.internal;

import java.util.List;
import org.truce.model.Holdings;

/**
 * Releases whose count was not reported (docs/monitor.md, "Releases whose count is not reported";
 * decision 0031): they count as releases, never as units. Their units are not known, so every
 * figure of units leaves them out and says beside it how many such releases there are.
 */
final class Unreported {
  private Unreported() {}

  /**
   * The releases counted whose count was not reported, per party, category and day, each counted as
   * one: {@link DailyCounts} of releases, not of units.
   */
  static DailyCounts daily(List<Counted> counted, List<Holdings> holdings) {
    return new DailyCounts(
        counted.stream()
            .filter(c -> c.count() == 0)
            .map(c -> new Counted(c.party(), c.kind(), c.category(), c.day(), 1, c.entry()))
            .toList(),
        holdings);
  }
}
