package org.truce.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The moment asked of the monitor is read in the agreement's zone (docs/monitor.md): with an offset
 * it is converted, without one it is local, and "now" is an injected clock's instant. The machine's
 * zone is set to another one during these tests to show that it is never read.
 */
class MomentsTest {
  private static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");
  private TimeZone machine;

  @BeforeEach
  void elsewhere() {
    machine = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
  }

  @AfterEach
  void back() {
    TimeZone.setDefault(machine);
  }

  @Test
  void momentsWithAnOffsetAreConvertedToTheAgreementsZone() {
    LocalDateTime daySixtyEnds = LocalDateTime.of(2025, 1, 26, 4, 0);
    assertThat(Moments.parse("2025-01-26T02:00Z", BEIRUT)).contains(daySixtyEnds);
    assertThat(Moments.parse("2025-01-26T02:00z", BEIRUT)).contains(daySixtyEnds);
    assertThat(Moments.parse("2025-01-26T04:00+02:00", BEIRUT)).contains(daySixtyEnds);
    assertThat(Moments.parse("2025-01-25T21:00-05:00", BEIRUT)).contains(daySixtyEnds);
    assertThat(Moments.parse("2025-01-26 04:00", BEIRUT)).contains(daySixtyEnds);
    assertThat(Moments.parse("2025-01-26T04:00", BEIRUT)).contains(daySixtyEnds);
  }

  @Test
  void aDateAloneIsTheEndOfThatDateInTheAgreementsZone() {
    assertThat(Moments.parse("2025-02-18", BEIRUT))
        .contains(LocalDateTime.of(2025, 2, 18, 0, 0).with(Monitor.END_OF_DATE));
  }

  @Test
  void whatIsNotAMomentIsRefused() {
    assertThat(Moments.parse("2025-02-30", BEIRUT)).isEmpty();
    assertThat(Moments.parse("tomorrow", BEIRUT)).isEmpty();
    assertThat(Moments.parse("2025-01-26T04:00+25:00", BEIRUT)).isEmpty();
  }

  @Test
  void nowIsTheClocksInstantInTheAgreementsZoneNotTheMachines() {
    // 23:30 UTC on 25 January is already 26 January in Beirut (and still the 25th in Los Angeles)
    Clock clock = Clock.fixed(Instant.parse("2025-01-25T23:30:00Z"), ZoneId.of("Asia/Tokyo"));
    assertThat(Moments.now(clock, BEIRUT)).isEqualTo(LocalDateTime.of(2025, 1, 26, 1, 30));
  }
}
