package org.truce.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The storage of a dossier's ledger, append-only: what the store module implements (SQLite by
 * default, PostgreSQL for a team), with the same behaviour on both. Entries are kept in the order
 * they were recorded; none is ever changed or deleted.
 */
public interface Ledger extends AutoCloseable {
  /** The content hashes ({@link Journal#hash}) of those of {@code ids} the ledger holds, by id. */
  Map<String, String> hashes(Collection<String> ids);

  /**
   * Appends {@code entries} in one transaction, in their order, leaving out those the ledger
   * already holds with the same content. Either every new entry is written or none is: when an id
   * is held with other content (a concurrent writer may have added it since the batch was checked),
   * nothing is written and {@link LedgerConflict} says which.
   */
  AppendResult append(List<Entry> entries) throws LedgerConflict;

  /** Every entry, in the order recorded. */
  List<Entry> entries();

  /** The entries of one kind, in the order recorded. */
  default List<Entry> entries(EntryKind kind) {
    return entries().stream().filter(e -> e.kind() == kind).toList();
  }

  /**
   * For each party and each clause of {@code version} (as the entries name it), the latest position
   * in force: the last by date, then by order recorded, of the positions no other entry supersedes
   * or retracts; in the order recorded. A stored ledger keeps them as it appends, so that reading
   * them does not read the whole ledger.
   */
  default List<Entry> latestPositions(String version) {
    return LatestPositions.of(entries(), version);
  }

  /**
   * The entries the monitor replays at a moment of {@code upTo} or before: every event, every
   * correction, and the releases, of which a stored ledger may sum those that no other entry names
   * (per day, hour, party, kind, category and counting: one entry of their units, with its own id).
   * The monitor's status is the same as from {@link #entries()}, read much faster.
   */
  default List<Entry> forMonitor(java.time.LocalDate upTo) {
    return entries();
  }

  /**
   * The ids of the releases whose units the entry {@code id} of {@link #forMonitor} holds, in the
   * order recorded: the id itself, unless the entry is a sum a stored ledger made of several
   * releases. A status cites an entry through this, so that it never names a sum, which no one
   * recorded (docs/monitor.md, "Storage and speed").
   */
  default List<String> releasesIn(String id) {
    return List.of(id);
  }

  /** How many entries the ledger holds. */
  long size();

  /**
   * Checks that the stored ledger is as truce wrote it: every entry against its content hash and
   * the hash chain, and the last entry against the head recorded with the last append. Reads every
   * entry once. With {@code anchor}, a head noted earlier, it also says which entry that head is
   * the link of: the entries up to it are as they were when it was noted.
   */
  Integrity verify(Optional<String> anchor);

  default Integrity verify() {
    return verify(Optional.empty());
  }

  @Override
  void close();

  /** What an append wrote. */
  record AppendResult(int added, int alreadyRecorded) {}
}
