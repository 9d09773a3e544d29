package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.TalksState;
import org.truce.testing.LedgerEntries;

/**
 * Rights are checked, not assumed (docs/monitor.md, "Phases, talks and rights as recorded"): a
 * resumption is covered by a right only when its condition holds on the recorded facts at that
 * moment; the status cites the right then, and otherwise says that no right covered it and counts a
 * deviation. A resumption under a phase whose hostilities have ended is always a deviation.
 */
class MonitorRightsTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);
  private static final Facts AT = new Facts(START);

  private static final String TEXT =
      """
      agreement "Rights"
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
        [1.2] hamas releases 10 hostage.living.civilian by day 5
        [1.3] israel releases 100 prisoner by day 5
        talks on two begin by day 3
      }
      phase two "End" lasts 10 days, begins when phase one ended and talks on two agreed {
        hostilities ended
        hamas releases 20 hostage.living.civilian by day 5
      }
      [5] israel may resume hostilities when phase one ended and not talks on two agreed
      [6] israel may resume hostilities when hamas breached clause 1.2
      [7] hamas may resume hostilities when qatar confirms a breach by israel
      """;

  private static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    entries.add(LedgerEntries.released("p", AT.date(3), "israel", "prisoner", 100));
    return entries;
  }

  private static DossierVersions versions() {
    return LedgerEntries.versions("rights.truce", TEXT);
  }

  private static Status status(List<Entry> entries, long day) {
    return Monitor.status(versions(), entries, AT.date(day).atTime(20, 0), CountingPolicy.LIST)
        .orElseThrow();
  }

  private static List<String> resumptions(Status s) {
    return s.deviations().stream()
        .map(Status.DeviationLine::text)
        .filter(t -> t.startsWith("hostilities resumed"))
        .toList();
  }

  @Test
  void aRightWhoseConditionHoldsCoversTheResumptionAndIsCited() {
    List<Entry> entries = entries();
    entries.add(LedgerEntries.released("h", AT.date(4), "hamas", "hostage.living.civilian", 10));
    entries.add(AT.talks("stalled", 5, TalksState.STALLED));
    entries.add(AT.resumed("resumed", 12, "israel"));
    Status s = status(entries, 12);
    assertThat(s.hostilities().state()).isEqualTo("resumed");
    assertThat(s.hostilities().clause()).isEqualTo("clause 5");
    assertThat(s.hostilities().right().orElseThrow())
        .startsWith("under clause 5: israel may resume hostilities when phase one ended");
    assertThat(resumptions(s)).isEmpty();
    assertThat(s.standing().state()).isEqualTo("ended");
    assertThat(s.standing().by()).contains("right");
    assertThat(s.standing().clause()).isEqualTo("clause 5");
  }

  @Test
  void aRightWhoseConditionDoesNotHoldCoversNothing() {
    List<Entry> entries = entries();
    entries.add(LedgerEntries.released("h", AT.date(4), "hamas", "hostage.living.civilian", 10));
    entries.add(AT.resumed("resumed", 7, "israel"));
    Status s = status(entries, 8);
    assertThat(s.hostilities().clause()).isEmpty();
    assertThat(s.hostilities().right().orElseThrow())
        .startsWith("no right of the text covered it (clause 5: israel may resume hostilities");
    assertThat(resumptions(s))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t)
                    .startsWith(
                        "hostilities resumed by israel on day 7, while the phase in force keeps"
                            + " them paused: no right of the text covered it"));
    assertThat(s.standing().by()).contains("resumption");
  }

  @Test
  void aBreachRecordedByTheMonitorOpensTheRightThatWaitsForIt() {
    List<Entry> entries = entries();
    // hamas releases nothing by day 5 of clause 1.2: breached at the end of day 5
    entries.add(AT.resumed("early", 5, "israel"));
    assertThat(status(entries, 5).hostilities().clause()).isEmpty();

    List<Entry> later = entries();
    later.add(AT.resumed("late", 7, "israel"));
    Status s = status(later, 7);
    assertThat(s.hostilities().clause()).isEqualTo("clause 6");
    assertThat(resumptions(s)).isEmpty();
  }

  @Test
  void aMediatorsViolationEntryIsItsConfirmationOfABreach() {
    List<Entry> entries = entries();
    entries.add(LedgerEntries.released("h", AT.date(4), "hamas", "hostage.living.civilian", 10));
    entries.add(AT.resumed("resumed", 7, "hamas"));
    assertThat(status(entries, 7).hostilities().clause()).isEmpty();

    List<Entry> confirmed = entries();
    confirmed.add(LedgerEntries.released("h", AT.date(4), "hamas", "hostage.living.civilian", 10));
    confirmed.add(AT.violation("qatar-confirms", 7, "qatar", "israel"));
    confirmed.add(AT.resumed("resumed", 7, "hamas"));
    Status s = status(confirmed, 7);
    assertThat(s.hostilities().clause()).isEqualTo("clause 7");
    assertThat(resumptions(s)).isEmpty();
  }

  @Test
  void aResumptionUnderAPhaseThatEndedHostilitiesIsAlwaysADeviation() {
    List<Entry> entries = entries();
    entries.add(LedgerEntries.released("h", AT.date(4), "hamas", "hostage.living.civilian", 10));
    entries.add(AT.talks("agreed", 8, TalksState.AGREED));
    entries.add(AT.resumed("resumed", 12, "israel"));
    Status s = status(entries, 12);
    assertThat(s.phase().orElseThrow().name()).isEqualTo("two");
    assertThat(resumptions(s))
        .containsExactly(
            "hostilities resumed by israel on day 12, while the phase in force has ended them");
  }

  private static final String ORDERED =
      """
      agreement "Order"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 4  hostage.living.soldier 2 }
      phase one "Calm" lasts 10 days {
        hostilities paused
        [1.1] hamas releases 4 hostage.living.civilian by day 6
        [1.2] hamas releases 2 hostage.living.soldier by day 6
        [1.3] hamas releases all hostage.living.civilian before any hostage.living.soldier
      }
      [6] israel may resume hostilities when hamas breached clause 1.3
      """;

  @Test
  void aBreachOfAnOrderOpensTheRightThatWaitsForIt() {
    DossierVersions ordered = LedgerEntries.versions("order.truce", ORDERED);
    List<Entry> inOrder = new ArrayList<>();
    inOrder.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    inOrder.add(LedgerEntries.released("c", AT.date(2), "hamas", "hostage.living.civilian", 4));
    inOrder.add(LedgerEntries.released("s", AT.date(3), "hamas", "hostage.living.soldier", 2));
    inOrder.add(AT.resumed("resumed", 4, "israel"));
    Status kept =
        Monitor.status(ordered, inOrder, AT.date(4).atTime(20, 0), CountingPolicy.LIST)
            .orElseThrow();
    assertThat(kept.hostilities().clause()).isEmpty();

    List<Entry> broken = new ArrayList<>();
    broken.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    broken.add(LedgerEntries.released("s", AT.date(2), "hamas", "hostage.living.soldier", 2));
    // The breach happens at the end of day 2: a resumption that day is not yet covered.
    broken.add(AT.resumed("same-day", 2, "israel"));
    assertThat(
            Monitor.status(ordered, broken, AT.date(2).atTime(20, 0), CountingPolicy.LIST)
                .orElseThrow()
                .hostilities()
                .clause())
        .isEmpty();
    broken.removeLast();
    broken.add(AT.resumed("resumed", 3, "israel"));
    Status s =
        Monitor.status(ordered, broken, AT.date(3).atTime(20, 0), CountingPolicy.LIST)
            .orElseThrow();
    assertThat(s.hostilities().clause()).isEqualTo("clause 6");
    assertThat(resumptions(s)).isEmpty();
  }
}
