package org.truce.render.internal;

/** Small text helpers shared by the writers. */
final class Labels {
  private Labels() {}

  /** A clause label as a run-in heading: ends with a full stop unless it has its own. */
  static String sentence(String label) {
    String trimmed = label.strip();
    if (trimmed.isEmpty()) {
      return trimmed;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    return ".!?:".indexOf(last) >= 0 ? trimmed : trimmed + ".";
  }
}
