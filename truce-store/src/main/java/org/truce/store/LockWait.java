package org.truce.store;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How long a command waits for the ledger's write lock while another process holds it (an import,
 * or a first opening that brings the schema up to date): after {@code noticeAfter} it says so
 * through {@code notice} (once), after {@code giveUp} it stops with an error and writes nothing.
 * The same on SQLite (its busy handler) and PostgreSQL (the advisory lock, with a lock timeout).
 */
public record LockWait(Duration noticeAfter, Duration giveUp, Consumer<String> notice) {
  /** Three seconds before the notice, a minute before giving up; the notice goes nowhere. */
  public static final LockWait DEFAULT =
      new LockWait(Duration.ofSeconds(3), Duration.ofSeconds(60), message -> {});

  public LockWait {
    if (noticeAfter.compareTo(giveUp) > 0) {
      noticeAfter = giveUp;
    }
  }

  /** The same bounds, with the notice sent to {@code to}. */
  public LockWait to(Consumer<String> to) {
    return new LockWait(noticeAfter, giveUp, to);
  }
}
