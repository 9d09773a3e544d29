package org.truce.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.truce.ledger.Confidence;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Provenance;

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
    // Each part through its own index: the kinds, the corrections, the named releases.
    String one =
        "SELECT seq, id, content FROM ledger_entry WHERE seq IN ("
            + "SELECT seq FROM ledger_entry WHERE kind IN ("
            + others
            + ", 'retraction')"
            + " UNION SELECT seq FROM ledger_entry WHERE supersedes > ''"
            + " UNION SELECT seq FROM ledger_entry WHERE id IN ("
            + NAMED
            + ")) ORDER BY seq";
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(one)) {
      while (r.next()) {
        entries.add(reader.apply(r.getString(2), r.getString(3)));
      }
    }
    String sums =
        "SELECT entry_date, event_at, party, kind, category, counted, counted_toward,"
            + " SUM(unit_count), COUNT(*), MIN(seq) FROM ledger_entry"
            + dialect.releasesIndex()
            + " WHERE "
            + RELEASES
            + " AND entry_date <= ? AND supersedes IS NULL AND id NOT IN ("
            + NAMED
            + ")"
            + " GROUP BY entry_date, event_at, party, kind, category, counted, counted_toward"
            + " ORDER BY MIN(seq)";
    try (PreparedStatement p = connection.prepareStatement(sums)) {
      p.setString(1, upTo.toString());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          entries.add(sum(r));
        }
      }
    }
    return entries;
  }

  /** One row of sums as one release of all their units. */
  private static Entry sum(ResultSet r) throws SQLException {
    EntryKind kind = EntryKind.fromWord(r.getString(4)).orElseThrow();
    Event.Release release =
        new Event.Release(
            kind,
            r.getString(3),
            r.getString(5),
            r.getLong(8),
            Event.Counted.fromWords(r.getString(6)).orElse(Event.Counted.IN_DEAL),
            Optional.ofNullable(r.getString(7)).map(LocalDate::parse),
            List.of(),
            Optional.empty(),
            Optional.ofNullable(r.getString(2)).map(LocalTime::parse),
            Optional.empty());
    long releases = r.getLong(9);
    return new Entry(
        "releases-from-" + r.getLong(10),
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
        Optional.empty());
  }
}
