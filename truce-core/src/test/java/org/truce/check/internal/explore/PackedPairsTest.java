package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Pairs read back as added, whatever the widths, when a page widens halfway through and after. */
class PackedPairsTest {
  /** Numbers that mostly grow, as a search's do, and now and then one of any size. */
  private static Gen<Integer> numbers() {
    return integers()
        .between(0, 3)
        .mix(integers().between(0, 5000))
        .mix(integers().between(0, Integer.MAX_VALUE), 5);
  }

  @Test
  void everyPairReadsBackAsAdded() {
    qt().withExamples(100)
        .forAll(lists().of(lists().of(numbers()).ofSize(2)).ofSizeBetween(1, 5000))
        .checkAssert(
            pairs -> {
              PackedPairs packed = new PackedPairs();
              for (List<Integer> pair : pairs) {
                packed.add(pair.get(0), pair.get(1));
              }
              assertThat(packed.size()).isEqualTo(pairs.size());
              for (int i = 0; i < pairs.size(); i++) {
                long expected = (long) pairs.get(i).get(0) << 32 | pairs.get(i).get(1);
                assertThat(packed.get(i)).as("pair %d", i).isEqualTo(expected);
              }
            });
  }

  @Test
  void smallNumbersTakeTheirBitsOnly() {
    PackedPairs packed = new PackedPairs();
    for (int i = 0; i < 4096; i++) {
      packed.add(i % 8, i % 4); // 3 + 2 bits
    }
    assertThat(packed.bytes()).isEqualTo(4096 * 5 / 8);
  }
}
