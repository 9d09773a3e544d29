package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Suspension;
import org.truce.ledger.TalksState;
import org.truce.ledger.Termination;
import org.truce.testing.LedgerEntries;

/**
 * Suspensions of obligations and terminations are checked against the rights of the text, as
 * resumptions are (docs/monitor.md, "Phases, talks and rights as recorded"): an act no right
 * covered is a deviation; a suspension leaves the agreement in force, suspended, until it is taken
 * up again; a termination ends it.
 */
class MonitorSuspensionsTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);
  private static final Facts AT = new Facts(START);

  private static final String TEXT =
      """
      agreement "Suspensions"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 30 }
      held by israel { prisoner 300 }
      phase one "Calm" lasts 10 days {
        hostilities paused
        [1.2] hamas releases 10 hostage.living.civilian by day 5
        [1.3] israel releases 100 prisoner by day 8
        talks on two begin by day 3
      }
      phase two "End" lasts 10 days, begins when phase one ended and talks on two agreed {
        hostilities ended
      }
      [8] israel may suspend obligations when hamas breached clause 1.2
      [9] hamas may terminate agreement when phase one ended and not talks on two agreed
      """;

  private static final DossierVersions VERSIONS = LedgerEntries.versions("s.truce", TEXT);

  private static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    return entries;
  }

  private static Entry suspended(String id, long day, String by, String clause) {
    return LedgerEntries.entry(
        id,
        AT.date(day),
        new Suspension(
            EntryKind.SUSPENDED,
            by,
            Optional.ofNullable(clause),
            Optional.of(LocalTime.NOON),
            Optional.empty()));
  }

  private static Entry reinstated(String id, long day, String by) {
    return LedgerEntries.entry(
        id,
        AT.date(day),
        new Suspension(
            EntryKind.REINSTATED,
            by,
            Optional.empty(),
            Optional.of(LocalTime.NOON),
            Optional.empty()));
  }

  private static Entry terminated(String id, long day, String by) {
    return LedgerEntries.entry(
        id, AT.date(day), new Termination(by, Optional.of(LocalTime.NOON), Optional.empty()));
  }

  private static Status status(List<Entry> entries, long day) {
    return Monitor.status(VERSIONS, entries, AT.date(day).atTime(20, 0), CountingPolicy.LIST)
        .orElseThrow();
  }

  private static List<String> acts(Status s) {
    return s.deviations().stream()
        .map(Status.DeviationLine::text)
        .filter(t -> t.contains(" suspended ") || t.contains(" terminated "))
        .toList();
  }

  @Test
  void aSuspensionNoRightCoveredIsADeviationAndTheAgreementStaysInForceSuspended() {
    List<Entry> entries = entries();
    entries.add(LedgerEntries.released("h", AT.date(4), "hamas", "hostage.living.civilian", 10));
    entries.add(suspended("withheld", 7, "israel", "1.3"));
    Status s = status(entries, 9);
    assertThat(acts(s))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t)
                    .startsWith(
                        "israel suspended its obligations of clause 1.3 on day 7: no right of the"
                            + " text covered it (clause 8: israel may suspend obligations when"
                            + " hamas breached clause 1.2, which did not hold)"));
    assertThat(s.standing().state()).isEqualTo("suspended");
    assertThat(s.standing().by()).contains("suspension");
    assertThat(s.standing().text())
        .startsWith("in force since 2025-01-19 08:30 (day 1); israel suspended its obligations");
  }

  @Test
  void aSuspensionUnderARightWhoseConditionHoldsIsCitedAndIsNoDeviation() {
    List<Entry> entries = entries();
    // hamas releases nothing by day 5: clause 1.2 breached at the end of day 5
    entries.add(suspended("suspends", 7, "israel", null));
    Status s = status(entries, 7);
    assertThat(acts(s)).isEmpty();
    assertThat(s.suspensions())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.lawful()).isTrue();
              assertThat(x.clause()).isEqualTo("clause 8");
              assertThat(x.endDay()).isEmpty();
            });
    assertThat(
            org.truce.render.monitor.StatusText.render(
                Monitor.readings(VERSIONS, entries, AT.date(7).atTime(20, 0), CountingPolicy.LIST)
                    .orElseThrow()))
        .contains(
            "Suspensions and terminations\n  day 7 (2025-01-25): israel suspended its obligations,"
                + " not taken up again: under clause 8: israel may suspend obligations when hamas"
                + " breached clause 1.2 (entry suspends)\n");
    assertThat(s.standing().state()).isEqualTo("suspended");
    assertThat(s.standing().by()).contains("right");
    assertThat(s.standing().clause()).isEqualTo("clause 8");
  }

  @Test
  void obligationsTakenUpAgainLeaveTheAgreementInForce() {
    List<Entry> entries = entries();
    entries.add(suspended("suspends", 7, "israel", null));
    entries.add(reinstated("again", 8, "israel"));
    Status s = status(entries, 8);
    assertThat(s.standing().state()).isEqualTo("in_force");
    assertThat(s.suspensions().getFirst().endDay()).contains(8L);
    assertThat(s.suspensions().getFirst().endEntry()).contains("again");
    // reinstated by the other party: still suspended
    List<Entry> other = entries();
    other.add(suspended("suspends", 7, "israel", null));
    other.add(reinstated("again", 8, "hamas"));
    assertThat(status(other, 8).standing().state()).isEqualTo("suspended");
  }

  @Test
  void aTerminationUnderARightEndsTheAgreementByThatRight() {
    List<Entry> entries = entries();
    entries.add(LedgerEntries.released("h", AT.date(4), "hamas", "hostage.living.civilian", 10));
    entries.add(LedgerEntries.released("p", AT.date(6), "israel", "prisoner", 100));
    entries.add(AT.talks("stalled", 9, TalksState.STALLED));
    entries.add(terminated("ends", 12, "hamas"));
    Status s = status(entries, 13);
    assertThat(acts(s)).isEmpty();
    assertThat(s.standing().state()).isEqualTo("ended");
    assertThat(s.standing().by()).contains("right");
    assertThat(s.standing().clause()).isEqualTo("clause 9");
    assertThat(s.standing().text())
        .startsWith("ended on 2025-01-30 12:00 (day 12), when hamas terminated the agreement");
  }

  @Test
  void aTerminationNoRightCoveredIsADeviationAndEndsTheAgreementByTermination() {
    List<Entry> entries = entries();
    entries.add(terminated("ends", 3, "hamas"));
    Status s = status(entries, 4);
    assertThat(acts(s))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t)
                    .startsWith(
                        "hamas terminated the agreement on day 3: no right of the text covered"));
    assertThat(s.standing().state()).isEqualTo("ended");
    assertThat(s.standing().by()).contains("termination");
  }
}
