package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.monitor.Status.ObligationState;
import org.truce.monitor.Status.TriggerLine;
import org.truce.testing.LedgerEntries;

/**
 * The monitor's reading of a conditional release (docs/semantics.md, "Conditional releases";
 * docs/monitor.md): waiting for its trigger, with how far the trigger has come, until the releases
 * recorded complete it on day T, whatever day the compliant timeline completed it on; upcoming on
 * day T; from T + 1 in progress, due on day T + N, overdue after it until all of it is recorded.
 * Units recorded before T count toward it; {@code all remaining} is what the party held at signing
 * beyond what the obligations before it ask.
 */
class MonitorConditionalTest {
  static final LocalDate START = LocalDate.of(2025, 1, 19);

  static final String TEXT =
      """
      agreement "Conditional"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 15 }
      held by israel { prisoner.female 40  prisoner.male 200 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      [1 "Calm"]
      phase one "Calm" lasts 42 days {
        [1.1] hostilities paused
        [1.2] hamas releases 15 hostage.living.civilian by day 10
        [1.3] israel releases 10 prisoner.female by day 5
        [1.4 "Women"]
        israel releases all remaining prisoner.female within 3 days after hamas has released all hostage.living.civilian
        [1.5 "Men"]
        israel releases 100 prisoner.male within 48 hours after hamas has released 5 hostage.living.civilian
      }
      """;

  static DossierVersions versions(String text) {
    return LedgerEntries.versions("conditional.truce", text);
  }

