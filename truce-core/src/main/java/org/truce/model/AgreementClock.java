package org.truce.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The agreement's days on the calendar: day {@code d} is the 24 hours [entry + 24(d-1) h, entry +
 * 24d h), counted from the moment of entry into force in the agreement's zone (docs/semantics.md,
 * "Hours, dates and zones"). Days are 24-hour periods even across a change of daylight saving time,
 * so the local hour at which a day ends may move by the change. Without a zone, local times are
 * read as a fixed offset (no daylight saving), which is UTC's rule.
 */
public record AgreementClock(LocalDateTime entry, Optional<ZoneId> zone) {
  private static final long SECONDS_A_DAY = Duration.ofDays(1).toSeconds();

  /** The clock of an agreement whose header gives {@code starts}; empty without it. */
  public static Optional<AgreementClock> of(Metadata metadata) {
    return metadata
        .startDate()
        .map(
            date ->
                new AgreementClock(
                    date.atTime(metadata.startTime().orElse(java.time.LocalTime.MIDNIGHT)),
                    metadata.zone()));
  }

  /** The rules local times are read by: the zone's, or a fixed offset without one. */
  public ZoneId rules() {
    return zone.orElse(ZoneOffset.UTC);
  }

  /** The instant of entry into force. */
  public Instant entryInstant() {
    return entry.atZone(rules()).toInstant();
  }

  /** The instant a local moment of the agreement's zone stands for. */
  public Instant instant(LocalDateTime local) {
    return local.atZone(rules()).toInstant();
  }

  /** The day {@code instant} falls in: 0 or less before entry into force. */
  public long dayOf(Instant instant) {
    long seconds = Duration.between(entryInstant(), instant).toSeconds();
    return Math.floorDiv(seconds, SECONDS_A_DAY) + 1;
  }

  /**
   * The day by whose end a deadline at {@code instant} is due: the day in which the deadline's last
   * instant falls, ceil(hours after entry / 24). 0 or less when it is not after entry.
   */
  public long dueDay(Instant instant) {
    long seconds = Duration.between(entryInstant(), instant).toSeconds();
    return Math.ceilDiv(seconds, SECONDS_A_DAY);
  }

  /** The day by whose end a calendar deadline is due. */
  public long dueDay(CalendarMoment deadline) {
    return dueDay(instant(deadline.moment()));
  }

  /** The moment day {@code day} begins, in the agreement's zone. */
  public ZonedDateTime start(long day) {
    return entryInstant().plusSeconds((day - 1) * SECONDS_A_DAY).atZone(rules());
  }

  /** The moment day {@code day} ends (and the next begins), in the agreement's zone. */
  public ZonedDateTime end(long day) {
    return start(day + 1);
  }
}
