package org.truce.model;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * Where each model element came from. Keyed by identity, since records with equal contents (two
 * identical clauses) are different clauses at different places. Empty for models read from JSON.
 */
public final class SourceMap {
  private final SourceText source;
  private final Map<Object, Span> spans;

  public SourceMap(SourceText source, IdentityHashMap<Object, Span> spans) {
    this.source = source;
    this.spans = new IdentityHashMap<>(spans);
  }

  public static SourceMap empty(SourceText source) {
    return new SourceMap(source, new IdentityHashMap<>());
  }

  public SourceText source() {
    return source;
  }

  public Optional<Span> spanOf(Object modelElement) {
    return Optional.ofNullable(spans.get(modelElement));
  }

  /** 1-based line of the element, when known. */
  public Optional<Integer> lineOf(Object modelElement) {
    return spanOf(modelElement).map(span -> source.line(span.offset()));
  }
}
