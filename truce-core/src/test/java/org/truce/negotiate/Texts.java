package org.truce.negotiate;

import org.truce.check.Examples;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/** Agreements for the diff tests: bundled examples and small texts written in the tests. */
final class Texts {
  private Texts() {}

  /** An example of examples/*.truce, with its source map. */
  static ModelResult example(String name) {
    return Examples.result(name);
  }

  /** A text written in a test; it must load without errors. */
  static Agreement agreement(String text) {
    return valid(ModelBuilder.load(new SourceText("test.truce", text)), text).agreement().get();
  }

  private static ModelResult valid(ModelResult result, String what) {
    if (result.hasErrors() || result.agreement().isEmpty()) {
      throw new IllegalStateException(what + " does not validate: " + result.diagnostics());
    }
    return result;
  }
}
