package org.truce.model;

import org.truce.source.SourceText;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;

/**
 * Builds the validated {@link Agreement} from a parse: resolves names, checks roles, quantities,
 * schedules, phases and the types of conditions, and reports every problem with its span.
 */
public final class ModelBuilder {
  private ModelBuilder() {}

  /** Parses and builds; the result's diagnostics include the parser's. */
  public static ModelResult load(SourceText source) {
    return build(Parser.parse(source));
  }

  public static ModelResult build(ParseResult parsed) {
    // Placeholder until name resolution and validation land: reports the parser's diagnostics.
    return new ModelResult(
        java.util.Optional.empty(), java.util.Optional.empty(), parsed.diagnostics());
  }
}
