package org.truce.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which version of the agreement is in force at which moment, from a ledger's {@code in-force}
 * entries: each holds from its date and hour (midnight when it gives none) until the next one.
 * Entries a later entry supersedes or retracts are left out; of two with the same moment, the one
 * recorded last holds.
 */
public final class InForce {
  /**
   * The moment an event reported with a date alone is taken to have happened: the last second of
   * that date.
   */
  public static final LocalTime END_OF_DATE = LocalTime.of(23, 59, 59);

  private final NavigableMap<LocalDateTime, Entry> byMoment = new TreeMap<>();

  private InForce(List<Entry> entries) {
    Map<String, String> ended = Corrections.endedBy(entries);
    for (Entry e : entries) {
      if (e.body() instanceof Event.InForce f && !ended.containsKey(e.id())) {
        byMoment.put(e.date().atTime(f.at().orElse(LocalTime.MIDNIGHT)), e);
      }
    }
  }

  /**
   * The versions in force by {@code entries}, which may hold entries of every kind: those that
   * correct an {@code in-force} entry must be among them.
   */
  public static InForce of(List<Entry> entries) {
    return new InForce(entries);
  }

  /** When an event happened: at its hour, or by the end of its date. */
  public static LocalDateTime moment(Entry entry) {
    return entry.date().atTime(entry.event().flatMap(Event::at).orElse(END_OF_DATE));
  }

  /** The entry that put in force the version in force at {@code moment}, if any. */
  public Optional<Entry> at(LocalDateTime moment) {
    return Optional.ofNullable(byMoment.floorEntry(moment)).map(Map.Entry::getValue);
  }

  /** The entry in force just before {@code inForce} took over, if any. */
  public Optional<Entry> before(Entry inForce) {
    return Optional.ofNullable(byMoment.lowerEntry(momentOf(inForce))).map(Map.Entry::getValue);
  }

  /** The {@code in-force} entry {@code id}, if it is one of these and neither corrected. */
  public Optional<Entry> byId(String id) {
    return byMoment.values().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The moment {@code inForce} puts its version in force: its date, at its hour or midnight. */
  public static LocalDateTime momentOf(Entry inForce) {
    return inForce.date().atTime(((Event.InForce) inForce.body()).at().orElse(LocalTime.MIDNIGHT));
  }

  /**
   * The entry whose moment the days of {@code inForce}'s version count from: {@code inForce}
   * itself, or, when it amends an earlier one ({@code amends}), that one's origin (docs/monitor.md,
   * "Amendments"). An {@code amends} that names no earlier entry of these is not followed.
   */
  public Entry origin(Entry inForce) {
    Entry origin = inForce;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (seen.add(origin.id())
        && origin.body() instanceof Event.InForce f
        && f.amends().isPresent()) {
      LocalDateTime moment = momentOf(origin);
      Optional<Entry> amended =
          f.amends().flatMap(this::byId).filter(e -> momentOf(e).isBefore(moment));
      if (amended.isEmpty()) {
        break;
      }
      origin = amended.get();
    }
    return origin;
  }

  /** The label of the version in force when the event of {@code entry} happened, if any. */
  public Optional<String> versionAt(Entry entry) {
    return at(moment(entry)).map(e -> ((Event.InForce) e.body()).version());
  }

  /** The label of the version in force at the end of {@code date}, if any. */
  public Optional<String> versionOn(LocalDate date) {
    return at(date.atTime(END_OF_DATE)).map(e -> ((Event.InForce) e.body()).version());
  }
}
