package org.truce.cli.run;

/** The formats of {@code truce timeline --format}. */
public enum TimelineFormat {
  /** Plain text for a terminal. */
  TEXT,
  /** Markdown tables. */
  MD
}
