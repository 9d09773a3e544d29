package org.truce.monitor;

import java.time.LocalDateTime;

/**
 * The days of the agreement: day N is the 24 hours of real time that begin {@code 24 × (N − 1)}
 * hours after {@code from}, a local time in {@code zone} (an IANA id or an offset), also across a
 * change of daylight saving time (docs/monitor.md, "How the status is made").
 */
public record DayClock(LocalDateTime from, String zone) {
  /** The local time at which day {@code day} ends. */
  public LocalDateTime endOf(long day) {
    java.time.ZoneId id = java.time.ZoneId.of(zone);
    return from.atZone(id).plusHours(24 * day).withZoneSameInstant(id).toLocalDateTime();
  }

  /** True when the days begin at midnight: each day is then one calendar date. */
  public boolean calendarDays() {
    return from.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
  }
}
