package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.AgreementClock;
import org.truce.model.CalendarMoment;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelPrinter;
import org.truce.model.ModelResult;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.model.json.AgreementJson;
import org.truce.render.Phrases;
import org.truce.source.SourceText;

/**
 * Hours, calendar dates and zones (docs/semantics.md, "Hours, dates and zones"), on the figures of
 * the 2024 Lebanon cessation of hostilities: in force 2024-11-27 04:00 in Beirut (UTC+2), the 60
 * days end 2025-01-26 04:00, the extended withdrawal period ends on 2025-02-18 (no hour given).
 */
class CalendarDeadlineSyntaxTest {
  static final String TEXT =
      """
      agreement "Cessation of hostilities"
        starts 2024-11-27 04:00
        zone "Asia/Beirut"
      party israel "Israel"
      party lebanon "Lebanon"
      interest israel: hostilities paused
      interest lebanon: hostilities paused
      phase one "Withdrawal" lasts 90 days {
        hostilities paused
        israel withdraws from "the south" by 2025-01-26 04:00
        israel withdraws from "the villages" by 2025-02-18
        israel withdraws from "the coast" by 2025-01-27
        lebanon undertakes "deploy the army" by day 50 of the agreement
      }
      """;

  private static ModelResult result(String text) {
    return ModelBuilder.load(new SourceText("test.truce", text));
  }

  private static Agreement load(String text) {
    ModelResult result = result(text);
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result.agreement().orElseThrow();
  }

  private static java.util.List<String> codes(String text) {
    return result(text).diagnostics().stream().map(d -> d.code().id()).toList();
  }

  @Test
  void aCalendarDeadlineIsDueByTheDayInWhichItFalls() {
    Agreement agreement = load(TEXT);
    assertThat(agreement.metadata().zone()).contains(ZoneId.of("Asia/Beirut"));
    assertThat(agreement.phases().getFirst().clauses())
        .filteredOn(PhaseClause.Withdrawal.class::isInstance)
        .map(c -> ((PhaseClause.Withdrawal) c).deadline())
        .containsExactly(
            // exactly 60 x 24 hours after entry: the end of day 60
            new Schedule.ByAgreementDay(
                60,
                Optional.of(
                    new CalendarMoment(
                        LocalDate.of(2025, 1, 26), Optional.of(LocalTime.of(4, 0))))),
            // the end of 18 February (19 February 00:00) falls in day 84, which ends 19 Feb 04:00
            new Schedule.ByAgreementDay(
                84, Optional.of(new CalendarMoment(LocalDate.of(2025, 2, 18), Optional.empty()))),
            // "27 January" read as a date: its end (28 January 00:00) falls in day 62
            new Schedule.ByAgreementDay(
                62, Optional.of(new CalendarMoment(LocalDate.of(2025, 1, 27), Optional.empty()))));
  }

  @Test
  void theClockCountsTwentyFourHourDaysFromEntryInTheZone() {
    AgreementClock clock = AgreementClock.of(load(TEXT).metadata()).orElseThrow();
    assertThat(clock.end(60).toString()).isEqualTo("2025-01-26T04:00+02:00[Asia/Beirut]");
    assertThat(clock.start(1).toOffsetDateTime().toString()).isEqualTo("2024-11-27T04:00+02:00");
    // Beirut moves to summer time on 30 March 2025: days stay 24 hours, the local hour moves
    assertThat(clock.end(124).toLocalDateTime().toString()).isEqualTo("2025-03-31T05:00");
  }

  @Test
  void printsFormatsAndWritesJsonThatReadBackTheSame() {
    Agreement agreement = load(TEXT);
    String printed = ModelPrinter.print(agreement);
    assertThat(printed)
        .contains("zone \"Asia/Beirut\"")
        .contains("by 2025-01-26 04:00\n")
        .contains("by 2025-02-18\n");
    assertThat(load(printed)).isEqualTo(agreement);
    String json = AgreementJson.write(agreement);
    assertThat(json).contains("\"Asia/Beirut\"").contains("\"2025-02-18\"");
    assertThat(AgreementJson.read(json, "test.json").agreement()).contains(agreement);
    String formatted = Formatter.format(Parser.parse(new SourceText("test.truce", TEXT)));
    assertThat(formatted).contains("  zone \"Asia/Beirut\"\n").contains("by 2025-02-18\n");
    assertThat(Formatter.format(Parser.parse(new SourceText("test.truce", formatted))))
        .isEqualTo(formatted);
  }

  @Test
  void phrasesShowTheMomentBesideTheDay() {
    assertThat(
            Phrases.schedule(
                new Schedule.ByAgreementDay(
                    84,
                    Optional.of(new CalendarMoment(LocalDate.of(2025, 2, 18), Optional.empty())))))
        .isEqualTo("by the end of 2025-02-18 (day 84 of the agreement)");
  }

  @Test
  void hoursInDeadlinesAreRoundedUpToDaysWithAWarningWhenThatAddsHours() {
    String exchange =
        """
        agreement "Exchange"
        party a "A"
        party b "B"
        held by a { prisoner 300 }
        held by b { hostage 30 }
        interest a: hostilities paused
        interest b: hostilities paused
        phase one "One" lasts 10 days {
          hostilities paused
          b releases 30 hostage by day 10
          a releases 10 prisoner per hostage released within %s
        }
        """;
    Agreement exact = load(exchange.formatted("48 hours"));
    assertThat(exact).isEqualTo(load(exchange.formatted("2 days")));
    assertThat(codes(exchange.formatted("48 hours"))).doesNotContain("W220");
    assertThat(codes(exchange.formatted("36 hours"))).contains("W220");
    assertThat(load(exchange.formatted("36 hours"))).isEqualTo(exact);
    String formatted =
        Formatter.format(Parser.parse(new SourceText("t.truce", exchange.formatted("36 hours"))));
    assertThat(formatted).contains("within 36 hours");
  }

  @Test
  void wrongZonesDatesAndHoursAreReported() {
    assertThat(codes(TEXT.replace("Asia/Beirut", "Asia/Beyrouth"))).contains("E220");
    assertThat(codes(TEXT.replace("  starts 2024-11-27 04:00\n", ""))).contains("E221", "W221");
    assertThat(codes(TEXT.replace("by 2025-01-27", "by 2024-11-27 04:00"))).contains("E222");
    assertThat(codes(TEXT.replace("lasts 90 days", "lasts 2160 hours"))).contains("E131");
    assertThat(codes(TEXT.replace("by 2025-01-27", "by 2025-02-30"))).contains("E105");
    assertThat(codes(TEXT.replace("by 2025-01-27", "by 2025-01-27 25:00"))).contains("E106");
    assertThat(codes(TEXT.replace("by 2025-01-27", "by 2150-01-27"))).contains("E308");
    // releases take deadlines in days of the agreement now (issue 17, 2.3), a date among them
    String release =
        TEXT.replace(
                "party lebanon \"Lebanon\"",
                "party lebanon \"Lebanon\"\nheld by lebanon { detainee 5 }")
            .replace(
                "israel withdraws from \"the coast\" by 2025-01-27",
                "lebanon releases 5 detainee by 2025-01-27");
    assertThat(codes(release)).doesNotContain("E445");
    // parsed as before: `by 2026-03-17` elsewhere than a deadline keeps its hint
    assertThat(codes(TEXT.replace("lasts 90 days", "lasts 90 days, begins on 2024-11-27")))
        .contains("E130");
  }
}
