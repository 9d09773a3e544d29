package org.truce.syntax;

import org.truce.syntax.internal.format.TreePrinter;

/**
 * Prints a syntax tree in the one canonical layout of {@code truce fmt} (docs/language.md,
 * "Canonical layout"). Idempotent: formatting formatted text changes nothing.
 */
public final class Formatter {
  private Formatter() {}

  /**
   * Formats parsed text, keeping its comments and the blank lines that group its clauses.
   *
   * @throws IllegalArgumentException if the parse has errors: only a clean parse can be formatted
   *     without losing text
   */
  public static String format(ParseResult parsed) {
    if (parsed.hasErrors() || parsed.tree().isEmpty()) {
      throw new IllegalArgumentException("cannot format a file with syntax errors");
    }
    return TreePrinter.print(parsed);
  }

  /** Formats a tree that has no source text (e.g. one built from a model): no comments. */
  public static String format(AgreementSyntax tree) {
    return TreePrinter.print(tree);
  }
}
