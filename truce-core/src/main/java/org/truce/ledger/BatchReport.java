package org.truce.ledger;

import java.util.List;
import org.truce.source.Diagnostic;

/**
 * A batch checked against the dossier and the ledger: the problems found, the entries to append
 * (those the ledger does not hold yet, in the order given) and how many it already holds with the
 * same content, which an import leaves as they are.
 */
public record BatchReport(
    List<Diagnostic> diagnostics, List<Entry> newEntries, int alreadyRecorded) {
  public BatchReport {
    diagnostics = List.copyOf(diagnostics);
    newEntries = List.copyOf(newEntries);
  }

  public boolean ok() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}
