package org.truce.monitor;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.ledger.InForce;
import org.truce.monitor.internal.Replay;
import org.truce.monitor.internal.StatusBuilder;

/**
 * The monitor's entry point: the status of a dossier's agreement at a moment, from its ledger's
 * entries, replayed against the version in force (docs/monitor.md).
 */
public final class Monitor {
  /**
   * The moment an event reported with a date alone is taken to have happened, and the moment a
   * status asked for a date alone is of: the last second of that date.
   */
  public static final LocalTime END_OF_DATE = InForce.END_OF_DATE;

  private Monitor() {}

  /**
   * The status at {@code at} under {@code policy}, or empty when no version of the dossier is in
   * force at that moment (no {@code in-force} entry before it, or one naming no version of the
   * dossier). {@code entries} are the ledger's, of every kind, in the order recorded.
   */
  public static Optional<Status> status(
      DossierVersions versions, List<Entry> entries, LocalDateTime at, CountingPolicy policy) {
    return replay(versions, entries, at, policy, List::of).map(StatusBuilder::build);
  }

  /** The status under both counting policies: {@code policy}'s first. */
  public static Optional<Readings> readings(
      DossierVersions versions, List<Entry> entries, LocalDateTime at, CountingPolicy policy) {
    return readings(versions, entries, at, policy, List::of);
  }

  /**
   * The status under both counting policies, from entries read through {@link
   * org.truce.ledger.Ledger#forMonitor}: {@code releasesIn} gives the releases an entry of them
   * holds ({@link org.truce.ledger.Ledger#releasesIn}), so that a line cites what was recorded.
   */
  public static Optional<Readings> readings(
      DossierVersions versions,
      List<Entry> entries,
      LocalDateTime at,
      CountingPolicy policy,
      Function<String, List<String>> releasesIn) {
    return replay(versions, entries, at, policy, oneAtATime(releasesIn))
        .map(
            replay -> {
              // The events and the timeline are shared; the other reading on another core.
              CompletableFuture<Status> other =
                  CompletableFuture.supplyAsync(
                      () -> StatusBuilder.build(replay.under(policy.other())));
              return new Readings(StatusBuilder.build(replay), other.join());
            });
  }

  /** The replay of {@code entries} against the version in force at {@code at}, if one is. */
  private static Optional<Replay> replay(
      DossierVersions versions,
      List<Entry> entries,
      LocalDateTime at,
      CountingPolicy policy,
      Function<String, List<String>> releasesIn) {
    InForce inForce = InForce.of(entries);
    Optional<Entry> entry = inForce.at(at);
    if (entry.isPresent() && startOf(versions, entry.get()).filter(at::isBefore).isPresent()) {
      // It gives no hour, and its version's own starts later on the day asked: the one before.
      entry = inForce.before(entry.get());
    }
    return entry.flatMap(
        e -> {
          String label = ((Event.InForce) e.body()).version();
          // An amendment's days count from the entry into force of what it amends.
          Entry origin = inForce.origin(e);
          LocalDateTime daysFrom = startOf(versions, origin).orElse(InForce.momentOf(origin));
          return versions
              .version(label)
              .map(
                  agreement ->
                      new Replay(
                          agreement, label, e, origin, daysFrom, entries, at, policy, releasesIn));
        });
  }

  private static Optional<LocalDateTime> startOf(DossierVersions versions, Entry inForce) {
    String label = ((Event.InForce) inForce.body()).version();
    return versions.version(label).map(agreement -> Replay.start(agreement, inForce));
  }

  /**
   * {@code releasesIn}, asked by one thread at a time and once per id: the two readings are built
   * on two threads, and a ledger is read by one thread at a time.
   */
  private static Function<String, List<String>> oneAtATime(
      Function<String, List<String>> releasesIn) {
    java.util.Map<String, List<String>> known = new java.util.HashMap<>();
    return id -> {
      synchronized (known) {
        return known.computeIfAbsent(id, releasesIn);
      }
    };
  }

  /** The same moment read under the chosen counting policy and under the other one. */
  public record Readings(Status chosen, Status other) {}
}
