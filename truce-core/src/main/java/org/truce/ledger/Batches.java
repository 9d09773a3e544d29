package org.truce.ledger;

import java.time.LocalDate;
import org.truce.ledger.internal.BatchCheck;

/** Checks a batch of entries before anything of it is written (docs/dossier.md). */
public final class Batches {
  private Batches() {}

  /**
   * Checks the well-formed entries of {@code journal} against the versions of the dossier, the
   * entries the ledger holds, and {@code today}: names of versions, parties, actors and clauses,
   * dates, ids, corrections and contradictory stances. The journal's own diagnostics come first.
   */
  public static BatchReport check(
      JournalResult journal, DossierVersions versions, Ledger ledger, LocalDate today) {
    return new BatchCheck(journal, versions, ledger, today).run();
  }
}
