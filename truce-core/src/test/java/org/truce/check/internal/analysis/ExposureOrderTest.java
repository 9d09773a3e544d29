package org.truce.check.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * exposure(P) takes the states by units released, most first and the first found first among
 * equals, so that its first hit is the answer with a shortest witness: the counting sort and the
 * sort it falls back on (for parties holding far more units than there are states) both give that
 * order.
 */
class ExposureOrderTest {
  @Test
  void statesComeByUnitsReleasedMostFirstThenInSearchOrder() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(longs().between(0, 30).mix(longs().between(0, 1L << 40), 5))
                .ofSizeBetween(0, 400))
        .checkAssert(
            units -> {
              long[] array = units.stream().mapToLong(Long::longValue).toArray();
              List<Integer> expected =
                  IntStream.range(0, array.length)
                      .filter(i -> array[i] > 0)
                      .boxed()
                      .sorted(
                          Comparator.comparingLong((Integer i) -> -array[i])
                              .thenComparingInt(i -> i))
                      .toList();
              assertThat(ExposureAnalysis.order(array))
                  .containsExactly(expected.stream().mapToInt(i -> i).toArray());
            });
  }
}
