package org.truce.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;
import org.truce.testing.CommonMark;

/**
 * The readers' and the monitor's tables carry text from journals (sources, quotes, notes): in
 * Markdown it must stay text, read by a real CommonMark parser; in HTML it must stay out of the
 * markup.
 */
class TableFormatMarkupTest {
  static final List<String> HOSTILE =
      List.of(
          "[click](javascript:alert(1))",
          "![pixel](https://tracker.example/p.png)",
          "<img src=x onerror=alert(1)>",
          "<https://example.org>",
          "`code` and ``more``",
          "- a list item",
          "1. a numbered item",
          "---",
          "# a heading",
          "> a quote",
          "&amp; an entity",
          "*bold* _em_ ~~struck~~ | pipe \\ backslash");

  private static Table carrying(String text) {
    return new Table(
        text,
        List.of(Table.column("a", text), Table.column("b", "second")),
        List.of(List.of(text, "x"), List.of("y", text)),
        List.of(text));
  }

  @Test
  void hostileTextStaysTextInMarkdown() {
    HOSTILE.forEach(TableFormatMarkupTest::checkMarkdown);
  }

  @Test
  void anyPrintableTextStaysTextInMarkdown() {
    qt().withExamples(500)
        .forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(1, 30))
        .assuming(text -> !text.isBlank())
        .checkAssert(TableFormatMarkupTest::checkMarkdown);
  }

  @Test
  void hostileTextStaysOutOfTheHtml() {
    for (String text : HOSTILE) {
      String html = TableFormat.HTML.write(carrying(text));
      assertThat(html).doesNotContain("<img").doesNotContain("<https").doesNotContain("<a ");
    }
    assertThat(TableFormat.HTML.write(carrying("it's \"quoted\" \u0007")))
        .contains("it&#39;s &quot;quoted&quot; \uFFFD");
  }

  private static void checkMarkdown(String text) {
    Node doc = CommonMark.parse(TableFormat.MARKDOWN.write(carrying(text)));
    assertThat(CommonMark.activeNodes(doc)).as(text).isEmpty();
    String expected = text.strip();
    List<Heading> headings = CommonMark.all(doc, Heading.class);
    assertThat(headings).as(text).hasSize(1);
    assertThat(CommonMark.textOf(headings.get(0))).isEqualTo(expected);
    List<TableBlock> tables = CommonMark.all(doc, TableBlock.class);
    assertThat(tables).as(text).hasSize(1);
    List<TableRow> rows = CommonMark.all(tables.get(0), TableRow.class);
    assertThat(rows).hasSize(3);
    List<TableCell> cells = CommonMark.all(tables.get(0), TableCell.class);
    assertThat(cells).hasSize(6);
    assertThat(CommonMark.textOf(cells.get(0))).isEqualTo(expected);
    assertThat(CommonMark.textOf(cells.get(2))).isEqualTo(expected);
    assertThat(CommonMark.textOf(cells.get(5))).isEqualTo(expected);
    List<Paragraph> notes = CommonMark.all(doc, Paragraph.class);
    assertThat(notes).as(text).hasSize(1);
    assertThat(CommonMark.textOf(notes.get(0))).isEqualTo(expected);
  }
}
