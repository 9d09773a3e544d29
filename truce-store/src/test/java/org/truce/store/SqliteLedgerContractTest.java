package org.truce.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.truce.ledger.Ledger;

/** The contract on SQLite: a ledger file in a fresh folder per test. */
class SqliteLedgerContractTest extends LedgerContract {
  @TempDir Path folder;

  @Override
  Ledger open() {
    return LedgerStores.sqlite(folder);
  }

  @Override
  Optional<Connection> behindTrucesBack() {
    try {
      return Optional.of(
          DriverManager.getConnection(
              "jdbc:sqlite:" + folder.resolve(LedgerStores.SQLITE_FILE).toAbsolutePath()));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
