package org.truce.ledger;

import java.time.LocalTime;
import java.util.Optional;
import java.util.SequencedMap;
import org.truce.ledger.internal.EventFields;

/**
 * {@code by} suspends its obligations ({@code suspended}: those of {@code clause}, or all of them),
 * or takes them up again ({@code reinstated}).
 */
public record Suspension(
    EntryKind kind,
    String by,
    @Override Optional<String> clause,
    Optional<LocalTime> at,
    Optional<String> text)
    implements Event {
  public Suspension {
    if (kind != EntryKind.SUSPENDED && kind != EntryKind.REINSTATED) {
      throw new IllegalArgumentException("obligations are suspended or reinstated");
    }
  }

  @Override
  public SequencedMap<String, String> fields() {
    return new EventFields()
        .put("by", by)
        .put("clause", clause)
        .put("at", at)
        .put("text", text)
        .map();
  }
}
