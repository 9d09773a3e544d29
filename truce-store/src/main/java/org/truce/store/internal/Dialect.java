package org.truce.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.truce.source.DiagnosticCode;
import org.truce.store.LockWait;
import org.truce.store.StoreException;

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
    /** SQLite's own check of the file: its pages, its indexes against its tables. */
    @Override
    Optional<String> checkFile(Connection connection) throws SQLException {
      List<String> problems = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("PRAGMA integrity_check(3)")) {
        while (r.next()) {
          problems.add(r.getString(1));
        }
      }
      return problems.equals(List.of("ok"))
          ? Optional.empty()
          : Optional.of("SQLite's own check finds: " + String.join("; ", problems));
    }

    @Override
    void lockForWriting(Connection connection, Waiting waiting) {
      // The connection opens its transactions with BEGIN IMMEDIATE (JdbcLedger): the write lock
      // is taken with the transaction's first statement, waiting in the busy handler.
    }

    /**
     * SQLite's busy handler: while another connection holds the lock, retry every few milliseconds;
     * say so once after the notice time, give up (SQLITE_BUSY) after the bound.
     */
    @Override
    void prepare(Connection connection, Waiting waiting) throws SQLException {
      org.sqlite.BusyHandler.setHandler(
          connection,
          new org.sqlite.BusyHandler() {
            private long start;
            private boolean told;

            @Override
            protected int callback(int before) {
              long now = System.nanoTime();
              if (before == 0) {
                start = now;
                told = false;
              }
              long waited = now - start;
              if (waited >= waiting.bounds().giveUp().toNanos()) {
                return 0;
              }
              if (!told && waited >= waiting.bounds().noticeAfter().toNanos()) {
                told = true;
                waiting.notice();
              }
              try {
                Thread.sleep(before < 10 ? 1 : 10);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
              }
              return 1;
            }
          });
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
    /**
     * The advisory lock, waited for in two steps under a lock timeout, each in a savepoint (a
     * timeout aborts what it is in): up to the notice time, then, having said so, up to the bound;
     * then an error, and the caller rolls back.
     */
    @Override
    void lockForWriting(Connection connection, Waiting waiting) throws SQLException {
      try (Statement s = connection.createStatement()) {
        if (!tryLock(s, waiting.bounds().noticeAfter())) {
          waiting.notice();
          Duration rest = waiting.bounds().giveUp().minus(waiting.bounds().noticeAfter());
          if (!tryLock(s, rest)) {
            throw Waiting.gaveUp(waiting.where(), waiting.bounds().giveUp(), null);
          }
        }
        s.execute("SET LOCAL lock_timeout TO DEFAULT");
      }
    }

    private static boolean tryLock(Statement s, Duration within) throws SQLException {
      s.execute("SAVEPOINT truce_lock");
      s.execute("SET LOCAL lock_timeout = " + Math.max(1, within.toMillis()));
      try {
        s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
        s.execute("RELEASE SAVEPOINT truce_lock");
        return true;
      } catch (SQLException e) {
        if (!"55P03".equals(e.getSQLState())) { // lock_not_available
          throw e;
        }
        s.execute("ROLLBACK TO SAVEPOINT truce_lock");
        return false;
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

  /**
   * The database's own check of its storage, run first by {@code truce ledger verify}: a sentence
   * saying what is damaged, or empty when it finds nothing (or the database has no such check).
   */
  Optional<String> checkFile(Connection connection) throws SQLException {
    return Optional.empty();
  }

  /** Takes the ledger's write lock for the current transaction, waiting as {@code waiting} says. */
  abstract void lockForWriting(Connection connection, Waiting waiting) throws SQLException;

  /** Sets up a new connection: how it waits for another writer. */
  void prepare(Connection connection, Waiting waiting) throws SQLException {}

  /** How a connection waits for the write lock, and where the ledger is, for its messages. */
  record Waiting(LockWait bounds, String where) {
    void notice() {
      // Not an error: the command goes on waiting; "note" says so where "error" would not.
      DiagnosticCode code = DiagnosticCode.LEDGER_LOCK_WAIT;
      bounds
          .notice()
          .accept(
              "note["
                  + code.id()
                  + "]: "
                  + code.message(where)
                  + code.hint(where).map(h -> "\n  = hint: " + h).orElse(""));
    }

    static StoreException gaveUp(String where, Duration after, Throwable cause) {
      return new StoreException(
          DiagnosticCode.LEDGER_LOCK_TIMEOUT, cause, after.toSeconds(), where);
    }
  }

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
