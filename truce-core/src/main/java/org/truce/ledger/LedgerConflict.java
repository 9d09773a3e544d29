package org.truce.ledger;

/** An entry id the ledger already holds with other content: the whole batch was refused. */
public final class LedgerConflict extends Exception {
  private static final long serialVersionUID = 1L;
  private final String id;

  public LedgerConflict(String id) {
    super("the ledger already has an entry `" + id + "`, with other content");
    this.id = id;
  }

  public String id() {
    return id;
  }
}
