package org.truce.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A deadline written as a calendar moment, {@code by 2025-01-26 04:00} or {@code by 2025-02-18}, in
 * the agreement's zone. A date without an hour means the end of that calendar day, that is midnight
 * at the start of the next one (docs/semantics.md, "Hours, dates and zones").
 */
public record CalendarMoment(LocalDate date, Optional<LocalTime> time) {
  /** The local moment the deadline falls at: the hour given, or the end of the date. */
  public LocalDateTime moment() {
    return time.map(date::atTime).orElseGet(() -> date.plusDays(1).atStartOfDay());
  }

  /** As written: {@code 2025-01-26 04:00} or {@code 2025-02-18}. */
  @Override
  public String toString() {
    return date + time.map(t -> " " + t).orElse("");
  }
}
