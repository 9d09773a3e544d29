package org.truce.monitor.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;

/**
 * The days of an agreement: day 1 is the 24 hours from the moment it entered into force, day 2 the
 * next 24, and so on. An event with an hour falls in the day its moment falls in; an event with a
 * date only falls in the day that begins on its date, and is taken to have happened by the end of
 * that date (docs/monitor.md). Moments are local times of the agreement's zone; days are 24 hours
 * of real time, also across a change of daylight saving time.
 */
public record Clock(LocalDateTime start, ZoneId zone) {
  private static final long MINUTES_A_DAY = Duration.ofDays(1).toMinutes();

  /** A clock without a zone: local times read as a fixed offset. */
  public Clock(LocalDateTime start) {
    this(start, ZoneOffset.UTC);
  }

  /** The day {@code moment} falls in: 0 or less before the start. */
  public long dayOf(LocalDateTime moment) {
    long minutes = ChronoUnit.MINUTES.between(start.atZone(zone), moment.atZone(zone));
    return Math.floorDiv(minutes, MINUTES_A_DAY) + 1;
  }

  /** The day that begins on {@code date}. */
  public long dayOf(LocalDate date) {
    return ChronoUnit.DAYS.between(start.toLocalDate(), date) + 1;
  }

  /** The day an entry's event happened on. */
  public long dayOf(Entry entry) {
    return hour(entry)
        .map(hour -> dayOf(entry.date().atTime(hour)))
        .orElseGet(() -> dayOf(entry.date()));
  }

  /** The date on which day {@code day} begins. */
  public LocalDate dateOf(long day) {
    return start.toLocalDate().plusDays(day - 1);
  }

  private static java.util.Optional<LocalTime> hour(Entry entry) {
    return entry.event().flatMap(Event::at);
  }
}
