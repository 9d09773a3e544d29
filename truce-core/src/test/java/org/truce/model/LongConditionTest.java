package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.source.SourceText;
import org.truce.syntax.Formatter;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;

/**
 * A long {@code and}/{@code or} chain builds a deep tree: past the limit it is one syntax error
 * (E122), never a stack overflow in the type checker or the formatter.
 */
class LongConditionTest {
  private static final String WORLD =
      """
      agreement "T"
      party israel "Israel"
      party hamas "Hamas"
      interest israel: hostilities paused
      interest hamas: hostilities paused
      phase one lasts 4 days {
        hostilities paused
      }
      """;

  private static String chain(String joiner, int parts) {
    return WORLD + "require always " + String.join(" " + joiner + " ", repeat(parts)) + "\n";
  }

  private static java.util.List<String> repeat(int parts) {
    return java.util.Collections.nCopies(parts, "true");
  }

  private static SourceText source(String text) {
    return new SourceText("long.truce", text);
  }

  @Test
  void thousandsOfPartsGiveOneDiagnosticAndNoException() {
    for (int parts : new int[] {3_000, 100_000}) {
      for (String joiner : new String[] {"and", "or"}) {
        ModelResult result = ModelBuilder.load(source(chain(joiner, parts)));
        assertThat(result.diagnostics()).extracting(d -> d.code().id()).containsExactly("E122");
        assertThat(result.diagnostics().getFirst().message())
            .isEqualTo("this condition joins more than 64 parts with `and` or `or`");
      }
    }
  }

  @Test
  void bracketsAroundAChainCountTowardsTheSameLimit() {
    String nested =
        WORLD
            + "require always "
            + "(".repeat(40)
            + String.join(" and ", repeat(40))
            + ")".repeat(40);
    assertThat(ModelBuilder.load(source(nested)).diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("E122");
  }

  @Test
  void aSixtyPartChainTypeChecksAndFormats() {
    String text =
        chain("and", 30).replace("true\n", "true or " + String.join(" or ", repeat(30)) + "\n");
    ParseResult parsed = Parser.parse(source(text));
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(ModelBuilder.build(parsed).diagnostics()).isEmpty();
    String formatted = Formatter.format(parsed);
    assertThat(formatted).contains("(" + String.join(" and ", repeat(30)) + ") or true");
    assertThat(Parser.parse(source(formatted)).diagnostics()).isEmpty();
    ParseResult sixtyFour = Parser.parse(source(chain("or", 64)));
    assertThat(sixtyFour.diagnostics()).isEmpty();
    assertThat(ModelBuilder.build(sixtyFour).diagnostics()).isEmpty();
    assertThat(Parser.parse(source(chain("or", 65))).diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("E122");
  }
}
