package org.truce.source;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics during one phase (lexing, parsing, resolution...). Not thread-safe. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public Diagnostic add(Diagnostic diagnostic) {
    items.add(diagnostic);
    return diagnostic;
  }

  public Diagnostic report(DiagnosticCode code, Span span, Object... args) {
    return add(Diagnostic.of(code, span, args));
  }

  public void addAll(List<Diagnostic> diagnostics) {
    items.addAll(diagnostics);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** The diagnostics in source order (stable for equal offsets). */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(Diagnostic.IN_SOURCE_ORDER);
    return List.copyOf(copy);
  }

  public int size() {
    return items.size();
  }
}
