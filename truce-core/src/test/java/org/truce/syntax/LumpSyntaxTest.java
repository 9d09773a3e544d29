package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.source.SourceText;

/** `R C for the G U [released [by P]] [within N days]` (docs/language.md, lump releases). */
class LumpSyntaxTest {
  private static ParseResult parse(String line) {
    String text = "agreement \"T\"\nphase one lasts 4 weeks {\n  " + line + "\n}\n";
    return Parser.parse(new SourceText("lump.truce", text));
  }

  private static Clause.Exchange exchange(ParseResult result) {
    assertThat(result.diagnostics()).isEmpty();
    return (Clause.Exchange)
        result.tree().orElseThrow().items().stream()
            .map(Item::clause)
            .filter(Clause.Phase.class::isInstance)
            .map(Clause.Phase.class::cast)
            .findFirst()
            .orElseThrow()
            .body()
            .getFirst()
            .clause();
  }

  @Test
  void aLumpCarriesItsGroupAndItsReleaser() {
    Clause.Exchange x =
        exchange(
            parse(
                "israel releases 120 prisoner for the 15 hostage.living.civilian released by hamas"
                    + " within 2 days"));
    assertThat(x.lump()).isTrue();
    assertThat(x.perUnit()).isEqualTo(120);
    assertThat(x.group()).isEqualTo(Optional.of(15L));
    assertThat(x.unitCategory().path()).isEqualTo("hostage.living.civilian");
    assertThat(x.unitReleasedBy().map(Name::text)).isEqualTo(Optional.of("hamas"));
    assertThat(x.within()).isPresent();
  }

  @Test
  void releasedMayBeLeftOutWithoutAParty() {
    Clause.Exchange x = exchange(parse("israel releases 120 prisoner for the 15 hostage.living"));
    assertThat(x.group()).isEqualTo(Optional.of(15L));
    assertThat(x.unitReleasedBy()).isEmpty();
  }

  @Test
  void theFormatterWritesItBackAsItParses() {
    for (String line :
        new String[] {
          "israel releases 120 prisoner for the 15 hostage.living.civilian released by hamas"
              + " within 2 days",
          "israel releases 120 prisoner for the 15 hostage.living.civilian"
        }) {
      ParseResult result = parse(line);
      assertThat(result.diagnostics()).isEmpty();
      assertThat(Formatter.format(result)).contains(line);
    }
  }

  @Test
  void aRatioIsStillARatio() {
    Clause.Exchange x = exchange(parse("israel releases 3 prisoner per hostage released"));
    assertThat(x.lump()).isFalse();
  }
}
