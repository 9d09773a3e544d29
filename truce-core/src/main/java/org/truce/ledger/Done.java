package org.truce.ledger;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import org.truce.ledger.internal.EventFields;

/**
 * {@code by} has done what its undertaking {@code clauseName} asks by a deadline; with {@code
 * remaining}, in part only, what remains left undone (docs/monitor.md, "Deadlines, done and done in
 * part"). A partial fulfilment never counts as done.
 */
public record Done(
    String by,
    String clauseName,
    Optional<String> remaining,
    Optional<LocalTime> at,
    Optional<String> text)
    implements Event {
  public Done {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(clauseName, "clause");
  }

  @Override
  public EntryKind kind() {
    return EntryKind.DONE;
  }

  @Override
  public Optional<String> clause() {
    return Optional.of(clauseName);
  }

  @Override
  public SequencedMap<String, String> fields() {
    return new EventFields()
        .put("by", by)
        .put("clause", clauseName)
        .put("remaining", remaining)
        .put("at", at)
        .put("text", text)
        .map();
  }
}
