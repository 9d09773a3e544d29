package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.BundledDossier;
import org.truce.cli.testing.Transcript;

/**
 * Text from a journal that tries to become Markdown markup (a {@code javascript:} link, remote
 * images, HTML, a code span, a list item) stays text in every Markdown output: the readers and the
 * monitor's report escape it as the rendered agreement does. The golden transcripts show the
 * escaped text; the assertions say what must never appear.
 */
class MarkdownOutputsTest {
  @TempDir Path dossier;
  private BundledDossier bundled;

  @BeforeEach
  void importTheBundledAndTheHostileJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "pause-2023", "events-2023.journal");
    Transcript hostile =
        bundled.truce("log", "import", "src/test/resources/inputs/hostile-markdown.journal");
    assertThat(hostile.exit()).as(hostile.render()).isZero();
  }

  @Test
  void readersAndReportKeepJournalTextAsText() {
    List<String[]> commands =
        List.of(
            new String[] {"chronology", "--format", "md"},
            new String[] {"sources", "--format", "md"},
            new String[] {"tally", "--format", "md"},
            new String[] {"report", "--format", "md", "--at", "2023-12-01"});
    for (String[] command : commands) {
      Transcript t = bundled.truce(command);
      assertThat(t.exit()).as(t.render()).isIn(0, 1);
      assertThat(activeNodes(t.out())).as(String.join(" ", command)).isEmpty();
    }
    bundled.truce("chronology", "--format", "md").matches("markdown-hostile-chronology");
    bundled
        .truce("report", "--format", "md", "--at", "2023-12-01")
        .matches("markdown-hostile-report");
  }

  /**
   * What a CommonMark viewer would make of user text that acts: links, images, HTML, list items.
   * The report's charts are inline SVG, truce's own markup: only those HTML blocks are allowed.
   */
  private static List<String> activeNodes(String markdown) {
    List<String> found = new ArrayList<>();
    Parser.builder()
        .build()
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                found.add("link to " + link.getDestination());
              }

              @Override
              public void visit(Image image) {
                found.add("image from " + image.getDestination());
              }

              @Override
              public void visit(HtmlInline html) {
                found.add("inline HTML " + html.getLiteral());
              }

              @Override
              public void visit(HtmlBlock html) {
                if (!html.getLiteral().startsWith("<svg")) {
                  found.add("HTML block " + html.getLiteral());
                }
              }

              @Override
              public void visit(ListItem item) {
                found.add("list item");
              }
            });
    return found;
  }
}
