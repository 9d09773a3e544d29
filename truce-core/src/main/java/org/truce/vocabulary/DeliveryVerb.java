package org.truce.vocabulary;

/** {@code israel allows 600 aid.truck per day}; {@code delivers} reads better for goods sent. */
public enum DeliveryVerb {
  ALLOWS,
  DELIVERS
}
