package org.truce.vocabulary;

/** How long an assurance lasts: {@code until C} or {@code while C}. */
public enum ScopeKind {
  UNTIL,
  WHILE
}
