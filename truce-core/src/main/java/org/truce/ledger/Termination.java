package org.truce.ledger;

import java.time.LocalTime;
import java.util.Optional;
import java.util.SequencedMap;
import org.truce.ledger.internal.EventFields;

/** {@code by} terminates the agreement. */
public record Termination(String by, Optional<LocalTime> at, Optional<String> text)
    implements Event {
  @Override
  public EntryKind kind() {
    return EntryKind.TERMINATED;
  }

  @Override
  public SequencedMap<String, String> fields() {
    return new EventFields().put("by", by).put("at", at).put("text", text).map();
  }
}
