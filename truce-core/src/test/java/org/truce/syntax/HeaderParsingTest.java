package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.syntax.Snippets.codes;
import static org.truce.syntax.Snippets.name;
import static org.truce.syntax.Snippets.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.truce.source.Span;

class HeaderParsingTest {
  @Test
  void everyHeaderField() {
    ParseResult result =
        Snippets.parse(
            "agreement \"Pause\" version \"v2\" dated 2023-11-22 previous \"v1\"\n"
                + "tabled by israel via qatar, egypt starts 2023-11-24 07:00\n");
    assertThat(result.diagnostics()).isEmpty();
    Header header = SyntaxTrees.stripSpans(result.tree().orElseThrow().header());
    assertThat(header)
        .isEqualTo(
            new Header(
                text("Pause"),
                List.of(
                    new HeaderField.Version(text("v2"), Span.NONE),
                    new HeaderField.Dated("2023-11-22", Span.NONE),
                    new HeaderField.Previous(text("v1"), Span.NONE),
                    new HeaderField.TabledBy(
                        name("israel"), List.of(name("qatar"), name("egypt")), Span.NONE),
                    new HeaderField.Starts("2023-11-24", Optional.of("07:00"), Span.NONE)),
                Span.NONE));
  }

  @Test
  void headerAloneIsAnEmptyAgreement() {
    ParseResult result = Snippets.parse("agreement \"T\"");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.tree().orElseThrow().items()).isEmpty();
    assertThat(result.tree().orElseThrow().span()).isEqualTo(new Span(0, 13));
  }

  @Test
  void startsWithoutTime() {
    ParseResult result = Snippets.parse("agreement \"T\" starts 2024-01-15");
    assertThat(result.tree().orElseThrow().header().fields())
        .containsExactly(new HeaderField.Starts("2024-01-15", Optional.empty(), new Span(14, 17)));
  }

  @Test
  void duplicateFieldIsReportedAndTheFirstKept() {
    ParseResult result = Snippets.parse("agreement \"T\" version \"a\" version \"b\"");
    assertThat(result.diagnostics()).extracting(d -> d.code().id()).containsExactly("E116");
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("the agreement's `version` is given twice");
    assertThat(result.diagnostics().get(0).span()).isEqualTo(new Span(26, 11));
    assertThat(result.tree().orElseThrow().header().fields()).hasSize(1);
  }

  @Test
  void missingHeaderGivesNoTreeButStillReportsLaterErrors() {
    ParseResult result = Snippets.parse("party a \"A\"\nphase one lasts 3 dayz {}\n");
    assertThat(result.tree()).isEmpty();
    assertThat(result.diagnostics()).extracting(d -> d.code().id()).containsExactly("E111", "E110");
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo(
            "an agreement file must start with `agreement \"Title\"`, but it starts with the word `party`");
  }

  @Test
  void missingTitleGivesNoTree() {
    ParseResult result = Snippets.parse("agreement version \"x\"\nparty a \"A\"");
    assertThat(result.tree()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(d -> d.message())
        .containsExactly("expected the agreement's title in quotes, but found the word `version`");
  }

  @Test
  void badFieldDoesNotHideTheNextOne() {
    assertThat(codes("agreement \"T\" dated 2024 version \"a\" version \"b\""))
        .containsExactly("E110", "E116");
  }

  @Test
  void blankTextIsEmpty() {
    for (String blank : new String[] {"", "  \n\t\r\n"}) {
      ParseResult result = Snippets.parse(blank);
      assertThat(result.tree()).isEmpty();
      assertThat(result.diagnostics()).extracting(d -> d.code().id()).containsExactly("E007");
    }
  }

  @Test
  void reservedWordsAreExactlyTheLiteralWordsOfTheGrammar() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "language.md"));
    int start = doc.indexOf("```ebnf");
    String grammar = doc.substring(start, doc.indexOf("```", start + 3));
    Set<String> literalWords = new LinkedHashSet<>();
    Matcher m = Pattern.compile("\"([a-z]+)\"").matcher(grammar);
    while (m.find()) {
      literalWords.add(m.group(1));
    }
    assertThat(Parser.reservedWords()).containsExactlyInAnyOrderElementsOf(literalWords);
  }

  @Test
  void reservedWordsArePublishedInGrammarOrder() {
    assertThat(Parser.reservedWords()).startsWith("agreement", "version", "dated");
    assertThat(Parser.reservedWords()).contains("judged", "hostilities", "remaining");
    assertThat(Parser.reservedWords()).doesNotContain("hamas", "remains", "one");
  }
}
