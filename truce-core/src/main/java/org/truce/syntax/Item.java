package org.truce.syntax;

import java.util.Optional;
import org.truce.source.Span;

/** A clause with its optional tag; {@code span} covers both. */
public record Item(Optional<Tag> tag, Clause clause, Span span) {}
