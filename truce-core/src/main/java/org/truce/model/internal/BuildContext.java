package org.truce.model.internal;

import java.util.IdentityHashMap;
import java.util.List;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.Diagnostics;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * What every step of a model build shares: the source (for line numbers in hints), the diagnostics
 * reported so far and the side table of spans that becomes the {@link org.truce.model.SourceMap}.
 */
public final class BuildContext {
  private final SourceText source;
  private final Diagnostics diagnostics = new Diagnostics();
  private final IdentityHashMap<Object, Span> spans = new IdentityHashMap<>();

  public BuildContext(SourceText source) {
    this.source = source;
  }

  public SourceText source() {
    return source;
  }

  public Diagnostic report(DiagnosticCode code, Span span, Object... args) {
    return diagnostics.report(code, span, args);
  }

  /** Reports with "did you mean" suggestions (none when the list is empty). */
  public void report(List<String> suggestions, DiagnosticCode code, Span span, Object... args) {
    diagnostics.add(Diagnostic.of(code, span, args).withSuggestions(suggestions));
  }

  /** 1-based line of a span, for hints that point at an earlier declaration. */
  public int line(Span span) {
    return source.line(span.offset());
  }

  /** Records where a model element came from; returns the element for chaining. */
  public <T> T mapped(T element, Span span) {
    spans.put(element, span);
    return element;
  }

  public IdentityHashMap<Object, Span> spans() {
    return spans;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.hasErrors();
  }
}
