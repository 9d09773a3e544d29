package org.truce.vocabulary;

/**
 * How a count of held units is qualified: {@code 50}, {@code about 120}, {@code at least 240},
 * {@code at most 300}. Analyses use the number; renderings keep the qualifier.
 */
public enum Bound {
  EXACTLY,
  ABOUT,
  AT_LEAST,
  AT_MOST
}
