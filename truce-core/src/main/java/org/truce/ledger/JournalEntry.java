package org.truce.ledger;

import java.util.Map;
import org.truce.source.Span;

/**
 * An entry as read from a journal, with where its parts are in the text (the value of each field
 * given, by its name, and the entry's {@code date} and {@code id}), so that the checks of a batch
 * can point at the part they find wrong. The positions live beside the entry, not in it: an entry
 * read back from the ledger has none.
 */
public record JournalEntry(Entry entry, Span header, Map<String, Span> values) {
  public JournalEntry {
    values = Map.copyOf(values);
  }

  /** Where the value of {@code field} is, or the entry's first line if it has no such field. */
  public Span at(String field) {
    return values.getOrDefault(field, header);
  }
}
