package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelPrinter;
import org.truce.model.ModelResult;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.model.json.AgreementJson;
import org.truce.render.Phrases;
import org.truce.source.SourceText;

/**
 * `by day N of the agreement` read, printed, written to JSON and phrased: beside `by day N`, which
 * keeps counting days of the phase.
 */
class AgreementDaySyntaxTest {
  private static final String TEXT =
      """
      agreement "Cessation of hostilities"
      party israel "Israel"
      party lebanon "Lebanon"
      interest israel: hostilities paused
      interest lebanon: hostilities paused
      phase one "Withdrawal" lasts 60 days {
        hostilities paused
        israel withdraws from "the south" by day 60 of the agreement
        israel withdraws from "the coast" by day 20
        lebanon undertakes "deploy the army" by day 30 of the agreement
      }
      """;

  private static Agreement load(String text) {
    ModelResult result = ModelBuilder.load(new SourceText("test.truce", text));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result.agreement().orElseThrow();
  }

  @Test
  void readsDaysOfTheAgreementBesideDaysOfThePhase() {
    var clauses = load(TEXT).phases().getFirst().clauses();
    assertThat(clauses)
        .filteredOn(PhaseClause.Withdrawal.class::isInstance)
        .map(c -> ((PhaseClause.Withdrawal) c).deadline())
        .containsExactly(new Schedule.ByAgreementDay(60), new Schedule.ByDay(20));
    assertThat(clauses)
        .filteredOn(PhaseClause.Undertaking.class::isInstance)
        .map(c -> ((PhaseClause.Undertaking) c).deadline().orElseThrow())
        .containsExactly(new Schedule.ByAgreementDay(30));
  }

  @Test
  void printsAndWritesJsonThatReadBackTheSame() {
    Agreement agreement = load(TEXT);
    String printed = ModelPrinter.print(agreement);
    assertThat(printed)
        .contains("israel withdraws from \"the south\" by day 60 of the agreement")
        .contains("israel withdraws from \"the coast\" by day 20\n");
    assertThat(load(printed)).isEqualTo(agreement);
    String json = AgreementJson.write(agreement);
    assertThat(json).contains("\"by-agreement-day\"");
    assertThat(AgreementJson.read(json, "test.json").agreement()).contains(agreement);
  }

  @Test
  void theFormatterKeepsTheWordsAndIsStable() {
    String formatted = Formatter.format(Parser.parse(new SourceText("test.truce", TEXT)));
    assertThat(formatted).contains("by day 60 of the agreement").contains("by day 20\n");
    assertThat(Formatter.format(Parser.parse(new SourceText("test.truce", formatted))))
        .isEqualTo(formatted);
    assertThat(load(formatted)).isEqualTo(load(TEXT));
  }

  @Test
  void phrasesSayWhichDaysAreCounted() {
    assertThat(Phrases.schedule(new Schedule.ByAgreementDay(60)))
        .isEqualTo("by day 60 of the agreement");
    assertThat(Phrases.schedule(new Schedule.ByDay(60))).isEqualTo("by day 60 of the phase");
  }
}
