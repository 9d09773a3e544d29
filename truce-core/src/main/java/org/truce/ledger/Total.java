package org.truce.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.SequencedMap;
import org.truce.ledger.internal.EventFields;

/**
 * A total a source gives: {@code by} released {@code count} of {@code category} (or below it) in
 * all as of the entry's date, or, with {@code on}, on that one date. Reconciled with the releases
 * recorded one by one, never split into them (docs/monitor.md, "Totals and disputed batches").
 */
public record Total(
    String by, String category, long count, Optional<LocalDate> on, Optional<String> text)
    implements Event {
  public Total {
    if (count < 0) {
      throw new IllegalArgumentException("a total is of at least none");
    }
  }

  @Override
  public EntryKind kind() {
    return EntryKind.TOTAL;
  }

  @Override
  public Optional<LocalTime> at() {
    return Optional.empty();
  }

  @Override
  public SequencedMap<String, String> fields() {
    return new EventFields()
        .put("by", by)
        .put("category", category)
        .put("count", count)
        .put("on", on)
        .put("text", text)
        .map();
  }
}
