package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.syntax.Snippets.HEADER;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.truce.source.SourceText;

/** Inputs built to exhaust the stack or take quadratic time are handled at once. */
class LargeInputTest {
  private static ParseResult parse(String text) {
    return Parser.parse(new SourceText("big.truce", text));
  }

  @Test
  void tenThousandOpenParenthesesGiveOneNestingError() {
    ParseResult result = parse(HEADER + "require always " + "(".repeat(10_000));
    assertThat(result.diagnostics()).extracting(d -> d.code().id()).containsExactly("E115");
    assertThat(parse("(".repeat(10_000)).diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("E111");
  }

  @Test
  void tenThousandNestedConditionsAndNots() {
    String nested = "(".repeat(10_000) + "true" + ")".repeat(10_000);
    assertThat(parse(HEADER + "interest a: " + nested).diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("E115");
    assertThat(parse(HEADER + "interest a: " + "not ".repeat(10_000) + "true").diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("E115");
  }

  @Test
  void tenThousandNestedPhases() {
    String text =
        HEADER
            + "phase p lasts 1 day {\n".repeat(10_000)
            + "hostilities paused\n"
            + "}\n".repeat(10_000);
    assertThat(parse(text).diagnostics()).extracting(d -> d.code().id()).containsExactly("E121");
    String unclosed = HEADER + "phase p lasts 1 day {\n".repeat(10_000);
    assertThat(parse(unclosed).diagnostics()).extracting(d -> d.code().id()).contains("E121");
  }

  @Test
  void aFiveMegabyteAgreementParses() throws Exception {
    String valid = Files.readString(Path.of("src/test/resources/syntax/framework-2024.truce"));
    String body = valid.substring(valid.indexOf("party israel"));
    StringBuilder text = new StringBuilder(valid);
    int copies = 0;
    while (text.length() < 5 * 1024 * 1024) {
      text.append(body);
      copies++;
    }
    ParseResult result = parse(text.toString());
    assertThat(result.diagnostics()).isEmpty();
    int perCopy = parse(valid).tree().orElseThrow().items().size();
    assertThat(result.tree().orElseThrow().items()).hasSize(perCopy * (copies + 1));
  }

  @Test
  void eightMegabytesOfErrorsStopAtTheLimit() {
    ParseResult result = parse(HEADER + "party 1 \"x\"\n".repeat(700_000));
    assertThat(result.diagnostics()).hasSize(101);
    assertThat(result.diagnostics().get(100).code().id()).isEqualTo("E119");
  }
}
