package org.truce.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.render.Fixtures.cat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.vocabulary.Bound;

class PhrasesTest {
  @Test
  void schedulesCountInDaysOfThePhase() {
    assertThat(Phrases.schedule(new Schedule.OnDay(5))).isEqualTo("on day 5 of the phase");
    assertThat(Phrases.schedule(new Schedule.ByDay(22))).isEqualTo("by day 22 of the phase");
    assertThat(Phrases.schedule(new Schedule.Batches(3, 7, 1)))
        .isEqualTo("3 every 7 days from day 1 of the phase");
    assertThat(Phrases.schedule(new Schedule.Batches(600, 1, 2)))
        .isEqualTo("600 every day from day 2 of the phase");
    assertThat(Phrases.scheduleAfter(new Schedule.Batches(3, 7, 1))).startsWith(", 3 every");
    assertThat(Phrases.scheduleAfter(new Schedule.OnDay(5))).isEqualTo(" on day 5 of the phase");
  }

  @Test
  void amountsKeepTheirQualifier() {
    assertThat(Phrases.amount(Bound.EXACTLY, 50)).isEqualTo("50");
    assertThat(Phrases.amount(Bound.ABOUT, 120)).isEqualTo("about 120");
    assertThat(Phrases.amount(Bound.AT_LEAST, 240)).isEqualTo("at least 240");
    assertThat(Phrases.amount(Bound.AT_MOST, 300)).isEqualTo("at most 300");
  }

  @Test
  void ratiosArePlain() {
    PhaseClause.Exchange exchange =
        new PhaseClause.Exchange(
            ClauseRef.NONE,
            "israel",
            30,
            cat("prisoner"),
            cat("hostage.living.civilian"),
            Optional.empty(),
            0);
    assertThat(Phrases.ratio(exchange))
        .isEqualTo("30 prisoner for each hostage.living.civilian released");
    assertThat(Phrases.exchangeDelay(0)).isEqualTo("on the same day");
    assertThat(Phrases.exchangeDelay(2)).isEqualTo("within 2 days");
  }

  @Test
  void listsDatesAndDays() {
    assertThat(Phrases.listWords(List.of())).isEmpty();
    assertThat(Phrases.listWords(List.of("qatar"))).isEqualTo("qatar");
    assertThat(Phrases.listWords(List.of("qatar", "egypt"))).isEqualTo("qatar and egypt");
    assertThat(Phrases.listWords(List.of("qatar", "egypt", "us"))).isEqualTo("qatar, egypt and us");
    assertThat(Phrases.date(LocalDate.of(2024, 5, 31))).isEqualTo("31 May 2024");
    assertThat(Phrases.days(1)).isEqualTo("1 day");
    assertThat(Phrases.days(42)).isEqualTo("42 days");
  }
}
