package org.truce.negotiate;

import java.util.Locale;

/** What happened to one element between the old text and the new one. */
public enum Change {
  /** Only in the new text. */
  ADDED,
  /** Only in the old text. */
  REMOVED,
  /** In both, with a difference (text, tag or phase). */
  CHANGED,
  /** In both, the same. */
  UNCHANGED;

  /** The word used in JSON: {@code added}, {@code removed}, {@code changed}, {@code unchanged}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
