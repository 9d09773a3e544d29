package org.truce.syntax;

import org.truce.source.Span;
import org.truce.vocabulary.Bound;

/**
 * A count of held units, exact or as reported: {@code 50}, {@code about 120}, {@code at least 240},
 * {@code at most 300}. Analyses use the number; renderings keep the qualifier.
 */
public record Amount(Bound bound, long value, Span span) {}
