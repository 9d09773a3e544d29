package org.truce.ledger;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import org.truce.ledger.internal.EventFields;

/**
 * The monitoring cell does not monitor {@code clause}: no reliable source records what it asks
 * ({@code reason}). Its obligations are listed as not monitored, and none of its deviations counts
 * (docs/monitor.md, "What is monitored").
 */
public record NotMonitored(String clauseName, String reason) implements Event {
  public NotMonitored {
    Objects.requireNonNull(clauseName, "clause");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public EntryKind kind() {
    return EntryKind.NOT_MONITORED;
  }

  @Override
  public Optional<LocalTime> at() {
    return Optional.empty();
  }

  @Override
  public Optional<String> clause() {
    return Optional.of(clauseName);
  }

  @Override
  public SequencedMap<String, String> fields() {
    return new EventFields().put("clause", clauseName).put("reason", reason).map();
  }
}
