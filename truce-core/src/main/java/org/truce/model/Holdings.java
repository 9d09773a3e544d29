package org.truce.model;

import java.util.List;
import java.util.Optional;
import org.truce.vocabulary.Bound;

/** What one holder holds when the agreement starts, per category. */
public record Holdings(ClauseRef ref, String holder, List<Holdings.Entry> entries) {
  public Holdings {
    entries = List.copyOf(entries);
  }

  /** {@code count} units of {@code category}, exactly or as reported ({@code bound}). */
  public record Entry(Category category, Bound bound, long count, Optional<String> description) {}
}
