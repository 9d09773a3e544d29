package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.monitor.HeldFixture.release;
import static org.truce.monitor.HeldFixture.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.monitor.Status.DeliveredLine;
import org.truce.monitor.Status.HeldLine;
import org.truce.render.monitor.StatusJson;
import org.truce.render.monitor.StatusTables;
import org.truce.render.monitor.StatusText;
import org.truce.table.TableFormat;
import org.truce.testing.Golden;

/** Still held and delivered in all (docs/monitor.md, "Still held and delivered in all"). */
class MonitorHeldTest {
  private static final List<Entry> EVENTS =
      List.of(
          release("civ", 2, "hamas", "hostage.living.civilian", 12),
          release("unk", 3, "hamas", "hostage.unknown", 3),
          release("liv", 4, "hamas", "hostage.living", 2),
          release("rem", 4, EntryKind.REMAINS, "hamas", "hostage.remains", 1),
          release("all", 5, "hamas", "hostage", 1),
          release("pri", 2, "israel", "prisoner", 360));

  private static HeldLine line(Status s, String category) {
    return s.held().stream().filter(h -> h.category().equals(category)).findFirst().orElseThrow();
  }

  private static DeliveredLine delivered(Status s, String holder) {
    return s.delivered().stream().filter(d -> d.holder().equals(holder)).findFirst().orElseThrow();
  }

  @Test
  void eachLineSaysHowManyAreStillHeldAndInWhatStateTheOthersWereReleased() {
    Status s = status(12, EVENTS);
    HeldLine civilians = line(s, "hostage.living.civilian");
    assertThat(civilians.atSigning()).isEqualTo(20);
    assertThat(civilians.released()).isEqualTo(12);
    assertThat(civilians.living()).isEqualTo(12);
    assertThat(civilians.stillHeld()).isEqualTo(8);
    // The line of unknown status: 3 released not yet revealed, 2 living, 1 remains.
    HeldLine unknown = line(s, "hostage.unknown");
    assertThat(unknown.unknownStatus()).isTrue();
    assertThat(unknown.unrevealed()).isEqualTo(3);
    assertThat(unknown.living()).isEqualTo(2);
    assertThat(unknown.remains()).isEqualTo(1);
    assertThat(unknown.stillHeld()).isEqualTo(2);
    assertThat(line(s, "prisoner").bound()).contains("about");
  }

  @Test
  void deliveredInAllIsOneLinePerHolderAndCountsAReleaseAboveTheLinesApart() {
    Status s = status(12, EVENTS);
    DeliveredLine hamas = delivered(s, "hamas");
    assertThat(hamas.living()).isEqualTo(15); // 12 civilians, 2 living, 1 `hostage`
    assertThat(hamas.remains()).isEqualTo(1);
    assertThat(hamas.unrevealed()).isEqualTo(3);
    assertThat(hamas.total()).isEqualTo(19);
    assertThat(hamas.notFromOneLine()).isEqualTo(1);
    assertThat(StatusText.render(HeldFixture.readings(12, EVENTS)))
        .contains(
            "hamas delivered in all: 15 living, 1 remains and 3 of unknown status, not yet revealed");
  }

  @Test
  void beforeAnyReleaseEverythingIsStillHeld() {
    Status s = status(1, List.of());
    assertThat(s.held()).allSatisfy(h -> assertThat(h.stillHeld()).isEqualTo(h.atSigning()));
    assertThat(StatusText.render(HeldFixture.readings(1, List.of())))
        .contains("hamas delivered in all: none yet");
  }

  @Test
  void releasesBeyondTheLineAreShownAsSuchNotAsNegativeHeld() {
    Status s = status(12, List.of(release("civ", 2, "hamas", "hostage.living.civilian", 23)));
    HeldLine civilians = line(s, "hostage.living.civilian");
    assertThat(civilians.stillHeld()).isZero();
    assertThat(civilians.excess()).isEqualTo(3);
  }

  @Test
  void aReleaseOutsideTheDealIsNoLongerHeldUnderEitherReading() {
    Entry outside =
        HeldFixture.entry(
            "out",
            HeldFixture.START.plusDays(1),
            "AFP",
            new org.truce.ledger.Event.Release(
                EntryKind.RELEASE,
                "hamas",
                "hostage.living.civilian",
                2,
                org.truce.ledger.Event.Counted.OUTSIDE_DEAL,
                java.util.Optional.empty(),
                List.of(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty()));
    Monitor.Readings r = HeldFixture.readings(12, List.of(outside));
    assertThat(line(r.chosen(), "hostage.living.civilian").stillHeld()).isEqualTo(18);
    assertThat(line(r.other(), "hostage.living.civilian").stillHeld()).isEqualTo(18);
  }

  @Test
  void goldenStatusTallyAndJson() {
    Monitor.Readings readings = HeldFixture.readings(12, EVENTS);
    var dir = Golden.resources().resolve("monitor/held");
    Golden.assertMatches(dir.resolve("status.txt"), StatusText.render(readings));
    Golden.assertMatches(
        dir.resolve("held-table.txt"),
        TableFormat.TEXT.write(StatusTables.held(readings.chosen())));
    Golden.assertMatches(dir.resolve("status.json"), StatusJson.render(readings));
  }
}
