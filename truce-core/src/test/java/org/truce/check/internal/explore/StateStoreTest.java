package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The tree-compressed store numbers states exactly as a map from states to numbers in the order
 * first added would, reads every state back, and finds only what it holds; whatever the number of
 * longs a state has, across pages and table growth.
 */
class StateStoreTest {
  /** Longs from a small pool, so that states share leaves and recur, and some of any value. */
  private static Gen<Long> words() {
    return longs()
        .between(0, 40)
        .mix(longs().between(0, 40).map(v -> v << 40 | 7))
        .mix(longs().all(), 10);
  }

  @Test
  void numbersReadsAndFindsStatesAsAMapWould() {
    qt().withExamples(60)
        .forAll(
            integers().between(1, 5),
            integers().between(1, 64),
            lists().of(lists().of(words()).ofSize(5)).ofSizeBetween(1, 3000))
        .checkAssert(
            (words, bits, drawn) -> {
              StateStore store = new StateStore(words, bits);
              Map<List<Long>, Integer> model = new LinkedHashMap<>();
              for (List<Long> draw : drawn) {
                List<Long> state = draw.subList(0, words);
                Integer known = model.get(state);
                int added = store.add(toArray(state));
                if (known == null) {
                  assertThat(added).isEqualTo(model.size());
                  model.put(state, added);
                } else {
                  assertThat(added).isEqualTo(-known - 1);
                }
              }
              assertThat(store.size()).isEqualTo(model.size());
              long[] read = new long[words];
              for (Map.Entry<List<Long>, Integer> e : model.entrySet()) {
                store.get(e.getValue(), read);
                assertThat(read).isEqualTo(toArray(e.getKey()));
                assertThat(store.find(toArray(e.getKey()))).isEqualTo(e.getValue());
              }
              long[] absent = new long[words];
              Arrays.fill(absent, 41);
              assertThat(store.find(absent)).isEqualTo(-1);
            });
  }

  /**
   * The search's way (decision 0034): a batch of states is probed, the new ones appended in order
   * and then indexed; the numbers are add's, and every state is found afterwards, across table
   * growth (reserve) and whatever the probe said (a new part, or a new pair of known parts).
   */
  @Test
  void probedAppendedAndIndexedStatesAreNumberedAsAddedOnes() {
    qt().withExamples(60)
        .forAll(
            integers().between(1, 5),
            integers().between(1, 64),
            lists()
                .of(lists().of(lists().of(words()).ofSize(5)).ofSizeBetween(1, 200))
                .ofSizeBetween(1, 20))
        .checkAssert(
            (words, bits, batches) -> {
              StateStore store = new StateStore(words, bits);
              Map<List<Long>, Integer> model = new LinkedHashMap<>();
              for (List<List<Long>> batch : batches) {
                long[] probes = new long[batch.size()];
                for (int i = 0; i < batch.size(); i++) {
                  probes[i] = store.probe(toArray(batch.get(i).subList(0, words)), 0);
                }
                int first = store.reserve(batch.size());
                assertThat(first).isIn(0, store.size());
                store.index(first, store.size());
                int before = store.size();
                for (int i = 0; i < batch.size(); i++) {
                  List<Long> state = batch.get(i).subList(0, words);
                  Integer known = model.get(state);
                  if (probes[i] >= 0) {
                    assertThat(probes[i]).isEqualTo((long) known);
                  } else if (known == null) {
                    int number = store.append(toArray(state), 0, probes[i]);
                    assertThat(number).isEqualTo(model.size());
                    model.put(state, number);
                  }
                }
                store.index(before, store.size());
              }
              assertThat(store.size()).isEqualTo(model.size());
              for (Map.Entry<List<Long>, Integer> e : model.entrySet()) {
                assertThat(store.find(toArray(e.getKey()))).isEqualTo(e.getValue());
              }
            });
  }

  @Test
  void statesThatShareTheirHalvesTakeFewBytes() {
    StateStore store = new StateStore(2, 128);
    for (long day = 0; day < 300; day++) {
      for (long tally = 0; tally < 300; tally++) {
        store.add(new long[] {day * 0x9E3779B97F4A7C15L, tally << 50 | 12345});
      }
    }
    assertThat(store.size()).isEqualTo(90_000);
    // 2 x 9 bits of numbers, a table of 131,072 ints, two leaf tables of 300 longs each.
    assertThat((double) store.bytes() / store.size()).isBetween(7.0, 9.0);
  }

  private static long[] toArray(List<Long> state) {
    return state.stream().mapToLong(Long::longValue).toArray();
  }
}
