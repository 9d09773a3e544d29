package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.monitor.HeldFixture.release;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Entry;
import org.truce.monitor.Status.RatioVerdict;
import org.truce.render.monitor.StatusReport;
import org.truce.render.monitor.StatusText;

/**
 * Releases whose count was not reported (docs/monitor.md, "Releases whose count is not reported";
 * decision 0031), and what went beyond an obligation, on the fixture of {@link HeldFixture}: hamas
 * owes 20 hostage.living.civilian by day 5 (clause 1.1), israel 30 prisoner for each (1.3).
 */
class MonitorUnknownCountsTest {
  private static final int UNREPORTED = 0;

  private static ObligationLine obligation(Status s, String clause) {
    return s.obligations().stream()
        .filter(o -> o.clause().startsWith("clause " + clause))
        .findFirst()
        .orElseThrow();
  }

  private static String text(int day, List<Entry> events) {
    return StatusText.render(HeldFixture.readings(day, events));
  }

  @Test
  void aStageOfUnreportedCountNeitherFulfilsNorFallsShort() {
    List<Entry> events =
        List.of(release("stage", 2, "hamas", "hostage.living.civilian", UNREPORTED));
    Status s = HeldFixture.status(8, events);
    ObligationLine civilians = obligation(s, "1.1");
    assertThat(civilians.done()).isZero();
    assertThat(civilians.unreported()).isEqualTo(1);
    assertThat(s.deviations()).noneMatch(d -> d.clause().contains("1.1"));
    assertThat(text(8, events))
        .contains(
            "hamas releases 20 hostage.living.civilian: overdue by the counts reported, since day 5")
        .contains("; done in part: 1 release, count not reported; whether it is met is not known");
    assertThat(StatusReport.markdown(HeldFixture.readings(8, events)))
        .contains("1 obligation not judged (releases of unreported count)");
  }

  @Test
  void aCounterReleaseForABatchOfUnknownSizeIsNotJudgedNorAnExcess() {
    List<Entry> events =
        List.of(
            release("stage", 2, "hamas", "hostage.living.civilian", UNREPORTED),
            release("prisoners", 2, "israel", "prisoner", 60));
    Status s = HeldFixture.status(8, events);
    assertThat(s.ratios())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(RatioVerdict.UNREPORTED));
    assertThat(s.deviations()).noneMatch(d -> d.clause().contains("1.3"));
    assertThat(text(8, events)).contains("not judged: 1 release of unreported count in the batch");
  }

  @Test
  void aCounterReleaseOfUnreportedCountIsNeitherShortNorLate() {
    List<Entry> events =
        List.of(
            release("civilians", 2, "hamas", "hostage.living.civilian", 2),
            release("prisoners", 2, "israel", "prisoner", UNREPORTED));
    Status s = HeldFixture.status(8, events);
    assertThat(s.ratios())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.verdict()).isEqualTo(RatioVerdict.UNREPORTED);
              assertThat(r.due()).isEqualTo(60);
            });
    assertThat(s.deviations()).noneMatch(d -> d.clause().contains("1.3"));
  }

  @Test
  void stillHeldAndDeliveredSayWhatIsNotKnown() {
    List<Entry> events =
        List.of(
            release("civilians", 2, "hamas", "hostage.living.civilian", 12),
            release("stage", 3, "hamas", "hostage.living.civilian", UNREPORTED));
    Status s = HeldFixture.status(4, events);
    Status.HeldLine civilians =
        s.held().stream()
            .filter(h -> h.category().equals("hostage.living.civilian"))
            .findFirst()
            .orElseThrow();
    assertThat(civilians.released()).isEqualTo(12);
    assertThat(civilians.unreported()).isEqualTo(1);
    assertThat(civilians.stillHeld()).isEqualTo(7); // at most: the stage was of one at least
    assertThat(text(4, events))
        .contains(
            "hamas hostage.living.civilian: at most 7 still held of 20 at signing; 12 released (12"
                + " living) and 1 release of unreported count")
        .contains("hamas delivered in all: 12 living and 1 release of unreported count")
        .contains(
            "hamas released hostage.living.civilian: 12 and 1 release of unreported count, of"
                + " which 12 counted in the deal");
  }

  @Test
  void aTotalIsSetBesideTheReleasesItMayHoldAndDisputedOnlyWhenItCannotBeRight() {
    List<Entry> events =
        List.of(
            release("civilians", 2, "hamas", "hostage.living.civilian", 12),
            release("stage-1", 3, "hamas", "hostage.living.civilian", UNREPORTED),
            release("stage-2", 3, "hamas", "hostage.living.civilian", UNREPORTED),
            HeldFixture.total("icrc", 4, "ICRC", "hostage.living.civilian", 20),
            HeldFixture.total("low", 4, "a ministry", "hostage.living.civilian", 13));
    Status s = HeldFixture.status(5, events);
    assertThat(s.totals())
        .satisfiesExactly(
            icrc -> {
              assertThat(icrc.recorded()).isEqualTo(12);
              assertThat(icrc.unreported()).isEqualTo(2);
              assertThat(icrc.contradicts()).isFalse();
            },
            low -> assertThat(low.contradicts()).isTrue());
    assertThat(text(5, events))
        .contains(
            "12 counted one by one and 2 releases of unreported count, which hold the other 8"
                + " between them by the total")
        .contains(
            "12 counted one by one and 2 releases of unreported count, which the total leaves too"
                + " few for (each is of at least one): 1 fewer by the total");
  }

  @Test
  void whatWentBeyondAnObligationIsSaid() {
    List<Entry> events = List.of(release("civilians", 2, "hamas", "hostage.living.civilian", 23));
    Status s = HeldFixture.status(4, events);
    assertThat(obligation(s, "1.1").beyond()).isEqualTo(3);
    assertThat(text(4, events))
        .contains("fulfilled, 20 of 20 by day 5 (ends 2025-01-24 08:30), and 3 more");
  }

  @Test
  void anOrderIsNotBreachedWhenWhatCameFirstHasNoCount() throws java.io.IOException {
    String text =
        java.nio.file.Files.readString(
            org.truce.testing.Golden.resources()
                .resolve("fuzz/agreements/order-between-releases.truce"));
    // Civilians before any soldier: one civilian, then soldiers, is a breach of clause 1.3.
    Status known =
        MonitorExchangesTest.status(
            text,
            MonitorExchangesTest.entries(
                MonitorExchangesTest.released("civ", "south", "detainee.civilian", 1, 1),
                MonitorExchangesTest.released("sol", "south", "detainee.soldier", 2, 2)),
            4);
    assertThat(known.deviations()).anyMatch(d -> d.text().contains("a breach of the order"));
    // A release of civilians of unreported count may have been all of them: not judged.
    Status unknown =
        MonitorExchangesTest.status(
            text,
            MonitorExchangesTest.entries(
                MonitorExchangesTest.released("civ", "south", "detainee.civilian", 1, UNREPORTED),
                MonitorExchangesTest.released("sol", "south", "detainee.soldier", 2, 2)),
            4);
    assertThat(unknown.deviations()).noneMatch(d -> d.text().contains("a breach of the order"));
  }
}
