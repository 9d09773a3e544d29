package org.truce.model.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.truce.source.Suggestions;

/** The time zones an agreement may name: IANA ids ({@code Asia/Beirut}) and fixed offsets. */
public final class Zones {
  private Zones() {}

  /** The zone {@code id} names ({@code Asia/Gaza}, {@code UTC+02:00}, {@code +02:00}). */
  public static Optional<ZoneId> parse(String id) {
    if (id.isBlank() || id.length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The IANA ids closest to an unknown {@code id}, for "did you mean". */
  public static List<String> suggestions(String id) {
    return Suggestions.forName(id, ZoneId.getAvailableZoneIds());
  }
}
