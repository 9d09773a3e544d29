package org.truce.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;

/**
 * The sums of releases the monitor reads ({@code ledger_release_sum}, migration V4): every release
 * or return of remains, summed per day, hour, party, kind, category and counting. Kept by each
 * append in its transaction; {@code truce ledger verify} recomputes them from the entries' contents
 * ({@link Computed}).
 */
final class ReleaseSums {
  /** What a group of releases is summed by, as stored: absent values are ''. */
  record Group(
      String date,
      String at,
      String party,
      String kind,
      String category,
      String counted,
      String countedToward) {
    /** The group of a row whose first seven columns are the group's, in order. */
    static Group of(java.sql.ResultSet r) throws SQLException {
      return new Group(
          r.getString(1),
          r.getString(2),
          r.getString(3),
          r.getString(4),
          r.getString(5),
          r.getString(6),
          r.getString(7));
    }

    /** The group of a release entry. */
    static Group of(Entry entry) {
      Event.Release r = (Event.Release) entry.body();
      return new Group(
          entry.date().toString(),
          r.at().map(Object::toString).orElse(""),
          r.by(),
          r.kind().word(),
          r.category(),
          r.counted().words(),
          r.countedToward().map(Object::toString).orElse(""));
    }
  }

  /** The sums of every release of the ledger, from its columns. */
  static final String SELECT_FROM_ENTRIES =
      "SELECT entry_date, COALESCE(event_at, ''), party, kind, category, counted,"
          + " COALESCE(counted_toward, ''), SUM(unit_count), COUNT(*), MIN(seq) FROM ledger_entry"
          + " WHERE kind IN ('release', 'remains')"
          + " GROUP BY entry_date, COALESCE(event_at, ''), party, kind, category, counted,"
          + " COALESCE(counted_toward, '')";

  /** Makes the sums anew from the entries (migration V4). */
  static final String REBUILD =
      "INSERT INTO ledger_release_sum (entry_date, event_at, party, kind, category, counted,"
          + " counted_toward, units, releases, first_seq) "
          + SELECT_FROM_ENTRIES;

  private ReleaseSums() {}

  /**
   * The sums worked out from the entries' contents alone, for {@link Verification}: what {@code
   * ledger_release_sum} must hold, every column of it.
   */
  static final class Computed {
    private final Map<Group, long[]> sums = new java.util.HashMap<>(); // units, releases, first

    void add(Entry e, long seq) {
      if (e.body() instanceof Event.Release r) {
        long[] sum = sums.computeIfAbsent(Group.of(e), g -> new long[] {0, 0, Long.MAX_VALUE});
        sum[0] += r.count();
        sum[1]++;
        sum[2] = Math.min(sum[2], seq);
      }
    }

    /** Where the kept sums differ from the entries: one sentence each, at most five. */
    List<String> mismatches(Connection connection) throws SQLException {
      Map<Group, long[]> kept = new java.util.HashMap<>();
      try (java.sql.Statement s = connection.createStatement();
          java.sql.ResultSet r =
              s.executeQuery(
                  "SELECT entry_date, event_at, party, kind, category, counted, counted_toward,"
                      + " units, releases, first_seq FROM ledger_release_sum")) {
        while (r.next()) {
          kept.put(Group.of(r), new long[] {r.getLong(8), r.getLong(9), r.getLong(10)});
        }
      }
      java.util.Set<Group> groups = new java.util.LinkedHashSet<>(sums.keySet());
      groups.addAll(kept.keySet());
      List<String> problems = new java.util.ArrayList<>();
      for (Group g : groups) {
        long[] k = kept.getOrDefault(g, new long[3]);
        long[] c = sums.getOrDefault(g, new long[3]);
        if (!java.util.Arrays.equals(k, c) && problems.size() < 5) {
          problems.add(
              "the sum kept for the monitor of "
                  + g.party()
                  + "'s "
                  + g.kind()
                  + " of "
                  + g.category()
                  + " on "
                  + g.date()
                  + (k[0] != c[0]
                      ? " reads " + k[0] + " where the entries give " + c[0]
                      : k[1] != c[1]
                          ? " counts " + k[1] + " releases where the entries give " + c[1]
                          : " starts at entry number " + k[2] + " where the entries give " + c[2])
                  + ": it was changed behind truce's back");
        }
      }
      return problems;
    }
  }

  /** Adds the releases among {@code fresh}, numbered from {@code first}, to their sums. */
  static void add(Connection connection, List<Entry> fresh, long first) throws SQLException {
    Map<Group, long[]> sums = new LinkedHashMap<>(); // units, releases, first number
    for (int i = 0; i < fresh.size(); i++) {
      Entry e = fresh.get(i);
      if (e.body() instanceof Event.Release) {
        long[] sum = sums.computeIfAbsent(Group.of(e), g -> new long[] {0, 0, Long.MAX_VALUE});
        sum[0] += ((Event.Release) e.body()).count();
        sum[1]++;
        sum[2] = Math.min(sum[2], first + i);
      }
    }
    if (sums.isEmpty()) {
      return;
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO ledger_release_sum (entry_date, event_at, party, kind, category, counted,"
                + " counted_toward, units, releases, first_seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (entry_date, event_at, party, kind, category, counted,"
                + " counted_toward) DO UPDATE SET units = ledger_release_sum.units + excluded.units,"
                + " releases = ledger_release_sum.releases + excluded.releases")) {
      for (Map.Entry<Group, long[]> sum : sums.entrySet()) {
        Group g = sum.getKey();
        p.setString(1, g.date());
        p.setString(2, g.at());
        p.setString(3, g.party());
        p.setString(4, g.kind());
        p.setString(5, g.category());
        p.setString(6, g.counted());
        p.setString(7, g.countedToward());
        p.setLong(8, sum.getValue()[0]);
        p.setLong(9, sum.getValue()[1]);
        p.setLong(10, sum.getValue()[2]);
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
