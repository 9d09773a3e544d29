package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelPrinter;
import org.truce.model.ModelResult;
import org.truce.model.PhaseClause;
import org.truce.model.SubQuota;
import org.truce.model.json.AgreementJson;
import org.truce.source.SourceText;

/** Sub-quotas read, printed, formatted and written to JSON (docs/language.md, "Deliveries"). */
class SubQuotaSyntaxTest {
  private static final String TEXT =
      """
      agreement "Aid"
      party israel "Israel"
      party egypt "Egypt"
      interest israel: hostilities paused
      interest egypt: hostilities paused
      phase one "Pause" lasts 42 days {
        hostilities paused
        israel allows 400 aid.truck per day, of which 40 aid.truck.fuel and 200 "to the north"
        egypt delivers 200 food.tonne by day 10, of which 50 food.tonne.flour, 20 food.tonne.rice
        egypt delivers 60 fuel.truck, 10 every 2 days
      }
      """;

  private static Agreement load(String text) {
    ModelResult result = ModelBuilder.load(new SourceText("test.truce", text));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result.agreement().orElseThrow();
  }

  private static List<List<SubQuota>> subQuotas(Agreement agreement) {
    return agreement.phases().getFirst().clauses().stream()
        .filter(PhaseClause.Delivery.class::isInstance)
        .map(c -> ((PhaseClause.Delivery) c).ofWhich())
        .toList();
  }

  @Test
  void readsCategoriesAndQualifiersJoinedByAndOrCommas() {
    assertThat(subQuotas(load(TEXT)))
        .containsExactly(
            List.of(
                new SubQuota(40, Optional.of(new Category("aid.truck.fuel")), Optional.empty()),
                new SubQuota(200, Optional.empty(), Optional.of("to the north"))),
            List.of(
                new SubQuota(50, Optional.of(new Category("food.tonne.flour")), Optional.empty()),
                new SubQuota(20, Optional.of(new Category("food.tonne.rice")), Optional.empty())),
            List.of());
  }

  @Test
  void printsFormatsAndWritesJsonThatReadBackTheSame() {
    Agreement agreement = load(TEXT);
    String printed = ModelPrinter.print(agreement);
    assertThat(printed)
        .contains(
            "israel allows 400 aid.truck per day, of which 40 aid.truck.fuel and 200 \"to the"
                + " north\"\n")
        .contains("of which 50 food.tonne.flour and 20 food.tonne.rice\n");
    assertThat(load(printed)).isEqualTo(agreement);
    String formatted = Formatter.format(Parser.parse(new SourceText("test.truce", TEXT)));
    assertThat(Formatter.format(Parser.parse(new SourceText("test.truce", formatted))))
        .isEqualTo(formatted);
    assertThat(load(formatted)).isEqualTo(agreement);
    String json = AgreementJson.write(agreement);
    assertThat(json).contains("\"ofWhich\"").contains("\"qualifier\"");
    assertThat(json.split("ofWhich", -1)).hasSize(3);
    assertThat(AgreementJson.read(json, "test.json").agreement()).contains(agreement);
  }

  @Test
  void aReleaseWithSubQuotasIsE189AndTheRestOfTheFileStillParses() {
    String text =
        TEXT.replace(
            "hostilities paused\n  israel",
            "hostilities paused\n  israel releases 3 prisoner, of which 2 prisoner.minor\n"
                + "  israel");
    ParseResult parsed = Parser.parse(new SourceText("test.truce", text));
    assertThat(parsed.diagnostics()).extracting(d -> d.code().id()).containsExactly("E189");
    assertThat(parsed.tree()).isPresent();
  }
}
