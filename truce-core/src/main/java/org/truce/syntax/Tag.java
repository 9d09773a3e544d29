package org.truce.syntax;

import java.util.Optional;
import org.truce.source.Span;

/**
 * {@code [id "label"]} before a clause: a stable id that diffs, positions and events point at, and
 * an optional human label. Ids are names or dotted numbers such as {@code 4.1}.
 */
public record Tag(String id, Optional<Text> label, Span span) {}
