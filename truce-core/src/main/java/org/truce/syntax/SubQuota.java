package org.truce.syntax;

import java.util.Optional;
import org.truce.source.Span;

/**
 * One part of a delivery's {@code of which} list: {@code 40 aid.truck.fuel} (a subcategory of the
 * delivery's category) or {@code 200 "to the north"} (a qualifier in words). Exactly one of {@code
 * category} and {@code qualifier} is present.
 */
public record SubQuota(
    long amount, Optional<CategoryName> category, Optional<Text> qualifier, Span span) {
  public SubQuota {
    if (category.isPresent() == qualifier.isPresent()) {
      throw new IllegalArgumentException("a sub-quota names a category or a qualifier, not both");
    }
  }
}
