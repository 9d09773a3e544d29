package org.truce.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Reads the Markdown with a real CommonMark + GFM tables parser: user text must stay text. */
class CommonMarkTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

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
    Node doc = PARSER.parse(AgreementRenderer.markdown(Models.everyClause()));
    List<TableBlock> tables = all(doc, TableBlock.class);
    // Two holdings tables and three batch tables.
    assertThat(tables).hasSize(5);
    for (TableBlock table : tables) {
      List<TableRow> rows = all(table, TableRow.class);
      int columns = all(rows.get(0), TableCell.class).size();
      rows.forEach(row -> assertThat(all(row, TableCell.class)).hasSize(columns));
    }
  }

  private static void check(String text) {
    String md = AgreementRenderer.markdown(EscapingTest.carrying(text));
    Node doc = PARSER.parse(md);
    assertThat(all(doc, Link.class)).isEmpty();
    assertThat(all(doc, Image.class)).isEmpty();
    assertThat(all(doc, HtmlInline.class)).isEmpty();
    assertThat(all(doc, HtmlBlock.class)).isEmpty();
    Heading title = all(doc, Heading.class).get(0);
    assertThat(title.getLevel()).isEqualTo(1);
    String expected = text.strip();
    assertThat(textOf(title)).isEqualTo(expected);
    List<TableBlock> tables = all(doc, TableBlock.class);
    assertThat(tables).hasSize(1);
    List<TableCell> cells = all(tables.get(0), TableCell.class);
    assertThat(cells).hasSize(6);
    assertThat(textOf(cells.get(5))).isEqualTo(expected);
  }

  private static String textOf(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }
        });
    return out.toString();
  }

  private static <T extends Node> List<T> all(Node root, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(root, type, found);
    return found;
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, type, found);
    }
  }
}
