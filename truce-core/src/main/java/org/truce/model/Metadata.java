package org.truce.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The agreement header: title, version label, date of the text, who tabled it and through which
 * mediators, the version it follows (its lineage), and when it enters into force.
 */
public record Metadata(
    String title,
    Optional<String> version,
    Optional<LocalDate> dated,
    Optional<String> tabledBy,
    List<String> via,
    Optional<String> previous,
    Optional<LocalDate> startDate,
    Optional<LocalTime> startTime) {
  public Metadata {
    via = List.copyOf(via);
  }
}
