package org.truce.syntax;

import org.truce.source.Span;

/** A name as written: a party, a phase, a category segment, a clause id. */
public record Name(String text, Span span) {}
