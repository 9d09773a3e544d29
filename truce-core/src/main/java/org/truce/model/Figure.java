package org.truce.model;

import java.util.Optional;

/** A whole number in a state of the agreement: a literal, the day, a count released or held. */
public sealed interface Figure {
  record Literal(long value) implements Figure {}

  /** The current day of the agreement, counted from 1. */
  record Day() implements Figure {}

  record Released(Category category, Optional<String> by) implements Figure {}

  record Held(Category category, Optional<String> by) implements Figure {}
}
