package org.truce.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The agreement header: title, version label, date of the text, who tabled it and through which
 * mediators, the version it follows (its lineage), when it enters into force and in which time zone
 * (an IANA id such as {@code Asia/Beirut} or a fixed offset such as {@code UTC+02:00}).
 */
public record Metadata(
    String title,
    Optional<String> version,
    Optional<LocalDate> dated,
    Optional<String> tabledBy,
    List<String> via,
    Optional<String> previous,
    Optional<LocalDate> startDate,
    Optional<LocalTime> startTime,
    Optional<ZoneId> zone) {
  public Metadata {
    via = List.copyOf(via);
  }

  /** A header without a time zone. */
  public Metadata(
      String title,
      Optional<String> version,
      Optional<LocalDate> dated,
      Optional<String> tabledBy,
      List<String> via,
      Optional<String> previous,
      Optional<LocalDate> startDate,
      Optional<LocalTime> startTime) {
    this(title, version, dated, tabledBy, via, previous, startDate, startTime, Optional.empty());
  }
}
