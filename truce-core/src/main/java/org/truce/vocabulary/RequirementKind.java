package org.truce.vocabulary;

/**
 * The form of a user's property: {@code require always C}, {@code require never C}, {@code require
 * eventually C within 60 days}.
 */
public enum RequirementKind {
  ALWAYS,
  NEVER,
  EVENTUALLY
}
