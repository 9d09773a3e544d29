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
import java.util.Optional;
import java.util.function.BiFunction;
import org.truce.ledger.Confidence;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Provenance;
import org.truce.store.StoreException;

/**
 * What the monitor reads ({@link org.truce.ledger.Ledger#forMonitor}): every event but the
 * releases, every correction, each release another entry names (disputes, handovers, corrections),
 * and the other releases summed per day, hour, party, kind, category and counting, from one scan of
 * the covering index of migration V4.
 */
final class MonitorQueries {
  private static final String RELEASES = "kind IN ('release', 'remains')";

  /**
   * Releases another entry names: read one by one, never summed. Ids are never empty, so {@code >
   * ''} is {@code IS NOT NULL} in a form SQLite answers from the column's index.
   */
  private static final String NAMED =
      "SELECT ref_id FROM ledger_entry WHERE ref_id > ''"
          + " UNION SELECT supersedes FROM ledger_entry WHERE supersedes > ''"
          + " UNION SELECT retracts FROM ledger_entry WHERE retracts > ''";

  private MonitorQueries() {}

  static List<Entry> read(
      Connection connection,
      Dialect dialect,
      LocalDate upTo,
      BiFunction<String, String, Entry> reader)
      throws SQLException {
    List<Entry> entries = new ArrayList<>();
    String others =
        EntryKind.words().stream()
            .filter(w -> EntryKind.fromWord(w).orElseThrow().isEvent())
            .filter(w -> !w.equals("release") && !w.equals("remains"))
            .map(w -> "'" + w + "'")
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();
    // Each part through its own index: the kinds, the corrections, the named entries.
    String one =
        "SELECT seq, id, content FROM ledger_entry WHERE seq IN ("
            + "SELECT seq FROM ledger_entry WHERE kind IN ("
            + others
            + ", 'retraction')"
            + " UNION SELECT seq FROM ledger_entry WHERE supersedes > ''"
            + " UNION SELECT seq FROM ledger_entry WHERE id IN ("
            + NAMED
            + ")) ORDER BY seq";
    // The releases read one by one, to be taken out of their sums.
    Map<Group, long[]> apart = new HashMap<>(); // units and releases, per group
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(one)) {
      while (r.next()) {
        Entry entry = reader.apply(r.getString(2), r.getString(3));
        entries.add(entry);
        if (entry.body() instanceof Event.Release release && !entry.date().isAfter(upTo)) {
          long[] sum = apart.computeIfAbsent(Group.of(entry.date(), release), g -> new long[2]);
          sum[0] += release.count();
          sum[1]++;
        }
      }
    }
    // Every release summed by one scan of the covering index, less those read one by one.
    String sums =
        "SELECT entry_date, event_at, party, kind, category, counted, counted_toward,"
            + " SUM(unit_count), COUNT(*), MIN(seq) FROM ledger_entry"
            + dialect.releasesIndex()
            + " WHERE "
            + RELEASES
            + " AND entry_date <= ?"
            + " GROUP BY entry_date, event_at, party, kind, category, counted, counted_toward"
            + " ORDER BY MIN(seq)";
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

  /** What releases are summed by: the columns of the query's GROUP BY, as stored. */
  private record Group(
      String date,
      String at,
      String party,
      String kind,
      String category,
      String counted,
      String countedToward) {
    static Group of(LocalDate date, Event.Release r) {
      return new Group(
          date.toString(),
          r.at().map(Object::toString).orElse(null),
          r.by(),
          r.kind().word(),
          r.category(),
          r.counted().words(),
          r.countedToward().map(Object::toString).orElse(null));
    }

    static Group of(ResultSet r) throws SQLException {
      return new Group(
          r.getString(1),
          r.getString(2),
          r.getString(3),
          r.getString(4),
          r.getString(5),
          r.getString(6),
          r.getString(7));
    }
  }

  /**
   * One row of sums as one release of all their units, with an id no entry can have ({@code #} is
   * not allowed in ids), so that no correction or dispute can name it.
   */
  private static Optional<Entry> sum(ResultSet r, Map<Group, long[]> apart) throws SQLException {
    EntryKind kind = EntryKind.fromWord(r.getString(4)).orElseThrow();
    long[] less = apart.getOrDefault(Group.of(r), new long[2]);
    long units = r.getLong(8) - less[0];
    if (units == 0) {
      return Optional.empty(); // every release of the group is read one by one
    }
    if (units < 0 || r.getString(3) == null) {
      throw new StoreException(
          "the ledger holds releases without the columns the monitor reads (from entry number "
              + r.getLong(10)
              + " on): it was changed behind truce's back; run `truce ledger verify`");
    }
    Event.Release release =
        new Event.Release(
            kind,
            r.getString(3),
            r.getString(5),
            units,
            Event.Counted.fromWords(r.getString(6)).orElse(Event.Counted.IN_DEAL),
            Optional.ofNullable(r.getString(7)).map(LocalDate::parse),
            List.of(),
            Optional.empty(),
            Optional.ofNullable(r.getString(2)).map(LocalTime::parse),
            Optional.empty());
    long releases = r.getLong(9) - less[1];
    return Optional.of(
        new Entry(
            "#sum-from-" + r.getLong(10),
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
