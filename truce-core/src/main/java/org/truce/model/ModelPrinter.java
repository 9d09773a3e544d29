package org.truce.model;

import org.truce.model.internal.print.AgreementSyntaxBuilder;
import org.truce.syntax.Formatter;

/**
 * Prints a model as canonical {@code .truce} text (used by {@code truce import}): converts it to a
 * syntax tree and formats that, so there is one printer for the language. Loading the printed text
 * gives back an equal model.
 */
public final class ModelPrinter {
  private ModelPrinter() {}

  public static String print(Agreement agreement) {
    return Formatter.format(AgreementSyntaxBuilder.of(agreement));
  }
}
