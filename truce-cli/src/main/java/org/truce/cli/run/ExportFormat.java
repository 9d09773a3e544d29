package org.truce.cli.run;

/** The formats of {@code truce export --format}. */
public enum ExportFormat {
  /** The JSON interchange form (docs/json.md). */
  JSON,
  /** A Promela model for the SPIN model checker; comes with the checker. */
  PROMELA
}
