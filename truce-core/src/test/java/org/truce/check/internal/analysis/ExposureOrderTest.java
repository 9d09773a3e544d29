package org.truce.check.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * exposure(P) takes the states by units released, most first and the first found first among
 * equals, so that its first hit is the answer with a shortest witness: the counting sort by bands,
 * the counts read in search order when one count alone fills a band, and the sort it falls back on
 * (for parties holding far more units than there are states) all give that order.
 */
class ExposureOrderTest {
  @Test
  void statesComeByUnitsReleasedMostFirstThenInSearchOrder() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(longs().between(0, 30).mix(longs().between(0, 1L << 40), 5))
                .ofSizeBetween(0, 400),
            integers().between(1, 50))
        .checkAssert(
            (units, band) -> {
              long[] array = units.stream().mapToLong(Long::longValue).toArray();
              List<Integer> expected =
                  IntStream.range(0, array.length)
                      .filter(i -> array[i] > 0)
                      .boxed()
                      .sorted(
                          Comparator.comparingLong((Integer i) -> -array[i])
                              .thenComparingInt(i -> i))
                      .toList();
              List<Integer> visited = new ArrayList<>();
              int first =
                  UnitsOrder.first(
                      array.length,
                      s -> array[s],
                      s -> {
                        visited.add(s);
                        return false;
                      },
                      new Footprint(),
                      band);
              assertThat(first).isEqualTo(-1);
              assertThat(visited).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void theFirstStateAcceptedEndsTheWalk() {
    long[] units = {0, 3, 5, 3, 5, 1, 0, 2};
    List<Integer> visited = new ArrayList<>();
    int first =
        UnitsOrder.first(
            units.length,
            s -> units[s],
            s -> {
              visited.add(s);
              return s == 3;
            },
            new Footprint(),
            2);
    assertThat(first).isEqualTo(3);
    assertThat(visited).containsExactly(2, 4, 1, 3);
  }
}
