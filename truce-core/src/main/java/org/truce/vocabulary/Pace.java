package org.truce.vocabulary;

/**
 * The pace of a best-effort release: {@code as soon as possible} (the releasing party chooses when)
 * or {@code as located} (the units are released as they are found: the environment chooses when).
 * Both read the same in the analyses (docs/semantics.md, "Best-effort releases"); renderings keep
 * the words.
 */
public enum Pace {
  AS_SOON_AS_POSSIBLE,
  AS_LOCATED
}
