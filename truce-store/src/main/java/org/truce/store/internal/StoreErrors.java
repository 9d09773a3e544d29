package org.truce.store.internal;

import java.sql.SQLException;
import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.store.StoreException;

/** Errors of the database that have a message of their own for the user (E734, E737). */
final class StoreErrors {
  private StoreErrors() {}

  /**
   * The error for a database file that SQLite finds damaged, or that is not a database (SQLite's
   * result codes CORRUPT, NOTADB and IOERR, of which the low byte is the primary code), or whose
   * write lock another process held too long (BUSY), if {@code e} is one.
   */
  static Optional<StoreException> of(Dialect.Waiting waiting, SQLException e) {
    String where = waiting.where();
    if (!(e instanceof org.sqlite.SQLiteException)) {
      return Optional.empty();
    }
    int primary = e.getErrorCode() & 0xff;
    if (primary == 5) { // BUSY: the busy handler gave up
      return Optional.of(Dialect.Waiting.gaveUp(where, waiting.bounds().giveUp(), e));
    }
    String reason =
        switch (primary) {
          case 11 -> "SQLite finds its pages malformed";
          case 26 -> "it is not an SQLite database";
          case 10 -> "SQLite cannot read all of it (it may be truncated)";
          default -> null;
        };
    return Optional.ofNullable(reason)
        .map(r -> new StoreException(DiagnosticCode.LEDGER_DAMAGED, e, where, r));
  }
}
