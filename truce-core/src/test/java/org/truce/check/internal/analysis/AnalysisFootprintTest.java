package org.truce.check.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions.Progress;
import org.truce.check.Examples;
import org.truce.check.internal.analysis.Footprint.Bits;
import org.truce.check.internal.explore.Explorer;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.explore.Limits;
import org.truce.check.internal.system.TransitionSystem;

/**
 * The memory of the analyses, as the code counts it ({@link Footprint}: the bytes of every array an
 * analysis allocates in proportion to the graph), the same on every run: each analysis stays within
 * a few bytes a state (docs/decisions/0035). Before, a lasso search took 26 bytes a state (seven
 * arrays for Tarjan's algorithm, a parent per state for witnesses), exposure 12 and the game's
 * attractor more than 20 with its predecessors: each of those would fail here.
 */
class AnalysisFootprintTest {
  private static final TransitionSystem PROPOSAL =
      new TransitionSystem(Examples.load("framework-2024-proposal"), Optional.of("israel"), false);

  private static final Graph GRAPH =
      Explorer.explore(
          PROPOSAL,
          new Limits(1_000_000, Duration.ofMinutes(1), Progress.NONE, 1),
          PROPOSAL.playersWaitingForUnits());

  /** A lasso search: an int and two bits a state, and its stacks. */
  private static final double LASSO_BYTES = 4.5;

  /** Exposure: a char a state, and a band of an eighth of the states (at least 1,024) as ints. */
  private static final double EXPOSURE_BYTES = 2.5;

  /** What any analysis allocates besides, whatever the graph: stacks' first arrays, counts. */
  private static final long FIXED_BYTES = 16 * 1024;

  private static long footprint(Function<Context, Analysis> analysis) {
    Context c = new Context(GRAPH, Optional.empty(), Long.MAX_VALUE);
    analysis.apply(c);
    return c.footprint.bytes();
  }

  private static long budget(double bytesAState) {
    return (long) (bytesAState * GRAPH.size()) + FIXED_BYTES;
  }

  @Test
  void theGraphIsLargeEnoughForTheFiguresPerStateToMatter() {
    assertThat(GRAPH.complete()).isTrue();
    assertThat(GRAPH.size()).isGreaterThan(20 * 1024);
  }

  @Test
  void aLassoSearchTakesAnIntAndAFewBitsAState() {
    long bytes = footprint(Completes::run);
    assertThat(bytes).isGreaterThan(4L * GRAPH.size()).isLessThanOrEqualTo(budget(LASSO_BYTES));
  }

  @Test
  void exposureTakesACharAStateAndABandOfTheStates() {
    for (String party : new Context(GRAPH, Optional.empty(), Long.MAX_VALUE).parties()) {
      assertThat(footprint(c -> ExposureAnalysis.run(c, party)))
          .as(party)
          .isLessThanOrEqualTo(budget(EXPOSURE_BYTES));
    }
  }

  @Test
  void theGameTakesABitAStateBesideItsLassoSearch() {
    long bytes = footprint(IndefiniteTruce::run);
    // One lasso search per party waiting for units, each after its attractor of a bit a state.
    int players = PROPOSAL.playersWaitingForUnits().length;
    assertThat(players).isPositive();
    assertThat(bytes).isLessThanOrEqualTo(players * budget(LASSO_BYTES + 0.125));
  }

  @Test
  void deadlocksAndRequirementsOfStatesTakeNothingPerState() {
    assertThat(footprint(Deadlocks::run)).isZero();
    assertThat(footprint(WellFormed::run)).isZero();
  }

  @Test
  void theAttractorBySweepsIsTheAttractorByPredecessors() {
    List<IntPredicate> goals =
        List.of(s -> GRAPH.successorCount(s) == 0, s -> s % 97 == 3, s -> s % 5 == 0);
    for (int player : PROPOSAL.playersWaitingForUnits()) {
      for (IntPredicate goal : goals) {
        long[] sweeps = attractor(player, goal, Integer.MAX_VALUE);
        // Only predecessors, and one sweep then predecessors: the same set.
        assertThat(attractor(player, goal, 0)).isEqualTo(sweeps);
        assertThat(attractor(player, goal, 1)).isEqualTo(sweeps);
        int inGoal = 0;
        int members = 0;
        for (int s = 0; s < GRAPH.size(); s++) {
          inGoal += goal.test(s) ? 1 : 0;
          members += Bits.get(sweeps, s) ? 1 : 0;
        }
        assertThat(members).as("the attractor outgrows its goal").isGreaterThan(inGoal);
      }
    }
  }

  private static long[] attractor(int player, IntPredicate goal, int sweeps) {
    return Attractor.compute(GRAPH, player, goal, Long.MAX_VALUE, new Footprint(), sweeps);
  }
}
