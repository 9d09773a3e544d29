package org.truce.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.truce.render.Fixtures.actor;
import static org.truce.render.Fixtures.entry;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Holdings;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.Role;
import org.w3c.dom.Document;

class EscapingTest {
  static final String HOSTILE =
      "<script>alert('x')</script> | *bold* _em_ [link](http://x) # & ~~s~~ \\ `tick` \"q\"";

  /** A model that puts {@code text} everywhere the user writes free text. */
  static Agreement carrying(String text) {
    Phase phase =
        new Phase(
            new ClauseRef(Optional.of("p"), Optional.of(text)),
            "one",
            Optional.of(text),
            Optional.of(4L),
            new Phase.Entry.OnDay(1),
            Optional.empty(),
            List.of(
                new PhaseClause.Undertaking(
                    new ClauseRef(Optional.of("u"), Optional.of(text)),
                    "a",
                    text,
                    Optional.empty()),
                new PhaseClause.Withdrawal(
                    ClauseRef.NONE, "a", text, new org.truce.model.Schedule.ByDay(2))));
    return new Agreement(
        new org.truce.model.Metadata(
            text,
            Optional.of(text),
            Optional.empty(),
            Optional.of("a"),
            List.of(),
            Optional.of(text),
            Optional.empty(),
            Optional.empty()),
        List.of(actor("a", text, Role.PARTY)),
        List.of(new Holdings(ClauseRef.NONE, "a", List.of(entry("hostage", Bound.ABOUT, 3, text)))),
        List.of(),
        List.of(phase),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  @Test
  void htmlEscapesEveryUserText() {
    String html = AgreementRenderer.html(carrying(HOSTILE));
    assertThat(html).doesNotContainIgnoringCase("<script").contains("&lt;script&gt;");
    Document page = Html.parse(html);
    assertThat(page.getElementsByTagName("script").getLength()).isZero();
    assertThat(page.getElementsByTagName("a").getLength()).isZero();
    assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo(HOSTILE);
    assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(HOSTILE);
    assertThat(page.getElementsByTagName("td").item(2).getTextContent()).isEqualTo(HOSTILE);
  }

  @Test
  void markdownEscapesTitlesAndTableCells() {
    String md = AgreementRenderer.markdown(carrying(HOSTILE));
    assertThat(md.lines().findFirst().orElseThrow())
        .isEqualTo(
            "# \\<script\\>alert('x')\\</script\\> \\| \\*bold\\* \\_em\\_ \\[link\\](http://x) \\#"
                + " \\& \\~\\~s\\~\\~ \\\\ \\`tick\\` \"q\"");
    assertThat(md).doesNotContain("<script>").doesNotContain("*bold*");
    MarkdownTables.assertWellFormed(md);
    assertThat(md)
        .contains("| hostage | about 3 | \\<script\\>alert('x')\\</script\\> \\| \\*bold\\*");
  }

  @Test
  void lineBreaksInUserTextCannotEndAParagraphOrARow() {
    String md = AgreementRenderer.markdown(carrying("two\nlines | and\r\n# a heading"));
    assertThat(md).doesNotContain("\n# a heading").contains("two lines \\| and  \\# a heading");
    MarkdownTables.assertWellFormed(md);
  }

  @Test
  void anyTextGivesWellFormedHtmlThatShowsItVerbatim() {
    qt().withExamples(200)
        .forAll(strings().allPossible().ofLengthBetween(0, 24))
        .checkAssert(
            text -> {
              Document page = Html.parse(AgreementRenderer.html(carrying(text)));
              assertThat(page.getElementsByTagName("h1").item(0).getTextContent())
                  .isEqualTo(asXmlReadsIt(text));
            });
  }

  @Test
  void anyTextKeepsMarkdownTablesAndTitleIntact() {
    qt().withExamples(300)
        .forAll(strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 30))
        .checkAssert(
            text -> {
              String md = AgreementRenderer.markdown(carrying(text));
              MarkdownTables.assertWellFormed(md);
              assertThat(md).startsWith("# ").contains("\n\n- **Version:** ");
              assertThat(md.lines().filter(l -> l.startsWith("# ")).count()).isEqualTo(1);
              assertThat(md.lines().filter(l -> l.startsWith("## ")).count()).isEqualTo(3);
            });
  }

  /** What an XML parser reports for text: forbidden characters replaced, line ends as \n. */
  private static String asXmlReadsIt(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              boolean allowed =
                  cp == 0x9
                      || cp == 0xA
                      || cp == 0xD
                      || (cp >= 0x20 && cp <= 0xD7FF)
                      || (cp >= 0xE000 && cp <= 0xFFFD)
                      || cp >= 0x10000;
              out.appendCodePoint(allowed ? cp : 0xFFFD);
            });
    return out.toString().replace("\r\n", "\n").replace('\r', '\n');
  }
}
