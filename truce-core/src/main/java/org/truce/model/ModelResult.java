package org.truce.model;

import java.util.List;
import java.util.Optional;
import org.truce.source.Diagnostic;

/**
 * The outcome of building a model from a parsed file: the model (absent when there are errors),
 * where its parts came from, and every diagnostic of parsing and validation in source order.
 */
public record ModelResult(
    Optional<Agreement> agreement, Optional<SourceMap> sourceMap, List<Diagnostic> diagnostics) {
  public ModelResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
