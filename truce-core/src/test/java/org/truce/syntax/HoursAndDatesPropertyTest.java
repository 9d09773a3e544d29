package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.source.SourceText;

/**
 * An hour deadline and the day deadline it stands for are the same agreement (so every verdict is
 * the same), and a calendar moment is due by the day in which it falls, ceil(minutes after entry /
 * 1440) (docs/semantics.md, "Hours, dates and zones").
 */
class HoursAndDatesPropertyTest {
  private static final int EXAMPLES = 150;
  private static final LocalDateTime ENTRY = LocalDateTime.of(2024, 11, 27, 4, 0);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final String EXCHANGE =
      """
      agreement "Exchange"
        starts 2024-11-27 04:00
        zone "Asia/Beirut"
      party a "A"
      party b "B"
      held by a { prisoner 300 }
      held by b { hostage 30 }
      interest a: hostilities paused
      interest b: hostilities paused
      phase one "One" lasts 100 days {
        hostilities paused
        b releases 30 hostage by day 10
        a releases 10 prisoner per hostage released within %s
        a withdraws from "the south" by %s
      }
      """;

  private static Agreement load(String text) {
    ModelResult result = ModelBuilder.load(new SourceText("p.truce", text));
    assertThat(result.hasErrors()).as("%s%n%s", text, result.diagnostics()).isFalse();
    return result.agreement().orElseThrow();
  }

  @Test
  void anHourDeadlineIsTheDayDeadlineThatCoversIt() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(1, 2400))
        .checkAssert(
            hours -> {
              long days = (hours + 23) / 24;
              assertThat(load(EXCHANGE.formatted(hours + " hours", "day 60 of the agreement")))
                  .isEqualTo(load(EXCHANGE.formatted(days + " days", "day 60 of the agreement")));
            });
  }

  @Test
  void aCalendarMomentIsDueByTheDayInWhichItFalls() {
    // from entry to 80 days later, before Beirut's clocks change in March
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(1, 80 * 1440))
        .checkAssert(
            minutes -> {
              String moment = ENTRY.plusMinutes(minutes).format(MOMENT);
              long day = (minutes + 1439) / 1440;
              Agreement byMoment = load(EXCHANGE.formatted("1 day", moment));
              Schedule deadline =
                  byMoment.phases().getFirst().clauses().stream()
                      .filter(PhaseClause.Withdrawal.class::isInstance)
                      .map(c -> ((PhaseClause.Withdrawal) c).deadline())
                      .findFirst()
                      .orElseThrow();
              assertThat(deadline)
                  .isInstanceOfSatisfying(
                      Schedule.ByAgreementDay.class, by -> assertThat(by.day()).isEqualTo(day));
            });
  }
}
