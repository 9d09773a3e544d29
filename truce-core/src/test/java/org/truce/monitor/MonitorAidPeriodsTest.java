package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.monitor.Status.ObligationState;
import org.truce.testing.LedgerEntries;

/**
 * Aid reported for a period, not day by day (docs/monitor.md, "Obligations"): a week's figure is
 * never split over its days; a delivery due on a day of the period is late only if it must have
 * been, and the period is judged exactly at its end.
 */
class MonitorAidPeriodsTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);

  private static final String TEXT =
      """
      agreement "Aid"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      phase one "Pause" lasts 42 days {
        hostilities paused
        [1.5] israel allows 600 aid.truck per day
      }
      """;

  private static final DossierVersions VERSIONS = LedgerEntries.versions("aid.truce", TEXT);

  /** {@code count} trucks reported at noon on {@code day}, for the days from {@code from}. */
  private static Entry aid(String id, long day, Optional<Long> from, long count) {
    return LedgerEntries.entry(
        id,
        START.plusDays(day - 1),
        new Event.Aid(
            "aid.truck",
            count,
            from.map(f -> START.plusDays(f - 1)),
            Optional.of("israel"),
            Optional.empty(),
            Optional.of(LocalTime.NOON),
            Optional.empty()));
  }

  /** The delivery obligations due up to {@code last}, in the morning of the day after it. */
  private static List<ObligationLine> dues(List<Entry> aid, long last) {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    entries.addAll(aid);
    Status status =
        Monitor.status(VERSIONS, entries, START.plusDays(last).atTime(9, 0), CountingPolicy.LIST)
            .orElseThrow();
    return status.obligations().stream().filter(line -> line.dueDay() <= last).toList();
  }

  /** The days whose delivery was late or is overdue. */
  private static Set<Long> late(List<ObligationLine> lines) {
    Set<Long> days = new TreeSet<>();
    for (ObligationLine line : lines) {
      if (line.state() == ObligationState.OVERDUE || line.daysLate() > 0) {
        days.add(line.dueDay());
      }
    }
    return days;
  }

  @Test
  void aWeeksFigureThatCoversTheWeekMakesNoDayLateAndSaysItWasNotReportedDayByDay() {
    List<ObligationLine> lines = dues(List.of(aid("week", 7, Optional.of(1L), 4200)), 7);
    assertThat(lines).hasSize(7).allMatch(l -> l.state() == ObligationState.FULFILLED);
    assertThat(late(lines)).isEmpty();
    assertThat(lines.getFirst().what())
        .isEqualTo(
            "allows 600 aid.truck (within the figure for days 1–7, not reported day by day)");
    assertThat(lines.getLast().what()).isEqualTo("allows 600 aid.truck");
  }

  @Test
  void aWeeksFigureShortOfTheWeekMakesLateOnlyTheDaysItCannotHaveCovered() {
    // 3,500 may have covered days 1 to 5 (3,000); days 6 and 7 (3,600, 4,200) it cannot have.
    List<ObligationLine> lines = dues(List.of(aid("week", 7, Optional.of(1L), 3500)), 7);
    assertThat(late(lines)).containsExactly(6L, 7L);
  }

  @Test
  void theSameFigureOnOneDayIsTheDeliveryOfThatDay() {
    List<ObligationLine> lines = dues(List.of(aid("day7", 7, Optional.empty(), 4200)), 7);
    assertThat(late(lines)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(lines.getFirst().daysLate()).isEqualTo(6);
  }

  @Test
  void aPeriodsFigureNeverMakesADayLateThatTheDailyFiguresWouldNot() {
    qt().withExamples(60)
        .forAll(
            SourceDSL.lists().of(SourceDSL.longs().between(0, 1_200)).ofSizeBetween(1, 9),
            SourceDSL.integers().between(1, 9))
        .checkAssert(
            (daily, firstOfPeriod) -> {
              long last = daily.size();
              long from = Math.min(firstOfPeriod, last);
              List<Entry> byDay = new ArrayList<>();
              long inPeriod = 0;
              List<Entry> byPeriod = new ArrayList<>();
              for (int d = 1; d <= last; d++) {
                long count = daily.get(d - 1);
                byDay.add(aid("d" + d, d, Optional.empty(), count));
                if (d < from) {
                  byPeriod.add(aid("d" + d, d, Optional.empty(), count));
                } else {
                  inPeriod += count;
                }
              }
              byPeriod.add(aid("period", last, Optional.of(from), inPeriod));
              List<ObligationLine> daily0 = dues(byDay, last);
              List<ObligationLine> period = dues(byPeriod, last);
              assertThat(late(daily0)).containsAll(late(period));
              // before the period and at its end, the two records say the same
              for (int i = 0; i < last; i++) {
                if (i + 1 < from || i + 1 == last) {
                  assertThat(period.get(i).state()).isEqualTo(daily0.get(i).state());
                  assertThat(period.get(i).done()).isEqualTo(daily0.get(i).done());
                }
              }
            });
  }
}
