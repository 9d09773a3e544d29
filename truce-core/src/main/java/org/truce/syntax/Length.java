package org.truce.syntax;

import org.truce.source.Span;
import org.truce.vocabulary.TimeUnit;

/** A length of time as written, e.g. {@code 6 weeks}: the unit is kept for the formatter. */
public record Length(long amount, TimeUnit unit, Span span) {
  public long days() {
    return amount * unit.days();
  }
}
