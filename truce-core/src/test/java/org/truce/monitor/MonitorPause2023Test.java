package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.monitor.Status.ObligationState;
import org.truce.monitor.Status.RatioVerdict;
import org.truce.monitor.Status.TallyLine;

/**
 * The monitor reproduces the public record of the November 2023 pause (shared/scenarios): the
 * bundled dossier examples/pause-2023, replayed.
 */
class MonitorPause2023Test {
  private static final LocalDateTime AFTER = LocalDateTime.of(2023, 12, 1, 23, 59);

  private static Status at(LocalDateTime at, CountingPolicy policy) {
    return Monitor.status(Pause2023.versions(), Pause2023.entries(), at, policy).orElseThrow();
  }

  @Test
  void theExtensionRuleGivesSevenDaysInAll() {
    Status credited = at(AFTER, CountingPolicy.CREDITED);
    Status.ExtensionLine extension = credited.extensions().getFirst();
    assertThat(extension.clause()).isEqualTo("clause 1.4 \"Extension\"");
    assertThat(extension.additional()).contains(30L); // 80 counted, 50 of them by clause 1.2
    assertThat(extension.earnedDays()).contains(3L);
    assertThat(extension.lengthDays() + extension.earnedDays().get()).isEqualTo(7);
    assertThat(extension.agreedDays()).isEqualTo(3);
    assertThat(extension.entries()).containsExactly("first-extension", "second-extension");
    assertThat(credited.phase().orElseThrow().lastDay()).contains(7L);
    // On the exchange list, 78 counted earn 2 days: the third was agreed beyond the rule.
    Status list = at(AFTER, CountingPolicy.LIST);
    assertThat(list.extensions().getFirst().earnedDays()).contains(2L);
    assertThat(list.deviations())
        .anySatisfy(
            d -> assertThat(d.text()).contains("3 days of extension agreed").contains("2 days"));
  }

  @Test
  void talliesMatchThePublicTotals() {
    for (CountingPolicy policy : CountingPolicy.values()) {
      Status status = at(AFTER, policy);
      assertThat(tally(status, "hamas", "hostage (all)").released()).isEqualTo(105);
      long israelis =
          tally(status, "hamas", "hostage.woman_or_child").released()
              + tally(status, "hamas", "hostage.other").released();
      assertThat(israelis).isEqualTo(81);
      assertThat(tally(status, "hamas", "hostage.foreign_national").released()).isEqualTo(24);
      assertThat(tally(status, "israel", "prisoner.woman_or_minor").released()).isEqualTo(240);
    }
    // Counted in the deal: 78 on the exchange list (The Washington Post), 80 as credited (AFP).
    assertThat(tally(at(AFTER, CountingPolicy.LIST), "hamas", "hostage (all)").counted())
        .isEqualTo(78);
    assertThat(tally(at(AFTER, CountingPolicy.CREDITED), "hamas", "hostage (all)").counted())
        .isEqualTo(80);
  }

  @Test
  void daySevenIsShownUnderBothReadings() {
    RatioLine list = ratioOn(at(AFTER, CountingPolicy.LIST), 7);
    assertThat(list.units()).isEqualTo(8);
    assertThat(list.due()).isEqualTo(24);
    assertThat(list.released()).isEqualTo(30);
    assertThat(list.verdict()).isEqualTo(RatioVerdict.MORE);
    RatioLine credited = ratioOn(at(AFTER, CountingPolicy.CREDITED), 7);
    assertThat(credited.units()).isEqualTo(10);
    assertThat(credited.due()).isEqualTo(30);
    assertThat(credited.released()).isEqualTo(30);
    assertThat(credited.verdict()).isEqualTo(RatioVerdict.HOLDS);
    assertThat(credited.clause()).isEqualTo("clause 1.3 \"Exchange ratio\"");
    // Days 1 to 6 hold under both readings.
    for (CountingPolicy policy : CountingPolicy.values()) {
      List<RatioLine> ratios = at(AFTER, policy).ratios();
      assertThat(ratios).hasSize(7);
      assertThat(ratios.subList(0, 6)).allMatch(r -> r.verdict() == RatioVerdict.HOLDS);
    }
    // The quota of day 7 (clause 1.4): 8 of 10 on the list, met as credited.
    assertThat(obligationDue(at(AFTER, CountingPolicy.LIST), 7).state())
        .isEqualTo(ObligationState.OVERDUE);
    assertThat(obligationDue(at(AFTER, CountingPolicy.LIST), 7).done()).isEqualTo(8);
    assertThat(obligationDue(at(AFTER, CountingPolicy.CREDITED), 7).state())
        .isEqualTo(ObligationState.FULFILLED);
    assertThat(at(AFTER, CountingPolicy.CREDITED).deviations()).isEmpty();
  }

