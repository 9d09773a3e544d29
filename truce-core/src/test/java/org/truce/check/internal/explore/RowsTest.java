package org.truce.check.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Rows read back what was written, across the ends of pages, whatever the size of the numbers. */
class RowsTest {
  /** Mostly small numbers, as in a graph, and some of every length up to the largest int. */
  private static Gen<Integer> numbers() {
    return integers()
        .between(0, 127)
        .mix(integers().between(128, 1 << 14))
        .mix(integers().between(0, Integer.MAX_VALUE));
  }

  @Test
  void everyRowReadsBackAsWritten() {
    qt().withExamples(300)
        .forAll(lists().of(lists().of(numbers()).ofSizeBetween(0, 40)).ofSizeBetween(1, 60))
        .checkAssert(
            rows -> {
              // Pages of 16 bytes: rows and numbers cross page ends; distances past 40 bytes from
              // the first row of a block of 64 are kept in ints: both kinds of blocks are read.
              Rows store = new Rows(4, 40);
              for (List<Integer> row : rows) {
                store.beginRow();
                row.forEach(store::put);
              }
              assertThat(store.rows()).isEqualTo(rows.size());
              Rows.Reader reader = store.new Reader();
              // Read in reverse order: any row can be read on its own.
              for (int r = rows.size() - 1; r >= 0; r--) {
                reader.at(r);
                List<Integer> read = new ArrayList<>();
                for (int k = 0; k < rows.get(r).size(); k++) {
                  read.add(reader.next());
                }
                assertThat(read).as("row %d", r).isEqualTo(rows.get(r));
              }
            });
  }

  @Test
  void smallNumbersTakeOneByteEach() {
    Rows store = new Rows();
    store.beginRow();
    for (int i = 0; i < 1000; i++) {
      store.put(i % 128);
    }
    store.put(128);
    assertThat(store.length()).isEqualTo(1002);
  }

  @Test
  void aNegativeNumberIsRefused() {
    Rows store = new Rows();
    store.beginRow();
    assertThatThrownBy(() -> store.put(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
