package org.truce.store;

import java.nio.file.Path;
import org.truce.ledger.Ledger;
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
    Path file = folder.resolve(SQLITE_FILE);
    return JdbcLedger.open(Dialect.SQLITE, "jdbc:sqlite:" + file, null, null, file.toString());
  }

  /**
   * The ledger in the PostgreSQL database of {@code url}: {@code postgresql://user:password@host:
   * port/database} (as libpq writes it) or a JDBC URL {@code jdbc:postgresql://host/database?
   * user=...}.
   */
  public static Ledger postgresql(String url) {
    PostgresUrl parsed = PostgresUrl.parse(url);
    return JdbcLedger.open(
        Dialect.POSTGRESQL, parsed.jdbcUrl(), parsed.user(), parsed.password(), parsed.shown());
  }

  /** True when {@code url} names a PostgreSQL database. */
  public static boolean isPostgresql(String url) {
    return url.startsWith("postgresql://")
        || url.startsWith("postgres://")
        || url.startsWith("jdbc:postgresql:");
  }
}
