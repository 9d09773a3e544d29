package org.truce.model;

import java.util.List;
import java.util.Optional;
import org.truce.vocabulary.Bound;

/** What one holder holds when the agreement starts, per category. */
public record Holdings(ClauseRef ref, String holder, List<Holdings.Entry> entries) {
  public Holdings {
    entries = List.copyOf(entries);
  }

  /**
   * {@code count} units of {@code category}, exactly or as reported ({@code bound}). A non-empty
   * {@code either} makes the line's status unknown at signing: each unit is of one of these
   * categories, revealed when it is released (docs/semantics.md "Status unknown at signing").
   */
  public record Entry(
      Category category,
      Bound bound,
      long count,
      Optional<String> description,
      List<Category> either) {
    public Entry {
      either = List.copyOf(either);
    }

    /** A line whose status is known. */
    public Entry(Category category, Bound bound, long count, Optional<String> description) {
      this(category, bound, count, description, List.of());
    }

    /** True when the status of the line's units is revealed only at release. */
    public boolean unknownStatus() {
      return !either.isEmpty();
    }
  }
}
