package org.truce.source;

/** How serious a diagnostic is. Only errors make a command fail. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
