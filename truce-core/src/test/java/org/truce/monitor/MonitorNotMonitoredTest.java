package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.monitor.HeldFixture.notMonitored;
import static org.truce.monitor.HeldFixture.release;
import static org.truce.monitor.HeldFixture.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.monitor.Status.DeviationLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.render.monitor.StatusText;
import org.truce.testing.Golden;

/** What is monitored (docs/monitor.md): clauses not monitored, and daily findings in runs. */
class MonitorNotMonitoredTest {
  private static final String AID = "clause 1.4 \"Aid\"";

  private static final List<Entry> CIVILIANS =
      List.of(
          release("civ", 2, "hamas", "hostage.living.civilian", 20),
          release("pri", 2, "israel", "prisoner", 600),
          release("unk", 3, "hamas", "hostage.unknown", 8));

  private static Entry aid(String id, int day, long count) {
    return HeldFixture.entry(
        id,
        HeldFixture.START.plusDays(day - 1L),
        "UN OCHA",
        new Event.Aid(
            "aid.truck",
            count,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  @Test
  void dailyFindingsOfOneClauseAreOneLineWithTheirRangeOfDays() {
    Status s = status(43, CIVILIANS);
    assertThat(s.deviations()).hasSize(1);
    DeviationLine run = s.deviations().getFirst();
    assertThat(run.day()).isEqualTo(1);
    assertThat(run.lastDay()).contains(42L);
    assertThat(run.clause()).isEqualTo(AID);
    assertThat(run.text()).contains("none recorded", "each of these 42 days");
    // The obligations are still listed one by one.
    assertThat(s.obligations().stream().filter(o -> o.state() == ObligationState.OVERDUE))
        .hasSize(42);
  }

  @Test
  void aDayFulfilledSplitsTheRun() {
    List<Entry> events = new java.util.ArrayList<>(CIVILIANS);
    events.add(aid("aid-day5", 5, 500));
    Status s = status(10, events);
    // days 1 to 4 are fulfilled late by the 500 of day 5 (cumulative), so count what is left
    List<DeviationLine> aid = s.deviations().stream().filter(d -> d.clause().equals(AID)).toList();
    assertThat(aid)
        .allSatisfy(d -> assertThat(d.day()).isLessThanOrEqualTo(d.lastDay().orElse(d.day())));
    // No day is lost or counted twice: the days the lines cover are the days overdue or late.
    long covered = aid.stream().mapToLong(d -> d.lastDay().orElse(d.day()) - d.day() + 1).sum();
    long judged =
        s.obligations().stream()
            .filter(o -> o.clause().equals(AID))
            .filter(
                o ->
                    o.state() == ObligationState.OVERDUE
                        || (o.state() == ObligationState.FULFILLED && o.daysLate() > 0))
            .count();
    assertThat(covered).isEqualTo(judged);
  }

  @Test
  void aClauseNotMonitoredIsListedAsSuchAndLeavesTheDeviations() {
    List<Entry> events = new java.util.ArrayList<>(CIVILIANS);
    events.add(notMonitored("aid-unsourced", 3, "1.4"));
    Status s = status(43, events);
    assertThat(s.deviations()).isEmpty();
    assertThat(s.hasFindings()).isFalse();
    assertThat(s.obligations().stream().filter(o -> o.clause().equals(AID)))
        .allSatisfy(o -> assertThat(o.state()).isEqualTo(ObligationState.NOT_MONITORED));
    assertThat(s.notMonitored())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.clause()).isEqualTo(AID);
              assertThat(n.entry()).isEqualTo("aid-unsourced");
              assertThat(n.source()).isEqualTo("monitoring cell");
            });
  }

  @Test
  void beforeItsEntryOrOnceRetractedTheClauseIsMonitored() {
    List<Entry> events = new java.util.ArrayList<>(CIVILIANS);
    events.add(notMonitored("aid-unsourced", 20, "1.4"));
    assertThat(status(10, events).notMonitored()).isEmpty();
    assertThat(status(10, events).deviations()).isNotEmpty();
    events.add(
        HeldFixture.entry(
            "monitored-again",
            HeldFixture.START.plusDays(25),
            "monitoring cell",
            new org.truce.ledger.Entry.Retraction("aid-unsourced", "the UN now counts daily")));
    assertThat(status(30, events).notMonitored()).isEmpty();
    assertThat(status(30, events).deviations()).isNotEmpty();
  }

  @Test
  void golden() {
    Golden.assertMatches(
        Golden.resources().resolve("monitor/held/runs.txt"),
        StatusText.render(HeldFixture.readings(20, CIVILIANS)));
    List<Entry> marked = new java.util.ArrayList<>(CIVILIANS);
    marked.add(notMonitored("aid-unsourced", 3, "1.4"));
    Golden.assertMatches(
        Golden.resources().resolve("monitor/held/not-monitored.txt"),
        StatusText.render(HeldFixture.readings(20, marked)));
  }
}
