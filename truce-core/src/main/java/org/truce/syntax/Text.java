package org.truce.syntax;

import org.truce.source.Span;

/** A quoted text, unescaped: titles, labels, full names, descriptions. */
public record Text(String value, Span span) {}