  static List<Entry> inForce() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    return entries;
  }

  /** A release at noon of day {@code day}. */
  static Entry released(String id, String party, String what, long day, long count) {
    return LedgerEntries.released(id, START.plusDays(day - 1), party, what, count);
  }

  /** The hamas civilians released on day 3 (10) and day 9 (5): the trigger completes on day 9. */
  static List<Entry> civilians() {
    List<Entry> entries = inForce();
    entries.add(released("first", "hamas", "hostage.living.civilian", 3, 10));
    entries.add(released("rest", "hamas", "hostage.living.civilian", 9, 5));
    return entries;
  }

  static Status status(String text, List<Entry> entries, long day) {
    LocalDateTime at = START.plusDays(day - 1).atTime(20, 0);
    return Monitor.status(versions(text), entries, at, CountingPolicy.LIST).orElseThrow();
  }

  private static ObligationLine line(String text, List<Entry> entries, long day, String what) {
    return status(text, entries, day).obligations().stream()
        .filter(o -> o.what().startsWith(what))
        .findFirst()
        .orElseThrow();
  }

  private static ObligationLine women(List<Entry> entries, long day) {
    return line(TEXT, entries, day, "releases all remaining prisoner.female");
  }

  @Test
  void waitingForItsTriggerWithHowFarItHasCome() {
    ObligationLine line = women(civilians(), 5);
    assertThat(line.state()).isEqualTo(ObligationState.WAITING);
    assertThat(line.what())
        .isEqualTo(
            "releases all remaining prisoner.female within 3 days after hamas has released all"
                + " hostage.living.civilian");
    assertThat(line.dueDate()).isEmpty();
    assertThat(line.daysLate()).isZero();
    TriggerLine trigger = line.trigger().orElseThrow();
    assertThat(trigger.released()).isEqualTo(10);
    assertThat(trigger.target()).isEqualTo(15);
    assertThat(trigger.completedDay()).isEmpty();
    assertThat(trigger.toRelease()).isEqualTo("hamas to release all hostage.living.civilian");
    // all remaining: the 40 held at signing, less the 10 of clause 1.3 before it
    assertThat(line.required()).isEqualTo(30);
    assertThat(line.clause()).isEqualTo("clause 1.4 \"Women\"");
  }

  @Test
  void upcomingOnTheDayItsTriggerCompletesThenInProgressDueTodayAndOverdue() {
    List<Entry> entries = civilians();
    assertThat(women(entries, 8).state()).isEqualTo(ObligationState.WAITING);
    ObligationLine complete = women(entries, 9);
    assertThat(complete.state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(complete.dueDay()).isEqualTo(12);
    assertThat(complete.trigger().orElseThrow().completedDay()).contains(9L);
    assertThat(complete.trigger().orElseThrow().completedDate()).contains(START.plusDays(8));
    assertThat(women(entries, 10).state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(women(entries, 11).state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(women(entries, 12).state()).isEqualTo(ObligationState.DUE_TODAY);
    ObligationLine late = women(entries, 14);
    assertThat(late.state()).isEqualTo(ObligationState.OVERDUE);
    assertThat(late.daysLate()).isEqualTo(2);
  }

  @Test
  void notTheDayTheCompliantTimelineCompletesTheTrigger() {
    // The compliant run completes the trigger on day 10 (the civilians' last day) and places the
    // release on day 13; what happened completed it on day 5.
    List<Entry> entries = inForce();
    entries.add(released("all", "hamas", "hostage.living.civilian", 5, 15));
    ObligationLine line = women(entries, 8);
    assertThat(line.dueDay()).isEqualTo(8);
    assertThat(line.state()).isEqualTo(ObligationState.DUE_TODAY);
    assertThat(women(entries, 9).state()).isEqualTo(ObligationState.OVERDUE);
  }

  @Test
  void aCountTriggerCompletesWhenTheCountIsReached() {
    // 48 hours: 2 days. 10 civilians on day 3 reach the 5.
    ObligationLine men = line(TEXT, civilians(), 4, "releases 100 prisoner.male");
    assertThat(men.state()).isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(men.dueDay()).isEqualTo(5);
    assertThat(men.what())
        .isEqualTo(
            "releases 100 prisoner.male within 2 days after hamas has released 5"
                + " hostage.living.civilian");
    TriggerLine trigger = men.trigger().orElseThrow();
    assertThat(trigger.count()).contains(5L);
    assertThat(trigger.released()).isEqualTo(5);
    assertThat(trigger.completedDay()).contains(3L);
  }

  @Test
  void fulfilledLateWhenAllOfItIsRecordedAfterItsDay() {
    List<Entry> entries = civilians();
    entries.add(released("women-first", "israel", "prisoner.female", 4, 10));
    entries.add(released("women-rest", "israel", "prisoner.female", 14, 30));
    ObligationLine line = women(entries, 15);
    assertThat(line.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(line.done()).isEqualTo(30);
    assertThat(line.daysLate()).isEqualTo(2);
    Status status = status(TEXT, entries, 15);
    assertThat(status.deviations())
        .anySatisfy(d -> assertThat(d.text()).contains("fulfilled 2 days late"));
  }

  @Test
  void unitsRecordedBeforeTheTriggerCompletesCountTowardIt() {
    List<Entry> entries = civilians();
    entries.add(released("women", "israel", "prisoner.female", 4, 40));
    ObligationLine waiting = women(entries, 6);
    assertThat(waiting.state()).isEqualTo(ObligationState.WAITING);
    assertThat(waiting.done()).isEqualTo(30);
    ObligationLine done = women(entries, 10);
    assertThat(done.state()).isEqualTo(ObligationState.FULFILLED);
    assertThat(done.daysLate()).isZero();
    assertThat(status(TEXT, entries, 10).deviations())
        .noneSatisfy(d -> assertThat(d.text()).contains("prisoner.female"));
  }

  @Test
  void neverDueWhenTheTriggerNeverCompletes() {
    List<Entry> entries = inForce();
    entries.add(released("first", "hamas", "hostage.living.civilian", 3, 10));
    ObligationLine line = women(entries, 60);
    assertThat(line.state()).isEqualTo(ObligationState.WAITING);
    assertThat(line.daysLate()).isZero();
    // the civilians' release is overdue; the conditional release is not
    assertThat(status(TEXT, entries, 60).deviations())
        .noneSatisfy(d -> assertThat(d.text()).contains("prisoner.female within"));
  }

  @Test
  void allRemainingCountsTheObligationsThatFallDueBeforeItInWhatHappened() {
    String text =
        TEXT.replace(
            "[1.5 \"Men\"]", "[1.6] israel releases 5 prisoner.female by day 30\n[1.5 \"Men\"]");
    // Triggered on day 9, due on day 12: before the 5 of day 30, so all remaining is 40 - 10.
    assertThat(line(text, civilians(), 12, "releases all remaining").required()).isEqualTo(30);
    // Never triggered: after them all, 40 - 10 - 5.
    List<Entry> entries = inForce();
    entries.add(released("first", "hamas", "hostage.living.civilian", 3, 10));
    assertThat(line(text, entries, 31, "releases all remaining").required()).isEqualTo(25);
  }

  @Test
  void anAboutHoldingIsTakenAtItsNumberAndSaidSo() {
    String text =
        TEXT.replace("hostage.living.civilian 15 }", "hostage.living.civilian about 15 }");
    TriggerLine trigger = women(civilians(), 5).trigger().orElseThrow();
    assertThat(trigger.held()).isEmpty();
    TriggerLine about =
        line(text, civilians(), 5, "releases all remaining").trigger().orElseThrow();
    assertThat(about.held()).contains("about");
    assertThat(about.target()).isEqualTo(15);
    assertThat(line(text, civilians(), 10, "releases all remaining").state())
        .isEqualTo(ObligationState.IN_PROGRESS);
  }

  @Test
  void allOfALineWhoseStatusIsUnknownAtSigningWhateverItsUnitsTurnedOutToBe() {
    String text =
        TEXT.replace(
                "held by hamas { hostage.living.civilian 15 }",
                "held by hamas {\n  hostage.living.civilian 5\n  hostage.unknown 4 either"
                    + " hostage.living or hostage.remains\n}")
            .replace(
                "hamas releases 15 hostage.living.civilian by day 10",
                "hamas releases 5 hostage.living.civilian by day 10\n  hamas releases 4 hostage.unknown by day 10")
            .replace(
                "after hamas has released all hostage.living.civilian",
                "after hamas has released all hostage.living");
    List<Entry> entries = inForce();
    entries.add(released("civilians", "hamas", "hostage.living.civilian", 2, 5));
    entries.add(released("unknown", "hamas", "hostage.unknown", 3, 2));
    ObligationLine waiting = line(text, entries, 4, "releases all remaining");
    assertThat(waiting.state()).isEqualTo(ObligationState.WAITING);
    assertThat(waiting.trigger().orElseThrow().released()).isEqualTo(7);
    assertThat(waiting.trigger().orElseThrow().target()).isEqualTo(9);
    // the last two turned out to be remains: the line is empty, so no hostage.living is held
    entries.add(released("remains", "hamas", "hostage.remains", 5, 2));
    ObligationLine armed = line(text, entries, 6, "releases all remaining");
    assertThat(armed.trigger().orElseThrow().completedDay()).contains(5L);
    assertThat(armed.state()).isEqualTo(ObligationState.IN_PROGRESS);
  }

  @Test
  void aTriggerCompleteBeforeItsPhaseBeganArmsItOnThePhasesFirstDay() {
    String text =
        TEXT.replace(
            "  [1.4 \"Women\"]\n  israel releases all remaining prisoner.female",
            "}\n[2 \"Later\"]\nphase two \"Later\" lasts 10 days, begins on day 20 {\n"
                + "  [2.1 \"Women\"]\n  israel releases all remaining prisoner.female");
    List<Entry> entries = inForce();
    entries.add(released("all", "hamas", "hostage.living.civilian", 5, 15));
    ObligationLine before = line(text, entries, 10, "releases all remaining");
    assertThat(before.state()).isEqualTo(ObligationState.UPCOMING);
    assertThat(before.dueDay()).isEqualTo(22);
    assertThat(line(text, entries, 20, "releases all remaining").state())
        .isEqualTo(ObligationState.IN_PROGRESS);
    assertThat(line(text, entries, 22, "releases all remaining").state())
        .isEqualTo(ObligationState.DUE_TODAY);
  }
}
