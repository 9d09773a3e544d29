package org.truce.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.truce.ledger.Ledger;

/** The contract on SQLite: a ledger file in a fresh folder per test. */
class SqliteLedgerContractTest extends LedgerContract {
  @TempDir Path folder;

  @Override
  Ledger open() {
    return LedgerStores.sqlite(folder);
  }
}
