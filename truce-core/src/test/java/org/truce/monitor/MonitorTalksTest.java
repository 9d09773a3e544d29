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
import org.truce.ledger.TalksState;
import org.truce.testing.LedgerEntries;

/**
 * Phases follow the recorded talks (docs/monitor.md, "Phases, talks and rights as recorded"): a
 * phase that begins when the talks on it are agreed begins the day after they are recorded agreed,
 * never before; until then the status says that the phase before it ended and why the next has not
 * begun, and none of the next phase's obligations is due. The agreement itself lapses, concludes or
 * stays in force on the recorded facts.
 */
class MonitorTalksTest {
  static final LocalDate START = LocalDate.of(2025, 1, 19);
  static final Facts AT = new Facts(START);

  static final String TEXT =
      """
      agreement "Talks"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      mediator qatar "Qatar"
      held by hamas { hostage.living.civilian 30 }
      held by israel { prisoner 300 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one "Calm" lasts 10 days {
        hostilities paused
        hamas releases 10 hostage.living.civilian by day 5
        talks on two begin by day 3
      }
      phase two "End" lasts 10 days, begins when phase one ended and talks on two agreed {
        hostilities ended
        hamas releases 20 hostage.living.civilian by day 5
      }
      lapses on day 30 unless talks on two agreed
      """;

  static DossierVersions versions() {
    return LedgerEntries.versions("talks.truce", TEXT);
  }

  static List<Entry> inForce() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    entries.add(
        LedgerEntries.released("first", AT.date(4), "hamas", "hostage.living.civilian", 10));
    return entries;
  }

  static Status status(List<Entry> entries, LocalDateTime at) {
    return Monitor.status(versions(), entries, at, CountingPolicy.LIST).orElseThrow();
  }

  static Status status(List<Entry> entries, long day) {
    return status(entries, AT.date(day).atTime(20, 0));
  }

  private static boolean owesPhaseTwo(Status s) {
    return s.obligations().stream().anyMatch(o -> o.required() == 20);
  }

  @Test
  void aPhaseWaitingForTalksBeginsTheDayAfterTheyAreRecordedAgreed() {
    List<Entry> entries = inForce();
    entries.add(AT.talks("begun", 2, TalksState.BEGUN));
    entries.add(AT.talks("agreed", 15, TalksState.AGREED));

    Status waiting = status(entries, 12);
    Status.PhaseLine one = waiting.phase().orElseThrow();
    assertThat(one.name()).isEqualTo("one");
    assertThat(one.ended()).isTrue();
    assertThat(one.lastDay()).contains(10L);
    assertThat(one.notBegun())
        .contains("phase two has not begun: talks on two not agreed (progressing since day 2)");
    assertThat(owesPhaseTwo(waiting)).as("a phase not begun owes nothing").isFalse();
    assertThat(waiting.deviations()).isEmpty();

    Status begun = status(entries, 16);
    Status.PhaseLine two = begun.phase().orElseThrow();
    assertThat(two.name()).isEqualTo("two");
    assertThat(two.firstDay()).isEqualTo(16);
    assertThat(two.notBegun()).isEmpty();
    assertThat(begun.obligations())
        .filteredOn(o -> o.required() == 20)
        .singleElement()
        .satisfies(o -> assertThat(o.dueDay()).isEqualTo(20));
  }

  @Test
  void talksNeverAgreedLeaveTheNextPhaseUnbegunAndItsObligationsNotDue() {
    List<Entry> entries = inForce();
    entries.add(AT.talks("begun", 2, TalksState.BEGUN));
    entries.add(AT.talks("stalled", 5, TalksState.STALLED));

    Status s = status(entries, 25);
    assertThat(s.phase().orElseThrow().notBegun())
        .contains("phase two has not begun: talks on two not agreed (stalled since day 5)");
    assertThat(owesPhaseTwo(s)).isFalse();
    assertThat(s.deviations()).isEmpty();
    assertThat(s.standing().state()).isEqualTo("in_force");
  }

  @Test
  void noTalksRecordedIsSaidSo() {
    Status s = status(inForce(), 12);
    assertThat(s.phase().orElseThrow().notBegun())
        .contains("phase two has not begun: talks on two not agreed (no talks recorded)");
  }

  @Test
  void talksBrokenOffReadAsStalled() {
    List<Entry> entries = inForce();
    entries.add(AT.talks("begun", 2, TalksState.BEGUN));
    entries.add(AT.talks("broken-off", 8, TalksState.BROKEN_OFF));
    Status s = status(entries, 12);
    assertThat(s.phase().orElseThrow().notBegun())
        .contains("phase two has not begun: talks on two not agreed (stalled since day 8)");
  }

  @Test
  void theAgreementLapsesOnTheRecordedFactsAndSaysSoYearsLater() {
    List<Entry> entries = inForce();
    entries.add(AT.talks("stalled", 5, TalksState.STALLED));

    assertThat(status(entries, 30).standing().state()).isEqualTo("in_force");
    Status later = status(entries, LocalDateTime.of(2028, 6, 1, 12, 0));
    StandingLine standing = later.standing();
    assertThat(standing.state()).isEqualTo("lapsed");
    assertThat(standing.day()).isEqualTo(30);
    assertThat(standing.since()).isEqualTo(AT.date(31).atTime(8, 30));
    assertThat(standing.text()).startsWith("lapsed at the end of day 30 (2025-02-18 08:30)");
    assertThat(later.lapse()).isPresent();
  }

  @Test
  void talksAgreedInTimeConcludeTheAgreementInsteadOfALapse() {
    List<Entry> entries = inForce();
    entries.add(AT.talks("agreed", 15, TalksState.AGREED));
    entries.add(
        LedgerEntries.released("rest", AT.date(18), "hamas", "hostage.living.civilian", 20));

    Status later = status(entries, LocalDateTime.of(2028, 6, 1, 12, 0));
    assertThat(later.lapse()).isEmpty();
    StandingLine standing = later.standing();
    assertThat(standing.state()).isEqualTo("ended");
    assertThat(standing.by()).contains("conclusion");
    assertThat(standing.day()).isEqualTo(25);
  }

  @Test
  void aStatusUsesOnlyTheTalksRecordedByItsMoment() {
    List<Entry> entries = inForce();
    entries.add(AT.talks("agreed", 15, TalksState.AGREED));
    // asked on day 15 before noon: the agreement is not recorded yet
    Status morning = status(entries, AT.date(15).atTime(11, 0));
    assertThat(morning.phase().orElseThrow().notBegun())
        .contains("phase two has not begun: talks on two not agreed (no talks recorded)");
  }
}
