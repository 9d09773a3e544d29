package org.truce.store;

import org.truce.ledger.Ledger;
import org.truce.ledger.MemoryLedger;

/** The contract on the in-memory ledger, the reference the stored ones are held to. */
class MemoryLedgerContractTest extends LedgerContract {
  private MemoryLedger ledger;

  @Override
  Ledger open() {
    if (ledger == null) {
      ledger = new MemoryLedger();
    }
    return ledger;
  }

  @Override
  void reset() {
    ledger = null;
  }

  @Override
  boolean durable() {
    return false;
  }
}
