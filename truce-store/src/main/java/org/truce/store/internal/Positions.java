package org.truce.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.truce.ledger.Entry;

/**
 * Keeps {@code ledger_position} (migration V2) up to date after an append, in its transaction: a
 * group (version, party, clause as named) that gained positions takes the latest of them if it is
 * later than the one it had; a group one of whose positions was superseded or retracted is worked
 * out again from its entries in force.
 */
final class Positions {
  private Positions() {}

  /** A group of positions, and the latest new one in it (its date and number). */
  private record Group(String version, String party, String clause) {}

  private record Latest(String date, long seq) {
    boolean after(Latest other) {
      int byDate = date.compareTo(other.date);
      return byDate > 0 || (byDate == 0 && seq > other.seq);
    }
  }

  static void update(Connection connection, List<Entry> fresh, long first) throws SQLException {
    Map<Group, Latest> gained = new HashMap<>();
    List<String> ended = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      Entry e = fresh.get(i);
      if (e.body() instanceof Entry.Position p) {
        Latest latest = new Latest(e.date().toString(), first + i);
        gained.merge(
            new Group(p.version(), p.party(), p.clause()), latest, (a, b) -> a.after(b) ? a : b);
      }
      e.supersedes().ifPresent(ended::add);
      if (e.body() instanceof Entry.Retraction r) {
        ended.add(r.retracts());
      }
    }
    Set<Group> recompute = groupsOf(connection, ended);
    for (Map.Entry<Group, Latest> g : gained.entrySet()) {
      if (!recompute.contains(g.getKey())) {
        keepIfLater(connection, g.getKey(), g.getValue());
      }
    }
    for (Group g : recompute) {
      recompute(connection, g);
    }
  }

  /** The groups of the positions among {@code ids}. */
  private static Set<Group> groupsOf(Connection connection, List<String> ids) throws SQLException {
    Set<Group> groups = new LinkedHashSet<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT version, party, clause FROM ledger_entry WHERE id = ? AND kind = 'position'")) {
      for (String id : ids) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            groups.add(new Group(r.getString(1), r.getString(2), r.getString(3)));
          }
        }
      }
    }
    return groups;
  }

  private static void keepIfLater(Connection connection, Group g, Latest latest)
      throws SQLException {
    Latest held = null;
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT e.entry_date, e.seq FROM ledger_position p JOIN ledger_entry e ON e.seq = p.seq"
                + " WHERE p.version = ? AND p.party = ? AND p.clause = ?")) {
      bind(p, g);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          held = new Latest(r.getString(1), r.getLong(2));
        }
      }
    }
    if (held == null || latest.after(held)) {
      replace(connection, g, latest.seq());
    }
  }

  private static void recompute(Connection connection, Group g) throws SQLException {
    Long seq = null;
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT seq FROM ledger_entry e WHERE kind = 'position' AND version = ? AND party = ?"
                + " AND clause = ? AND NOT EXISTS (SELECT 1 FROM ledger_entry c"
                + " WHERE c.supersedes = e.id OR c.retracts = e.id)"
                + " ORDER BY entry_date DESC, seq DESC LIMIT 1")) {
      bind(p, g);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          seq = r.getLong(1);
        }
      }
    }
    if (seq == null) {
      try (PreparedStatement p =
          connection.prepareStatement(
              "DELETE FROM ledger_position WHERE version = ? AND party = ? AND clause = ?")) {
        bind(p, g);
        p.executeUpdate();
      }
    } else {
      replace(connection, g, seq);
    }
  }

  private static void replace(Connection connection, Group g, long seq) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "DELETE FROM ledger_position WHERE version = ? AND party = ? AND clause = ?")) {
      bind(p, g);
      p.executeUpdate();
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO ledger_position (version, party, clause, seq) VALUES (?, ?, ?, ?)")) {
      bind(p, g);
      p.setLong(4, seq);
      p.executeUpdate();
    }
  }

  /**
   * The latest positions worked out from the entries alone, in the order recorded, for {@link
   * Verification}: what {@code ledger_position} must hold.
   */
  static final class Computed {
    private record Held(String id, Group group, Latest latest) {}

    private final List<Held> positions = new ArrayList<>();
    private final Set<String> ended = new java.util.HashSet<>();

    void add(Entry e, long seq) {
      if (e.body() instanceof Entry.Position p) {
        positions.add(
            new Held(
                e.id(),
                new Group(p.version(), p.party(), p.clause()),
                new Latest(e.date().toString(), seq)));
      }
      e.supersedes().ifPresent(ended::add);
      if (e.body() instanceof Entry.Retraction r) {
        ended.add(r.retracts());
      }
    }

    /** Where {@code ledger_position} differs from the entries: one sentence each, at most five. */
    List<String> mismatches(Connection connection) throws SQLException {
      Map<Group, Latest> latest = new HashMap<>();
      for (Held p : positions) {
        if (!ended.contains(p.id())) {
          latest.merge(p.group(), p.latest(), (a, b) -> a.after(b) ? a : b);
        }
      }
      Map<Group, Long> kept = new HashMap<>();
      try (java.sql.Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT version, party, clause, seq FROM ledger_position")) {
        while (r.next()) {
          kept.put(new Group(r.getString(1), r.getString(2), r.getString(3)), r.getLong(4));
        }
      }
      Set<Group> groups = new LinkedHashSet<>(latest.keySet());
      groups.addAll(kept.keySet());
      List<String> problems = new ArrayList<>();
      for (Group g : groups) {
        Long k = kept.get(g);
        Long c = latest.containsKey(g) ? latest.get(g).seq() : null;
        if (!java.util.Objects.equals(k, c) && problems.size() < 5) {
          problems.add(
              "the latest position kept for "
                  + g.party()
                  + " on clause "
                  + g.clause()
                  + " of version "
                  + g.version()
                  + (k == null ? " is missing" : " is entry number " + k)
                  + (c == null ? " where the entries give none" : " where the entries give " + c)
                  + ": it was changed behind truce's back");
        }
      }
      return problems;
    }
  }

  private static void bind(PreparedStatement p, Group g) throws SQLException {
    p.setString(1, g.version());
    p.setString(2, g.party());
    p.setString(3, g.clause());
  }
}
