package org.truce.syntax;

import org.truce.source.Span;

/** A {@code #} comment; {@code text} excludes the {@code #} and the line break. */
public record Comment(String text, Span span) {}
