package org.truce.model;

/**
 * Prints a model as canonical {@code .truce} text (used by {@code truce import}): converts it to a
 * syntax tree and formats that, so there is one printer for the language.
 */
public final class ModelPrinter {
  private ModelPrinter() {}

  public static String print(Agreement agreement) {
    throw new UnsupportedOperationException("model printer not written yet");
  }
}
