package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sets of a game's groups read back as written (sorted), in each of their three forms, and
 * between other numbers of a row, so that a set read or skipped leaves the reader where the next
 * value begins.
 */
class GroupCodecTest {
  @Test
  void everySetReadsBackSortedAndSkipsToTheNextValue() {
    qt().withExamples(400)
        .forAll(
            integers().between(1, 400),
            lists().of(lists().of(integers().between(0, 399)).ofSizeBetween(1, 400)).ofSize(3))
        .checkAssert(
            (n, drawn) -> {
              List<int[]> sets = new ArrayList<>();
              for (List<Integer> d : drawn) {
                // Distinct places below n, in the order drawn (not sorted, as a search writes).
                List<Integer> places =
                    new ArrayList<>(d.stream().map(p -> p % n).distinct().toList());
                Collections.shuffle(places);
                sets.add(places.stream().mapToInt(Integer::intValue).toArray());
              }
              sets.add(IntStream.range(0, n).toArray()); // the whole row
              Rows rows = new Rows(4);
              rows.beginRow();
              for (int[] set : sets) {
                GroupCodec.write(set.clone(), 0, set.length, n, rows::put);
                rows.put(12345); // a marker: where the next value of the row begins
              }
              Rows.Reader reader = rows.new Reader().at(0);
              Rows.Reader skipper = rows.new Reader().at(0);
              for (int[] set : sets) {
                int code = reader.next();
                int[] read = new int[GroupCodec.size(code, n)];
                GroupCodec.read(code, n, reader, read, 0);
                int[] expected = IntStream.of(set).sorted().toArray();
                assertThat(read).containsExactly(expected);
                assertThat(reader.next()).isEqualTo(12345);
                GroupCodec.skip(skipper.next(), n, skipper);
                assertThat(skipper.next()).isEqualTo(12345);
              }
            });
  }

  @Test
  void eachFormIsChosenWhereItIsSmallest() {
    assertThat(bytes(new int[] {0, 1, 2, 3}, 4)).as("the whole row: its code alone").isEqualTo(1);
    assertThat(bytes(new int[] {90, 3}, 200)).as("two places: code and two gaps").isEqualTo(3);
    int[] half = IntStream.range(0, 100).map(i -> 2 * i).toArray();
    // 100 of 200 places: gaps would take 100 bytes, a bit set 29 (200 bits, 7 a byte), after a
    // code of two bytes (201).
    assertThat(bytes(half, 200)).as("half the row: a bit set").isEqualTo(2 + 29);
  }

  private static long bytes(int[] set, int n) {
    Rows rows = new Rows();
    rows.beginRow();
    GroupCodec.write(set, 0, set.length, n, rows::put);
    return rows.length();
  }
}
