package org.truce.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * What differs between the two databases; the schema and every query are the same on both. Writers
 * are serialised (one append at a time per ledger), so that entries are numbered without gaps in
 * the order they are recorded and two writers never both add one id: SQLite takes its write lock
 * when the transaction begins ({@code BEGIN IMMEDIATE}, waiting up to the busy timeout), PostgreSQL
 * an advisory lock held until the transaction ends. SQLite, which plans without statistics, is told
 * which index sums the releases.
 */
public enum Dialect {
  SQLITE {
    @Override
    void lockForWriting(Connection connection) {
      // The connection opens its transactions with BEGIN IMMEDIATE (JdbcLedger): the write lock
      // is taken with the transaction's first statement.
    }

    /** A deferred transaction: it reads a snapshot without taking the write lock from writers. */
    @Override
    <T> T inReadTransaction(Connection connection, Reading<T> reading) throws SQLException {
      SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
      SQLiteConfig.TransactionMode writing = sqlite.getConnectionConfig().getTransactionMode();
      sqlite.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
      try {
        return super.inReadTransaction(connection, reading);
      } finally {
        sqlite.getConnectionConfig().setTransactionMode(writing);
      }
    }
  },
  POSTGRESQL {
    @Override
    void lockForWriting(Connection connection) throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
      }
    }

    /**
     * Without statistics the planner scans the whole table for the few corrected and disputed
     * entries the monitor reads: autovacuum gathers them, but only some time after a large import.
     */
    @Override
    void afterLargeAppend(Connection connection) throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute("ANALYZE ledger_entry");
      }
    }
  };

  /**
   * The advisory lock of the ledger's writers on PostgreSQL: any fixed number, the same for all.
   */
  private static final long LOCK_KEY = 7_2024_0531L;

  /** Takes the ledger's write lock for the current transaction. */
  abstract void lockForWriting(Connection connection) throws SQLException;

  /**
   * Run outside any transaction after an append of many entries, so that the next queries are
   * planned for the table as it now is.
   */
  void afterLargeAppend(Connection connection) throws SQLException {}

  /** What a read transaction does. */
  interface Reading<T> {
    T read() throws SQLException;
  }

  /**
   * Runs {@code reading} in one transaction, so that all its queries see the same ledger (and
   * PostgreSQL streams large results), then rolls it back: it only read.
   */
  <T> T inReadTransaction(Connection connection, Reading<T> reading) throws SQLException {
    connection.setAutoCommit(false);
    try {
      return reading.read();
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }
}
