package org.truce.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.model.Agreement;
import org.truce.render.AgreementRenderer.Format;
import org.truce.testing.Golden;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AgreementRendererTest {
  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of("framework", Models.framework()),
        Arguments.of("every-clause", Models.everyClause()));
  }

  @ParameterizedTest(name = "{0}.md")
  @MethodSource("models")
  void markdownMatchesGolden(String name, Agreement agreement) {
    Golden.assertMatches(golden(name + ".md"), AgreementRenderer.markdown(agreement));
  }

  @ParameterizedTest(name = "{0}.html")
  @MethodSource("models")
  void htmlMatchesGolden(String name, Agreement agreement) {
    Golden.assertMatches(golden(name + ".html"), AgreementRenderer.html(agreement));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void htmlIsWellFormedWithLanguageAndTableHeaders(String name, Agreement agreement) {
    Document page = Html.parse(AgreementRenderer.html(agreement));
    Element root = page.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("html");
    assertThat(root.getAttribute("lang")).isEqualTo("en");
    assertThat(page.getElementsByTagName("style").getLength()).isEqualTo(1);
    assertThat(page.getElementsByTagName("link").getLength()).isZero();
    assertThat(page.getElementsByTagName("script").getLength()).isZero();
    NodeList tables = page.getElementsByTagName("table");
    assertThat(tables.getLength()).isPositive();
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      assertThat(table.getElementsByTagName("thead").getLength()).isEqualTo(1);
      assertThat(table.getElementsByTagName("th").getLength()).isPositive();
    }
  }

  /** Each instrument is a part of its own after the articles, with its clauses and its rank. */
  @Test
  void instrumentsArePartsAfterTheArticles() {
    String text;
    try {
      text = java.nio.file.Files.readString(golden("instruments.truce"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Agreement agreement =
        org.truce.model.ModelBuilder.load(
                new org.truce.source.SourceText("instruments.truce", text))
            .agreement()
            .orElseThrow();
    String markdown = AgreementRenderer.markdown(agreement);
    Golden.assertMatches(golden("instruments.md"), markdown);
    String html = AgreementRenderer.html(agreement);
    Golden.assertMatches(golden("instruments.html"), html);
    Html.parse(html);
    int letter = html.indexOf("<section class=\"instrument\" id=\"instrument-letter\">");
    assertThat(letter).isPositive();
    assertThat(html.indexOf("id=\"clause-L.1\"")).isGreaterThan(letter);
    assertThat(html.indexOf("id=\"clause-3\"")).isLessThan(letter);
    // The agreement's own assurance stays in its article; the letter's right is not among them.
    assertThat(markdown)
        .contains("## Article 3. Assurances\n\n**3.1** [3]", "**letter.1** [L.1]")
        .doesNotContain("Rights");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void markdownTablesKeepTheirColumns(String name, Agreement agreement) {
    MarkdownTables.assertWellFormed(AgreementRenderer.markdown(agreement));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void renderingIsDeterministic(String name, Agreement agreement) {
    for (Format format : Format.values()) {
      assertThat(AgreementRenderer.render(agreement, Optional.empty(), format))
          .isEqualTo(AgreementRenderer.render(agreement, Optional.empty(), format));
    }
  }

  @Test
  void paragraphsCarryClauseIdAndLabel() {
    String md = AgreementRenderer.markdown(Models.framework());
    assertThat(md)
        .contains(
            "**3.3** [civilians] *Release of civilian hostages.* hamas releases 33"
                + " hostage.living.civilian, 3 every 3 days from day 1 of the phase.");
    assertThat(md)
        .contains(
            "[4.1] *Resumption.* israel may resume hostilities when phase `one` has ended and the"
                + " talks on phase `two` have not been agreed (as judged by israel).");
    String html = AgreementRenderer.html(Models.framework());
    assertThat(html).contains("id=\"clause-civilians\"");
  }

  @Test
  void batchTableCountsCumulativeTotalsAndTheExchangeInReturn() {
    String md = AgreementRenderer.markdown(Models.framework());
    assertThat(md)
        .contains(
            "| Day of phase | hostage.living.civilian released | Total |"
                + " prisoner.general released by israel | Total |")
        .contains("| 1 | 3 | 3 | 90 | 90 |")
        .contains("| 31 | 3 | 33 | 90 | 990 |");
  }

  @Test
  void longSchedulesAreShortenedAroundAnEllipsisRow() {
    String md = AgreementRenderer.markdown(Models.everyClause());
    // 4000 prisoners, 30 a day from day 2: 134 batches, the last of 10 on day 135.
    assertThat(md)
        .contains("| 13 | 30 | 360 |")
        .contains("| ... | ... | ... |")
        .contains("| 135 | 10 | 4000 |")
        .doesNotContain("| 14 | 30 | 390 |");
    assertThat(md)
        .contains("*The last batch falls on day 135 of the phase; the phase lasts 4 days.*");
  }

  private static Path golden(String file) {
    return Golden.resources().resolve("render").resolve(file);
  }

  static List<String> lines(String text) {
    return text.lines().toList();
  }
}
