package org.truce.vocabulary;

/**
 * How an instrument ranks against the agreement or an instrument declared before it: {@code ranks
 * above agreement}, {@code ranks below letter}, {@code ranks with agreement}.
 */
public enum RankRelation {
  ABOVE,
  BELOW,
  WITH;

  /** The word of the language. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
