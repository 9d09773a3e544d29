package org.truce.syntax;

import java.util.List;

/**
 * Prints a syntax tree in the one canonical layout of {@code truce fmt}, with its comments.
 * Idempotent: formatting formatted text changes nothing.
 */
public final class Formatter {
  private Formatter() {}

  public static String format(AgreementSyntax tree, List<Comment> comments) {
    throw new UnsupportedOperationException("formatter not written yet");
  }
}
