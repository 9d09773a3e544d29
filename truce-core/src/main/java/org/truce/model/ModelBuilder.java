package org.truce.model;

import org.truce.model.internal.ModelBuild;
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

  /**
   * Builds the model from a parse. The result carries the parser's diagnostics and the model's, in
   * source order; the agreement and its source map are present only when none is an error (warnings
   * allowed). Never throws on any tree the parser returns.
   */
  public static ModelResult build(ParseResult parsed) {
    return ModelBuild.run(parsed);
  }
}
