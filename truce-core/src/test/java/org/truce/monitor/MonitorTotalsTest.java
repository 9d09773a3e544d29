package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.monitor.HeldFixture.dayTotal;
import static org.truce.monitor.HeldFixture.release;
import static org.truce.monitor.HeldFixture.status;
import static org.truce.monitor.HeldFixture.total;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.monitor.Status.TotalLine;
import org.truce.render.monitor.StatusText;
import org.truce.testing.Golden;

/** Totals and disputed batches (docs/monitor.md): set beside the releases, never split. */
class MonitorTotalsTest {
  private static final List<Entry> RELEASES =
      List.of(
          release("civ2", 2, "hamas", "hostage.living.civilian", 13),
          release("unk2", 2, "hamas", "hostage.unknown", 4),
          release("civ3", 3, "hamas", "hostage.living.civilian", 5),
          release("rem4", 4, EntryKind.REMAINS, "hamas", "hostage.remains", 1));

  private static List<Entry> with(Entry... more) {
    List<Entry> all = new java.util.ArrayList<>(RELEASES);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void aTotalInAllThatDiffersIsADisputedFigureAndChangesNoOtherFigure() {
    Status plain = status(10, RELEASES);
    Status s = status(10, with(total("icrc-3", 3, "ICRC", "hostage", 25)));
    TotalLine t = s.totals().getFirst();
    assertThat(t.recorded()).isEqualTo(22); // 13 + 4 + 5 up to day 3; the remains come later
    assertThat(t.difference()).isEqualTo(3);
    assertThat(t.oneDay()).isFalse();
    assertThat(t.day()).isEqualTo(3);
    // Never split into invented releases: every other part of the status is as without it.
    assertThat(s.tallies()).isEqualTo(plain.tallies());
    assertThat(s.obligations()).isEqualTo(plain.obligations());
    assertThat(s.held()).isEqualTo(plain.held());
    assertThat(s.deviations()).isEqualTo(plain.deviations());
    assertThat(
            StatusText.render(
                HeldFixture.readings(10, with(total("icrc-3", 3, "ICRC", "hostage", 25)))))
        .contains(
            "hamas released 25 hostage in all as of 2025-01-21 (day 3) (ICRC; entry icrc-3), or 22"
                + " by the releases recorded one by one: 3 more by the total");
  }

  @Test
  void aDaysTotalSpanningCategoriesIsSetBesideThatDaysReleases() {
    Status s = status(10, with(dayTotal("batch-2", 3, 2, "hostage", 19)));
    TotalLine t = s.totals().getFirst();
    assertThat(t.oneDay()).isTrue();
    assertThat(t.recorded()).isEqualTo(17); // 13 civilians and 4 of unknown status on day 2
    assertThat(t.difference()).isEqualTo(2);
  }

  @Test
  void aTotalThatAgreesIsNoDispute() {
    Status s = status(10, with(total("icrc-4", 4, "ICRC", "hostage", 23)));
    assertThat(s.totals().getFirst().difference()).isZero();
    String text =
        StatusText.render(
            HeldFixture.readings(10, with(total("icrc-4", 4, "ICRC", "hostage", 23))));
    assertThat(text.substring(text.indexOf("Disputed figures"), text.indexOf("Totals reported")))
        .doesNotContain("icrc-4");
  }

  @Test
  void aTotalOfOneLineCountsOnlyThatLine() {
    Status s = status(10, with(total("civ-total", 4, "ICRC", "hostage.living.civilian", 18)));
    assertThat(s.totals().getFirst().recorded()).isEqualTo(18);
  }

  @Test
  void golden() {
    Golden.assertMatches(
        Golden.resources().resolve("monitor/held/totals.txt"),
        StatusText.render(
            HeldFixture.readings(
                10,
                with(
                    total("icrc-3", 3, "ICRC", "hostage", 25),
                    total("icrc-4", 4, "ICRC", "hostage", 23),
                    dayTotal("batch-2", 3, 2, "hostage", 19)))));
  }

  @Test
  void aHandoverThatAnswersNoReleaseHasATallyLineOfItsOwnWithItsDisputedFigure() {
    Entry detainees =
        HeldFixture.entry(
            "detainees",
            HeldFixture.START.plusDays(4),
            "ICRC",
            new org.truce.ledger.Event.Handover(
                "israel",
                "ICRC",
                java.util.Optional.of("hamas"),
                java.util.Optional.empty(),
                java.util.Optional.of(4L),
                java.util.Optional.empty(),
                java.util.Optional.empty()));
    Entry ofARelease =
        HeldFixture.entry(
            "of-civ3",
            HeldFixture.START.plusDays(2),
            "ICRC",
            new org.truce.ledger.Event.Handover(
                "hamas",
                "ICRC",
                java.util.Optional.empty(),
                java.util.Optional.of("civ3"),
                java.util.Optional.of(5L),
                java.util.Optional.empty(),
                java.util.Optional.empty()));
    Entry five =
        HeldFixture.entry(
            "five",
            HeldFixture.START.plusDays(4),
            "a second source",
            new org.truce.ledger.Event.Dispute(
                "detainees",
                java.util.Optional.of(5L),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty()));
    Status plain = status(10, RELEASES);
    Status s = status(10, with(detainees, ofARelease, five));
    assertThat(s.tallies())
        .containsAll(plain.tallies())
        .hasSize(plain.tallies().size() + 1)
        .contains(
            new Status.TallyLine(
                "israel",
                "handed over to hamas outside any release",
                "",
                4,
                0,
                java.util.Optional.of(5L),
                0));
  }
}
