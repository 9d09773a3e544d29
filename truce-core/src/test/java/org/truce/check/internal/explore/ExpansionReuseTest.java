package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.check.CheckOptions;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.testing.AgreementGenerator;

/**
 * An expansion reused from state to state (the search keeps one per place in a chunk, decision
 * 0040) says of each state what a new one says: nothing of the state before it is left, neither a
 * successor, a count, a flag nor a game's group, even when the state before had more successors.
 */
class ExpansionReuseTest {
  @Test
  void aReusedExpansionSaysWhatANewOneSays() {
    qt().withExamples(20)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              TransitionSystem ts =
                  new TransitionSystem(
                      agreement, Optional.of(AgreementGenerator.firstParty(agreement)), true);
              int[] players = ts.playersWaitingForUnits();
              Limits limits =
                  new Limits(2_000, Duration.ofSeconds(30), CheckOptions.Progress.NONE, 1);
              Graph graph = Explorer.explore(ts, limits, players);
              int words = ts.vars().words();
              Expander fresh = new Expander(ts, players);
              Expander reusing = new Expander(ts, players);
              Expander.Expansion reused = new Expander.Expansion(words);
              long[] state = new long[words];
              // From the last state to the first: most states have fewer successors than some
              // state after them, and finished runs come between unfinished ones.
              for (int id = graph.size() - 1; id >= 0; id--) {
                graph.packed(id, state);
                Expander.Expansion expected = fresh.expand(state, Long.MAX_VALUE);
                Expander.Expansion actual = reusing.expand(state, Long.MAX_VALUE, reused);
                assertThat(actual).isSameAs(reused);
                assertSame(actual, expected, words, players.length);
              }
            });
  }

  private static void assertSame(
      Expander.Expansion actual, Expander.Expansion expected, int words, int players) {
    assertThat(actual.count).isEqualTo(expected.count);
    assertThat(actual.finished).isEqualTo(expected.finished);
    assertThat(actual.outOfTime).isEqualTo(expected.outOfTime);
    assertThat(actual.transitions).isEqualTo(expected.transitions);
    assertThat(actual.shortfallAnswers).isEqualTo(expected.shortfallAnswers);
    assertThat(actual.unknown).isZero();
    assertThat(Arrays.copyOf(actual.successors, actual.count * words))
        .isEqualTo(Arrays.copyOf(expected.successors, expected.count * words));
    if (expected.finished) {
      return;
    }
    for (int p = 0; p < players; p++) {
      assertThat(sets(actual.groups[p])).isEqualTo(sets(expected.groups[p]));
    }
  }

  /** The sets of a player's groups, without what may follow the last one in a reused array. */
  private static int[] sets(int[] groups) {
    int length = 1;
    for (int set = 0; set < groups[0]; set++) {
      length += 1 + groups[length];
    }
    return Arrays.copyOf(groups, length);
  }
}
