package org.truce.syntax;

import org.truce.source.Span;
import org.truce.vocabulary.TimeUnit;

/**
 * A length of time as written, e.g. {@code 6 weeks} or {@code 48 hours}: the unit is kept for the
 * formatter.
 */
public record Length(long amount, TimeUnit unit, Span span) {
  /** The whole days the length covers: hours are rounded up (48 hours: 2 days; 36 hours: 2). */
  public long days() {
    return Math.ceilDiv(amount * unit.hours(), 24);
  }

  /** The exact number of hours. */
  public long hours() {
    return amount * unit.hours();
  }
}
