package org.truce.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.truce.ledger.Chain;
import org.truce.ledger.Integrity;

/**
 * The hash chain in the database: the head row, the links of new entries, the links of the entries
 * written before the chain existed, and the rows read back for {@code truce ledger verify}. Always
 * called under the ledger's write lock, inside the caller's transaction.
 */
final class ChainLinks {
  private static final int CHUNK = 500;

  private ChainLinks() {}

  /** The recorded head: the number and link of the last entry; empty when none is recorded. */
  static Optional<Integrity.Head> head(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT seq, chain FROM ledger_head WHERE one = 1")) {
      return r.next()
          ? Optional.of(new Integrity.Head(r.getLong(1), r.getString(2)))
          : Optional.empty();
    }
  }

  /** Records the new head, in the append's transaction. */
  static void setHead(Connection connection, long seq, String chain) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("UPDATE ledger_head SET seq = ?, chain = ? WHERE one = 1")) {
      p.setLong(1, seq);
      p.setString(2, chain);
      if (p.executeUpdate() == 0) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO ledger_head (one, seq, chain) VALUES (1, ?, ?)")) {
          insert.setLong(1, seq);
          insert.setString(2, chain);
          insert.executeUpdate();
        }
      }
    }
  }

  /** The links of the entries written before the chain existed, and the head (migration V3). */
  static void fill(Connection connection) throws SQLException {
    String link = Chain.GENESIS;
    long last = 0;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT seq, id, hash FROM ledger_entry ORDER BY seq");
        PreparedStatement update =
            connection.prepareStatement("UPDATE ledger_entry SET chain = ? WHERE seq = ?")) {
      int pending = 0;
      while (r.next()) {
        last = r.getLong(1);
        link = Chain.link(link, last, r.getString(2), r.getString(3));
        update.setString(1, link);
        update.setLong(2, last);
        update.addBatch();
        if (++pending == CHUNK) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
    setHead(connection, last, link);
  }

  /** The links of entries numbered from {@code first}, whose ids and hashes are given. */
  static String[] links(String previous, long first, List<String> ids, List<String> hashes) {
    String[] links = new String[ids.size()];
    String link = previous;
    for (int i = 0; i < ids.size(); i++) {
      link = Chain.link(link, first + i, ids.get(i), hashes.get(i));
      links[i] = link;
    }
    return links;
  }
}
