package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The groups of a game reduce to their distinct sets of successors: compared with the same
 * reduction done with Java's collections, on random (group, successor) pairs, one set of pairs
 * after another through the same object, as a worker does.
 */
class GroupSetsTest {
  private static Set<List<Integer>> expected(List<List<Integer>> pairs) {
    Map<Integer, TreeSet<Integer>> byGroup = new TreeMap<>();
    pairs.forEach(p -> byGroup.computeIfAbsent(p.get(0), g -> new TreeSet<>()).add(p.get(1)));
    Set<List<Integer>> sets = new HashSet<>();
    byGroup.values().forEach(members -> sets.add(new ArrayList<>(members)));
    return sets;
  }

  private static List<List<Integer>> decoded(int[] out) {
    List<List<Integer>> sets = new ArrayList<>();
    int i = 1;
    for (int s = 0; s < out[0]; s++) {
      int size = out[i++];
      List<Integer> members = new ArrayList<>();
      for (int m = 0; m < size; m++) {
        members.add(out[i++]);
      }
      sets.add(members);
    }
    assertThat(i).as("nothing after the last set").isEqualTo(out.length);
    return sets;
  }

  @Test
  void eachDistinctSetOnceWithItsMembersInOrder() {
    GroupSets groups = new GroupSets();
    qt().withExamples(500)
        .forAll(
            integers().between(1, 12),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 120),
            integers().between(1, 6))
        .checkAssert(
            (groupCount, seeds, successors) -> {
              // Groups are numbered densely from 0, as the expander numbers them.
              List<List<Integer>> pairs = new ArrayList<>();
              for (int g = 0; g < groupCount; g++) {
                pairs.add(List.of(g, (g * 7) % successors));
              }
              for (int seed : seeds) {
                pairs.add(List.of(seed % groupCount, (seed / groupCount) % successors));
              }
              groups.clear();
              pairs.forEach(p -> groups.add(p.get(0), p.get(1)));
              List<List<Integer>> sets = decoded(groups.distinctSets());
              assertThat(sets).doesNotHaveDuplicates();
              assertThat(new HashSet<>(sets)).isEqualTo(expected(pairs));
            });
  }

  @Test
  void aStateWithoutSuccessorsHasNoSets() {
    GroupSets groups = new GroupSets();
    assertThat(groups.distinctSets()).containsExactly(0);
  }
}
