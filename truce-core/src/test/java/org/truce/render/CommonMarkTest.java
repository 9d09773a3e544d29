package org.truce.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.truce.testing.CommonMark;

/** Reads the Markdown with a real CommonMark + GFM tables parser: user text must stay text. */
class CommonMarkTest {
  @Test
  void hostileTextStaysText() {
    check(EscapingTest.HOSTILE);
  }

  @Test
  void anyTextStaysText() {
    qt().withExamples(300)
        .forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(1, 30))
        .checkAssert(CommonMarkTest::check);
  }

  @Test
  void everyTableOfTheGoldenModelsParsesAsATable() {
    Node doc = CommonMark.parse(AgreementRenderer.markdown(Models.everyClause()));
    List<TableBlock> tables = CommonMark.all(doc, TableBlock.class);
    // Two holdings tables and three batch tables.
    assertThat(tables).hasSize(5);
    for (TableBlock table : tables) {
      List<TableRow> rows = CommonMark.all(table, TableRow.class);
      int columns = CommonMark.all(rows.get(0), TableCell.class).size();
      rows.forEach(row -> assertThat(CommonMark.all(row, TableCell.class)).hasSize(columns));
    }
  }

  private static void check(String text) {
    String md = AgreementRenderer.markdown(EscapingTest.carrying(text));
    Node doc = CommonMark.parse(md);
    assertThat(CommonMark.activeNodes(doc)).isEmpty();
    Heading title = CommonMark.all(doc, Heading.class).get(0);
    assertThat(title.getLevel()).isEqualTo(1);
    String expected = text.strip();
    assertThat(CommonMark.textOf(title)).isEqualTo(expected);
    List<TableBlock> tables = CommonMark.all(doc, TableBlock.class);
    assertThat(tables).hasSize(1);
    List<TableCell> cells = CommonMark.all(tables.get(0), TableCell.class);
    assertThat(cells).hasSize(6);
    assertThat(CommonMark.textOf(cells.get(5))).isEqualTo(expected);
  }
}
