package org.truce.ledger;

import java.util.List;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;

/**
 * A journal read: the entries that are well formed, in the order of the text, and a diagnostic for
 * every problem found. A batch with any error is rejected whole, so callers write nothing unless
 * {@link #ok()}.
 */
public record JournalResult(
    SourceText source, List<JournalEntry> entries, List<Diagnostic> diagnostics) {
  public JournalResult {
    entries = List.copyOf(entries);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}
