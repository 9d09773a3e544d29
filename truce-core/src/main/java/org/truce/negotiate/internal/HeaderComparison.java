package org.truce.negotiate.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Metadata;
import org.truce.negotiate.HeaderChange;
import org.truce.negotiate.HeaderChange.Field;

/** The header fields whose values differ, in the order of the canonical layout. */
public final class HeaderComparison {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private HeaderComparison() {}

  public static List<HeaderChange> compare(Metadata old, Metadata now) {
    List<HeaderChange> out = new ArrayList<>();
    for (Field field : Field.values()) {
      Optional<String> before = value(old, field);
      Optional<String> after = value(now, field);
      if (!before.equals(after)) {
        out.add(new HeaderChange(field, before, after));
      }
    }
    return out;
  }

  private static Optional<String> value(Metadata metadata, Field field) {
    return switch (field) {
      case TITLE -> Optional.of(metadata.title());
      case VERSION -> metadata.version();
      case DATED -> metadata.dated().map(Object::toString);
      case TABLED_BY -> metadata.tabledBy();
      case VIA ->
          metadata.via().isEmpty()
              ? Optional.empty()
              : Optional.of(String.join(", ", metadata.via()));
      case PREVIOUS -> metadata.previous();
      case STARTS ->
          metadata
              .startDate()
              .map(
                  date ->
                      date + metadata.startTime().map(time -> " " + TIME.format(time)).orElse(""));
    };
  }
}
