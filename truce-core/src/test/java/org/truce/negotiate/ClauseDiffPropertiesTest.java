package org.truce.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.testing.AgreementGenerator;

/**
 * Properties of the diff over generated agreements: a text compared with itself changes nothing,
 * and comparing in the other direction swaps what was added and what was removed. The second text
 * is the first with clauses dropped and clauses of a third added, so that most clauses match and
 * some do not.
 */
class ClauseDiffPropertiesTest {
  private static final int EXAMPLES = 200;

  @Test
  void aTextComparedWithItselfChangesNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              ClauseChanges changes = ClauseDiff.between(agreement, agreement);
              assertThat(changes.hasChanges()).isFalse();
              assertThat(changes.clauses()).allMatch(c -> c.change() == Change.UNCHANGED);
              assertThat(changes.interests()).allMatch(c -> c.change() == Change.UNCHANGED);
              assertThat(ClauseDiffText.render(changes)).isEmpty();
            });
  }

  @Test
  void whatOneDirectionAddsTheOtherRemoves() {
    qt().withExamples(EXAMPLES)
        .forAll(
            AgreementGenerator.agreements(),
            AgreementGenerator.agreements(),
            integers().between(0, 1 << 10))
        .checkAssert(
            (a, other, seed) -> {
              Agreement b = mix(a, other, seed);
              ClauseChanges forth = ClauseDiff.between(a, b);
              ClauseChanges back = ClauseDiff.between(b, a);
              assertSwapped(forth.clauses(), back.clauses());
              assertSwapped(forth.interests(), back.interests());
              assertThat(names(forth.actors(), Change.ADDED))
                  .containsExactlyInAnyOrderElementsOf(names(back.actors(), Change.REMOVED));
              assertThat(forth.holdings().size()).isEqualTo(back.holdings().size());
            });
  }

  /** Added one way is removed the other way, and each changed pair is the same pair reversed. */
  private static void assertSwapped(List<ClauseChange> forth, List<ClauseChange> back) {
    assertThat(sides(forth, Change.ADDED, true))
        .containsExactlyInAnyOrderElementsOf(sides(back, Change.REMOVED, false));
    assertThat(sides(forth, Change.REMOVED, false))
        .containsExactlyInAnyOrderElementsOf(sides(back, Change.ADDED, true));
    for (Change matched : List.of(Change.CHANGED, Change.UNCHANGED)) {
      assertThat(pairs(forth, matched, false))
          .containsExactlyInAnyOrderElementsOf(pairs(back, matched, true));
    }
  }

  private static List<ClauseVersion> sides(
      List<ClauseChange> changes, Change change, boolean after) {
    return changes.stream()
        .filter(c -> c.change() == change)
        .map(c -> (after ? c.after() : c.before()).orElseThrow())
        .toList();
  }

  private static List<List<ClauseVersion>> pairs(
      List<ClauseChange> changes, Change change, boolean reversed) {
    return changes.stream()
        .filter(c -> c.change() == change)
        .map(c -> List.of(c.before().orElseThrow(), c.after().orElseThrow()))
        .map(pair -> reversed ? List.of(pair.get(1), pair.get(0)) : pair)
        .toList();
  }

  private static List<String> names(List<ActorChange> changes, Change change) {
    return changes.stream().filter(c -> c.change() == change).map(ActorChange::name).toList();
  }

  /**
   * {@code a} with, in each phase, one clause dropped (as the bits of {@code seed} say) and the
   * first clause of the same phase of {@code other} added, and with the requirements of {@code
   * other}. The result need not be a valid text: the diff does not rely on validity.
   */
  private static Agreement mix(Agreement a, Agreement other, int seed) {
    List<Phase> phases = new ArrayList<>();
    for (int i = 0; i < a.phases().size(); i++) {
      Phase phase = a.phases().get(i);
      List<PhaseClause> clauses = new ArrayList<>(phase.clauses());
      if ((seed >> i & 1) == 1) {
        clauses.remove(seed % clauses.size());
      }
      if (i < other.phases().size()) {
        clauses.add(other.phases().get(i).clauses().getFirst());
      }
      phases.add(phase.withClauses(clauses));
    }
    return new Agreement(
        seed % 3 == 0 ? other.metadata() : a.metadata(),
        seed % 5 == 0 ? other.actors() : a.actors(),
        seed % 7 == 0 ? other.holdings() : a.holdings(),
        seed % 2 == 0 ? other.interests() : a.interests(),
        phases,
        a.rights(),
        other.assurances(),
        other.requirements(),
        seed % 4 == 0 ? other.conclusion() : a.conclusion());
  }
}
