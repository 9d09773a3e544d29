package org.truce.cli;

/** How diagnostics are printed on standard error ({@code --error-format}). */
public enum ErrorFormat {
  /** For people: location, message, the source line with a caret, and the hint. */
  HUMAN,
  /** For tools: one JSON array of diagnostic objects (docs/cli.md). */
  JSON
}
