package org.truce.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.truce.ledger.Ledger;
import org.truce.source.DiagnosticCode;
import org.truce.store.internal.Dialect;
import org.truce.store.internal.JdbcLedger;

/**
 * Opens a dossier's ledger: the SQLite file of the dossier, or a PostgreSQL database named by a
 * URL. The schema is created or brought up to date on opening (docs/dossier.md).
 */
public final class LedgerStores {
  /** The ledger's file in a dossier folder, when no database URL is given. */
  public static final String SQLITE_FILE = "ledger.sqlite";

  private LedgerStores() {}

  /** The SQLite ledger of the dossier in {@code folder}, created if it does not exist. */
  public static Ledger sqlite(Path folder) {
    return sqlite(folder, LockWait.DEFAULT);
  }

  /** The same, waiting for another writer as {@code wait} says. */
  public static Ledger sqlite(Path folder, LockWait wait) {
    Path file = folder.resolve(SQLITE_FILE);
    if (emptyFile(file) && emptyFile(folder.resolve(SQLITE_FILE + "-wal"))) {
      // SQLite would take an empty file for a new database; a ledger that was lost or truncated
      // must not start again silently as an empty one.
      throw new StoreException(DiagnosticCode.LEDGER_EMPTY_FILE, null, file);
    }
    return JdbcLedger.open(
        Dialect.SQLITE, "jdbc:sqlite:" + file, null, null, file.toString(), wait);
  }

  /**
   * The ledger in the PostgreSQL database of {@code url}: {@code postgresql://user:password@host:
   * port/database} (as libpq writes it) or a JDBC URL {@code jdbc:postgresql://host/database?
   * user=...}.
   */
  public static Ledger postgresql(String url) {
    return postgresql(url, LockWait.DEFAULT);
  }

  /** The same, waiting for another writer as {@code wait} says. */
  public static Ledger postgresql(String url, LockWait wait) {
    PostgresUrl parsed = PostgresUrl.parse(url);
    return JdbcLedger.open(
        Dialect.POSTGRESQL,
        parsed.jdbcUrl(),
        parsed.user(),
        parsed.password(),
        parsed.shown(),
        wait);
  }

  /** A regular file of 0 bytes (true when it does not exist only for the write-ahead log). */
  private static boolean emptyFile(Path file) {
    try {
      return file.getFileName().toString().endsWith("-wal")
          ? !Files.exists(file) || Files.size(file) == 0
          : Files.isRegularFile(file) && Files.size(file) == 0;
    } catch (IOException e) {
      return false; // unreadable: the driver says why
    }
  }

  /** True when {@code url} names a PostgreSQL database. */
  public static boolean isPostgresql(String url) {
    return url.startsWith("postgresql://")
        || url.startsWith("postgres://")
        || url.startsWith("jdbc:postgresql:");
  }
}
