package org.truce.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.truce.ledger.Entry;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalResult;
import org.truce.source.SourceText;

/** Fills the monitor's columns (migration V4) of the events written before them. */
final class EventColumns {
  private EventColumns() {}

  static void fill(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT seq, id, content FROM ledger_entry"
                    + " WHERE kind IN ('release', 'remains', 'dispute', 'handover')");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE ledger_entry SET event_at = ?, category = ?, unit_count = ?, counted = ?,"
                    + " counted_toward = ?, ref_id = ?, party = ? WHERE seq = ?")) {
      while (r.next()) {
        JournalResult read = Journal.parse(new SourceText(r.getString(2), r.getString(3)));
        if (!read.ok() || read.entries().size() != 1) {
          continue; // verify reports an unreadable entry; the migration leaves it as it is
        }
        Entry entry = read.entries().getFirst().entry();
        JdbcLedger.Row row = JdbcLedger.Row.of(entry);
        row.setEventColumns(update, 1);
        update.setString(7, row.party());
        update.setLong(8, r.getLong(1));
        update.addBatch();
      }
      update.executeBatch();
    }
    try (Statement s = connection.createStatement()) {
      s.execute(ReleaseSums.REBUILD);
    }
  }

  /**
   * Fills the column of migration V5: the category each release written before it stands in for.
   * Only a release whose text names one can be a substitution, so only those are read.
   */
  static void fillSubstitutes(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT seq, id, content FROM ledger_entry"
                    + " WHERE kind = 'release' AND content LIKE '%substitutes:%'");
        PreparedStatement update =
            connection.prepareStatement("UPDATE ledger_entry SET substitutes = ? WHERE seq = ?")) {
      while (r.next()) {
        JournalResult read = Journal.parse(new SourceText(r.getString(2), r.getString(3)));
        if (!read.ok() || read.entries().size() != 1) {
          continue; // verify reports an unreadable entry; the migration leaves it as it is
        }
        update.setString(1, JdbcLedger.Row.of(read.entries().getFirst().entry()).substitutes());
        update.setLong(2, r.getLong(1));
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
