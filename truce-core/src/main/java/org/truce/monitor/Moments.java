package org.truce.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.truce.ledger.DossierVersions;
import org.truce.model.Agreement;

/**
 * The moment a monitor is asked about, in the agreement's zone (docs/monitor.md): a moment with an
 * offset ({@code 2025-01-26T02:00Z}, {@code 2025-01-26T04:00+02:00}) is converted to it; a moment
 * without one ({@code 2025-01-26T04:00}) and a date alone (its end) are read in it; "now" is the
 * instant of an injected clock read in it. The machine's own zone is never read.
 */
public final class Moments {
  private Moments() {}

  /** The moment {@code text} names, as a local time of {@code zone}; empty when it names none. */
  public static Optional<LocalDateTime> parse(String text, ZoneId zone) {
    String t = text.strip().replace(' ', 'T');
    try {
      if (t.length() == 10) {
        return Optional.of(LocalDate.parse(t).atTime(Monitor.END_OF_DATE));
      }
      if (t.endsWith("Z") || t.endsWith("z") || hasOffset(t)) {
        return Optional.of(
            OffsetDateTime.parse(t.toUpperCase(java.util.Locale.ROOT))
                .atZoneSameInstant(zone)
                .toLocalDateTime());
      }
      return Optional.of(LocalDateTime.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An offset after the hour: {@code +02:00} or {@code -05:00} past the date's own dashes. */
  private static boolean hasOffset(String t) {
    int time = t.indexOf('T');
    return time > 0 && (t.indexOf('+', time) > 0 || t.indexOf('-', time) > 0);
  }

  /** Now, in {@code zone}, by {@code clock}. */
  public static LocalDateTime now(Clock clock, ZoneId zone) {
    return LocalDateTime.ofInstant(clock.instant(), zone);
  }

  /**
   * The zone of a dossier's texts: the first declared by a version (in the order of its labels);
   * UTC when none declares one.
   */
  public static ZoneId zone(DossierVersions versions) {
    return versions.labels().stream()
        .flatMap(label -> versions.version(label).stream())
        .map(Agreement::metadata)
        .flatMap(m -> m.zone().stream())
        .findFirst()
        .orElse(ZoneOffset.UTC);
  }
}
