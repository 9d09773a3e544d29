package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions;
import org.truce.check.CheckOptions.Progress;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.check.Verdict;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.testing.AgreementGenerator;

/**
 * The search on one, two and four threads (decision 0034): the same states under the same numbers,
 * the same rows and game groups, hence the same figures, verdicts and witnesses from every
 * analysis. Generated agreements, with an adversary and every amount so that many searches span
 * several chunks, and the workers' steps (looking successors up, finding where each new one is
 * first seen, indexing, writing rows) run on chunks of thousands of states.
 */
class ParallelSearchPropertyTest {
  private static final int[] THREADS = {2, 4};

  @Test
  void everyThreadCountFindsTheSameGraph() {
    AtomicInteger multiChunk = new AtomicInteger();
    // A fixed seed: with a random one, the count of searches spanning chunks asserted below
    // varied from run to run (2 in one run of 25), and the test failed by chance.
    qt().withFixedSeed(19)
        .withExamples(25)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              TransitionSystem ts =
                  new TransitionSystem(
                      agreement, Optional.of(AgreementGenerator.firstParty(agreement)), true);
              int[] players = ts.playersWaitingForUnits();
              Graph one = explore(ts, 1, players);
              for (int threads : THREADS) {
                assertSameGraph(explore(ts, threads, players), one, players.length);
              }
              if (one.size() > 2048) {
                multiChunk.incrementAndGet();
              }
            });
    // The property says little unless some searches span chunks (of 2,048 states; a search stops
    // at the end of the chunk that passes its limit).
    assertThat(multiChunk.get()).isGreaterThan(3);
  }

  /**
   * The same figures and verdicts for a search that the clock does not stop: where one does, each
   * thread count stops at another state, so that example is left out (seed 17852964972752 gave one
   * whose one-thread check took longer than the budget on a loaded machine). Most examples are
   * compared, or the test fails.
   */
  @Test
  void everyThreadCountGivesTheSameAnalyses() {
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(30)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              CheckOptions options =
                  CheckOptions.defaults()
                      .withLimits(50_000, Duration.ofSeconds(60))
                      .withAdversary(AgreementGenerator.firstParty(agreement));
              CheckReport one = Checker.check(agreement, Optional.empty(), options.withThreads(1));
              if (stoppedByTheClock(one)) {
                return;
              }
              for (int threads : THREADS) {
                CheckReport many =
                    Checker.check(agreement, Optional.empty(), options.withThreads(threads));
                if (stoppedByTheClock(many)) {
                  return;
                }
                assertThat(many.exploration().states()).isEqualTo(one.exploration().states());
                assertThat(many.exploration().transitions())
                    .isEqualTo(one.exploration().transitions());
                assertThat(many.exploration().stop()).isEqualTo(one.exploration().stop());
                assertThat(summaries(many, one)).isEqualTo(summaries(one, many));
              }
              compared.incrementAndGet();
            });
    assertThat(compared.get()).as("examples not stopped by the clock").isGreaterThan(20);
  }

  private static boolean stoppedByTheClock(CheckReport report) {
    return report.exploration().stop().equals("time-limit");
  }

  private static Graph explore(TransitionSystem ts, int threads, int[] players) {
    return Explorer.explore(
        ts, new Limits(5_000, Duration.ofMinutes(5), Progress.NONE, threads), players);
  }

  private static void assertSameGraph(Graph actual, Graph expected, int players) {
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.stop()).isEqualTo(expected.stop());
    assertThat(actual.transitions()).isEqualTo(expected.transitions());
    assertThat(actual.shortfallFrom()).isEqualTo(expected.shortfallFrom());
    Graph.Row a = actual.row();
    Graph.Row e = expected.row();
    // Plain comparisons first, AssertJ's message only for a difference: graphs of thousands.
    for (int id = 0; id < expected.size(); id++) {
      if (!Arrays.equals(actual.values(id), expected.values(id))) {
        assertThat(actual.values(id)).as("state %d", id).isEqualTo(expected.values(id));
      }
      assertThat(actual.expanded(id) == expected.expanded(id)).isTrue();
      assertThat(actual.finished(id) == expected.finished(id)).isTrue();
      assertThat(Arrays.equals(targets(a.of(id)), targets(e.of(id))))
          .as("successors of %d", id)
          .isTrue();
    }
    for (int place = 0; place < players; place++) {
      Graph.Game.Groups ga = actual.game().orElseThrow().groups(place);
      Graph.Game.Groups ge = expected.game().orElseThrow().groups(place);
      for (int id = 0; id < expected.size(); id++) {
        if (expected.expanded(id) && !expected.finished(id)) {
          ga.of(id);
          ge.of(id);
          boolean same = ga.count() == ge.count();
          for (int g = 0; same && g <= ge.count(); g++) {
            same = ga.start(g) == ge.start(g);
          }
          for (int m = 0; same && m < ge.start(ge.count()); m++) {
            same = ga.member(m) == ge.member(m);
          }
          assertThat(same).as("groups of state %d for game player %d", id, place).isTrue();
        }
      }
    }
  }

  private static int[] targets(Graph.Row row) {
    int[] targets = new int[row.count()];
    for (int k = 0; k < targets.length; k++) {
      targets[k] = row.get(k);
    }
    return targets;
  }

  /**
   * Each analysis decided in both reports, with what depends on the graph: verdict, value, figures
   * and the witness's length in events and days. Dead-clauses runs further searches within the time
   * left, so an analysis one run leaves undecided on a loaded machine is left out.
   */
  private static List<String> summaries(CheckReport report, CheckReport other) {
    return report.analyses().stream()
        .filter(a -> a.verdict() != Verdict.INCONCLUSIVE)
        .filter(
            a ->
                other.analyses().stream()
                    .noneMatch(
                        b -> b.name().equals(a.name()) && b.verdict() == Verdict.INCONCLUSIVE))
        .map(ParallelSearchPropertyTest::summary)
        .toList();
  }

  private static String summary(Analysis a) {
    String witness =
        a.witness()
            .map(w -> w.events().size() + " events to day " + w.lastDay() + " " + w.loopsToDay())
            .orElse("no witness");
    return a.name()
        + " "
        + a.verdict()
        + " "
        + a.value()
        + " "
        + new TreeMap<>(a.figures())
        + " "
        + witness;
  }
}
