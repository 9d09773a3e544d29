package org.truce.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.truce.ledger.Confidence;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Provenance;
import org.truce.store.StoreException;

/**
 * What the monitor reads ({@link org.truce.ledger.Ledger#forMonitor}): every event but the
 * releases, every correction, each release another entry names (disputes, handovers, corrections)
 * or that corrects another, each substitution (its marker is not in the sums), each release whose
 * count was not reported (a sum cannot say how many of its releases had none), and the other
 * releases as the sums {@link ReleaseSums} keeps per day, hour, party, kind, category and counting,
 * less the releases read one by one.
 */
final class MonitorQueries {
  /**
   * Releases another entry names: read one by one, never summed. Ids are never empty, so {@code >
   * ''} is {@code IS NOT NULL} in a form SQLite answers from the column's index.
   */
  private static final String NAMED =
      "SELECT ref_id FROM ledger_entry WHERE ref_id > ''"
          + " UNION SELECT supersedes FROM ledger_entry WHERE supersedes > ''"
          + " UNION SELECT retracts FROM ledger_entry WHERE retracts > ''";

  /** The id of a sum of releases: never an entry's, since {@code #} is not allowed in ids. */
  private static final String SUM_ID = "#sum-from-";

  /**
   * The releases a sum holds: those of its group (the day, hour, party, kind, category and counting
   * of the release numbered {@code first}) that are not read one by one (named by another entry,
   * correcting one, or a substitution), in the order recorded.
   */
  private static final String IN_SUM =
      "SELECT e.id FROM ledger_entry e JOIN ledger_entry f ON f.seq = ?"
          + " WHERE e.kind = f.kind AND e.entry_date = f.entry_date"
          + " AND COALESCE(e.event_at, '') = COALESCE(f.event_at, '') AND e.party = f.party"
          + " AND e.category = f.category AND e.counted = f.counted"
          + " AND COALESCE(e.counted_toward, '') = COALESCE(f.counted_toward, '')"
          + " AND COALESCE(e.supersedes, '') = '' AND COALESCE(e.substitutes, '') = ''"
          + " AND e.unit_count <> 0"
          + " AND e.id NOT IN ("
          + NAMED
          + ") ORDER BY e.seq";

  private MonitorQueries() {}

  /** The number of the first release of the sum {@code id}, if {@code id} is a sum's. */
  static Optional<Long> sumStartingAt(String id) {
    if (!id.startsWith(SUM_ID)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(id.substring(SUM_ID.length())));
    } catch (NumberFormatException notOurs) {
      return Optional.empty();
    }
  }

  static List<String> releasesInSum(Connection connection, long first) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(IN_SUM)) {
      p.setLong(1, first);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    return ids;
  }

  static List<Entry> read(
      Connection connection, LocalDate upTo, BiFunction<String, String, Entry> reader)
      throws SQLException {
    List<Entry> entries = new ArrayList<>();
    String others =
        EntryKind.words().stream()
            .filter(w -> EntryKind.fromWord(w).orElseThrow().isEvent())
            .filter(w -> !w.equals("release") && !w.equals("remains"))
            .map(w -> "'" + w + "'")
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();
    // Five queries, each through its own index (the kinds, the corrections, the named entries, the
    // substitutions, the releases of unreported count: V6): in one, SQLite would merge them in
    // order of numbers by scanning the table.
    NavigableMap<Long, Entry> bySeq = new TreeMap<>();
    for (String where :
        List.of(
            "kind IN (" + others + ", 'retraction')",
            "supersedes > ''",
            "id IN (" + NAMED + ")",
            "substitutes > ''",
            "unit_count = 0")) {
      try (Statement s = connection.createStatement();
          ResultSet r =
              s.executeQuery("SELECT seq, id, content FROM ledger_entry WHERE " + where)) {
        while (r.next()) {
          if (!bySeq.containsKey(r.getLong(1))) {
            bySeq.put(r.getLong(1), reader.apply(r.getString(2), r.getString(3)));
          }
        }
      }
    }
    // The releases read one by one, to be taken out of their sums.
    Map<ReleaseSums.Group, long[]> apart = new HashMap<>(); // units and releases, per group
    for (Entry entry : bySeq.values()) {
      entries.add(entry);
      if (entry.body() instanceof Event.Release && !entry.date().isAfter(upTo)) {
        long[] sum = apart.computeIfAbsent(ReleaseSums.Group.of(entry), g -> new long[2]);
        sum[0] += ((Event.Release) entry.body()).count();
        sum[1]++;
      }
    }
    // Every release summed as appended, less those read one by one.
    String sums =
        "SELECT entry_date, event_at, party, kind, category, counted, counted_toward, units,"
            + " releases, first_seq FROM ledger_release_sum WHERE entry_date <= ?"
            + " ORDER BY first_seq";
    try (PreparedStatement p = connection.prepareStatement(sums)) {
      p.setString(1, upTo.toString());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sum(r, apart).ifPresent(entries::add);
        }
      }
    }
    return entries;
  }

  /**
   * One row of sums as one release of all their units, with an id no entry can have ({@code #} is
   * not allowed in ids), so that no correction or dispute can name it.
   */
  private static Optional<Entry> sum(ResultSet r, Map<ReleaseSums.Group, long[]> apart)
      throws SQLException {
    try {
      return sumOf(r, apart);
    } catch (RuntimeException unreadable) {
      if (unreadable instanceof StoreException known) {
        throw known;
      }
      // A date, hour, kind or counting that truce never writes: the row was edited.
      throw new StoreException(
          "the ledger's sums of releases hold a row truce cannot read (from entry number "
              + r.getLong(10)
              + "): it was changed behind truce's back; run `truce ledger verify`",
          unreadable);
    }
  }

  private static Optional<Entry> sumOf(ResultSet r, Map<ReleaseSums.Group, long[]> apart)
      throws SQLException {
    EntryKind kind = EntryKind.fromWord(r.getString(4)).orElseThrow();
    ReleaseSums.Group group = ReleaseSums.Group.of(r);
    long[] less = apart.getOrDefault(group, new long[2]);
    long units = r.getLong(8) - less[0];
    if (units == 0) {
      return Optional.empty(); // every release of the group is read one by one
    }
    if (units < 0) {
      throw new StoreException(
          "the ledger's sums of releases do not match its entries (from entry number "
              + r.getLong(10)
              + "): it was changed behind truce's back; run `truce ledger verify`");
    }
    Event.Release release =
        new Event.Release(
            kind,
            r.getString(3),
            r.getString(5),
            units,
            Event.Counted.fromWords(r.getString(6)).orElse(Event.Counted.IN_DEAL),
            Optional.of(group.countedToward()).filter(t -> !t.isEmpty()).map(LocalDate::parse),
            List.of(),
            Optional.empty(),
            Optional.of(group.at()).filter(t -> !t.isEmpty()).map(LocalTime::parse),
            Optional.empty());
    long releases = r.getLong(9) - less[1];
    return Optional.of(
        new Entry(
            SUM_ID + r.getLong(10),
            LocalDate.parse(r.getString(1)),
            release,
            new Provenance(
                "the sum of "
                    + releases
                    + (releases == 1 ? " release" : " releases")
                    + " in the ledger",
                Optional.empty(),
                Optional.empty(),
                false,
                Confidence.REPORTED,
                Optional.empty()),
            Optional.empty()));
  }
}
