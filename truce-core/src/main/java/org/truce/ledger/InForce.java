package org.truce.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which version of the agreement is in force on which day, from a ledger's {@code in-force}
 * entries: each holds from its date until the next one. Entries a later entry supersedes or
 * retracts are left out. When two enter into force on one day, the one recorded last holds.
 */
public final class InForce {
  private final NavigableMap<LocalDate, Entry> byDate = new TreeMap<>();

  private InForce(List<Entry> entries) {
    Map<String, String> ended = Corrections.endedBy(entries);
    for (Entry e : entries) {
      if (e.body() instanceof Event.InForce && !ended.containsKey(e.id())) {
        byDate.put(e.date(), e);
      }
    }
  }

  /** The versions in force by {@code entries} (which may hold entries of every kind). */
  public static InForce of(List<Entry> entries) {
    return new InForce(entries);
  }

  /** The entry that put in force the version in force on {@code date}, if any. */
  public Optional<Entry> on(LocalDate date) {
    return Optional.ofNullable(byDate.floorEntry(date)).map(Map.Entry::getValue);
  }

  /** The label of the version in force on {@code date}, if any. */
  public Optional<String> versionOn(LocalDate date) {
    return on(date).map(e -> ((Event.InForce) e.body()).version());
  }
}
