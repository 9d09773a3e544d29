package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.check.CheckOptions;
import org.truce.check.CheckOptions.Progress;
import org.truce.check.Examples;
import org.truce.check.Verdict;
import org.truce.check.internal.analysis.Analyses;
import org.truce.check.internal.system.TransitionSystem;

/**
 * The memory budget of a search: past it the search stops as inconclusive (never an
 * OutOfMemoryError), and what it did explore is exactly the start of the full search, so the
 * analyses read a true part of the graph.
 */
class ExplorerMemoryTest {
  private static final TransitionSystem PROPOSAL =
      new TransitionSystem(Examples.load("framework-2024-proposal"), Optional.of("israel"), false);

  private static final CheckOptions OPTIONS = CheckOptions.defaults().withAdversary("israel");

  private static Graph explore(long memoryBytes) {
    return Explorer.explore(
        PROPOSAL,
        new Limits(1_000_000, Duration.ofMinutes(1), Progress.NONE, 2, memoryBytes),
        PROPOSAL.playersWaitingForUnits());
  }

  @Test
  void aSearchPastItsMemoryBudgetStopsWithWhatItExploredIntact() {
    Graph full = explore(256L << 20);
    Graph cut = explore(600_000);

    assertThat(full.stop()).isEqualTo(Graph.Stop.COMPLETE);
    assertThat(cut.stop()).isEqualTo(Graph.Stop.MEMORY_LIMIT);
    assertThat(cut.size()).isLessThan(full.size());
    int expanded = 0;
    Graph.Row cutRow = cut.row();
    Graph.Row fullRow = full.row();
    for (int id = 0; id < cut.size(); id++) {
      assertThat(cut.values(id)).as("state %d", id).isEqualTo(full.values(id));
      if (cut.expanded(id)) {
        expanded++;
        cutRow.of(id);
        fullRow.of(id);
        assertThat(cutRow.count()).isEqualTo(fullRow.count());
        for (int k = 0; k < cutRow.count(); k++) {
          assertThat(cutRow.get(k)).isEqualTo(fullRow.get(k));
        }
      }
    }
    assertThat(expanded).isGreaterThan(0);
    assertThat(Analyses.run(cut, Optional.empty(), OPTIONS, Long.MAX_VALUE))
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.verdict()).isNotEqualTo(Verdict.HOLDS));
  }
}
