package org.truce.model;

import java.util.Optional;

/**
 * One part of a delivery's amount ({@code of which 40 aid.truck.fuel}, {@code of which 200 "to the
 * north"}): a floor within each day's (or week's) amount of a rate, or within the total of any
 * other delivery. Exactly one of {@code category} (below the delivery's) and {@code qualifier}
 * (words) is present. See docs/semantics.md, "Sub-quotas".
 */
public record SubQuota(long amount, Optional<Category> category, Optional<String> qualifier) {
  public SubQuota {
    if (category.isPresent() == qualifier.isPresent()) {
      throw new IllegalArgumentException("a sub-quota names a category or a qualifier, not both");
    }
  }

  /** The sub-quota's label: its category path, or its qualifier in quotes. */
  public String label() {
    return category.map(Category::path).orElseGet(() -> "\"" + qualifier.orElseThrow() + "\"");
  }
}