  @Test
  void theDisagreementsOfSourcesAreDisputesWithBothReadings() {
    List<Status.DisputeLine> disputes = at(AFTER, CountingPolicy.LIST).disputes();
    assertThat(disputes)
        .anySatisfy(
            d -> {
              assertThat(d.entry()).isEqualTo("day1-thai");
              assertThat(d.figure()).isEqualTo("count");
              assertThat(d.first()).isEqualTo("10");
              assertThat(d.second()).isEqualTo("12");
              assertThat(d.secondSource()).contains("Thailand's prime minister");
            });
    assertThat(disputes)
        .anySatisfy(
            d -> {
              assertThat(d.entry()).isEqualTo("day6-russian-israeli-women");
              assertThat(d.figure()).isEqualTo("counted toward");
              assertThat(d.second()).isEqualTo("2023-11-30");
              assertThat(d.secondSource()).contains("AFP").contains("Qatar and Hamas");
            });
    // Thailand's count gives 2 more foreign nationals released, shown beside the first count.
    assertThat(
            tally(at(AFTER, CountingPolicy.LIST), "hamas", "hostage.foreign_national").disputed())
        .contains(26L);
  }

  @Test
  void middayOfDaySevenShowsTheQuotaDueToday() {
    Status status = at(LocalDateTime.of(2023, 11, 30, 12, 0), CountingPolicy.LIST);
    assertThat(status.day()).isEqualTo(7);
    Status.PhaseLine phase = status.phase().orElseThrow();
    assertThat(phase.name()).isEqualTo("pause");
    assertThat(phase.phaseDay()).isEqualTo(7);
    assertThat(phase.extensionDay()).isTrue();
    assertThat(phase.ended()).isFalse();
    assertThat(status.hostilities().state()).isEqualTo("paused");
    // Events with a date only are taken to happen by the end of their date: not yet at noon.
    ObligationLine due = obligationDue(status, 7);
    assertThat(due.state()).isEqualTo(ObligationState.DUE_TODAY);
    assertThat(due.done()).isZero();
    assertThat(status.obligations())
        .anySatisfy(
            o -> {
              assertThat(o.state()).isEqualTo(ObligationState.IN_FORCE);
              assertThat(o.clause()).isEqualTo("clause 1.5 \"Aid and fuel\"");
            });
  }

  @Test
  void afterThePauseFightingHasResumedAndThePhaseHasEnded() {
    Status status = at(AFTER, CountingPolicy.CREDITED);
    assertThat(status.day()).isEqualTo(8);
    assertThat(status.phase().orElseThrow().ended()).isTrue();
    assertThat(status.hostilities().state()).isEqualTo("resumed");
    assertThat(status.hostilities().entry()).contains("fighting-resumes");
  }

  @Test
  void beforeTheEntryIntoForceThereIsNoStatus() {
    assertThat(
            Monitor.status(
                Pause2023.versions(),
                Pause2023.entries(),
                LocalDateTime.of(2023, 11, 24, 6, 59),
                CountingPolicy.LIST))
        .isEmpty();
    assertThat(
            Monitor.status(
                Pause2023.versions(),
                Pause2023.entries(),
                LocalDateTime.of(2023, 11, 24, 7, 0),
                CountingPolicy.LIST))
        .isPresent();
  }

  private static TallyLine tally(Status status, String party, String category) {
    return status.tallies().stream()
        .filter(t -> t.party().equals(party) && t.category().equals(category))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tally of " + party + " " + category));
  }

  private static RatioLine ratioOn(Status status, long day) {
    return status.ratios().stream().filter(r -> r.day() == day).findFirst().orElseThrow();
  }

  private static ObligationLine obligationDue(Status status, long day) {
    return status.obligations().stream()
        .filter(o -> o.dueDay() == day && o.what().startsWith("releases"))
        .findFirst()
        .orElseThrow();
  }
}
