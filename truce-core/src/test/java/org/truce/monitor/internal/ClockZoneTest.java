package org.truce.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The monitor's days are 24 hours of real time in the agreement's zone, across summer time too. */
class ClockZoneTest {
  private static final LocalDateTime ENTRY = LocalDateTime.of(2024, 11, 27, 4, 0);

  @Test
  void dayOneIsTheTwentyFourHoursFromEntry() {
    Clock clock = new Clock(ENTRY, ZoneId.of("Asia/Beirut"));
    assertThat(clock.dayOf(ENTRY)).isEqualTo(1);
    assertThat(clock.dayOf(LocalDateTime.of(2025, 1, 26, 3, 59))).isEqualTo(60);
    assertThat(clock.dayOf(LocalDateTime.of(2025, 1, 26, 4, 0))).isEqualTo(61);
  }

  @Test
  void afterTheChangeToSummerTimeDaysEndAnHourLaterOnTheWallClock() {
    // Beirut moves its clocks from 00:00 to 01:00 on 30 March 2025: day 124 ends at 05:00 local
    Clock beirut = new Clock(ENTRY, ZoneId.of("Asia/Beirut"));
    assertThat(beirut.dayOf(LocalDateTime.of(2025, 3, 31, 4, 30))).isEqualTo(124);
    assertThat(beirut.dayOf(LocalDateTime.of(2025, 3, 31, 5, 0))).isEqualTo(125);
    // without a zone, the wall clock is read as a fixed offset
    assertThat(new Clock(ENTRY).dayOf(LocalDateTime.of(2025, 3, 31, 4, 30))).isEqualTo(125);
  }
}
