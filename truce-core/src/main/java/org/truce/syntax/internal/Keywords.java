package org.truce.syntax.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reserved words of the language: every literal word of the grammar in docs/language.md. None
 * of them may be declared or referenced as a name (the first segment of a category included; later
 * segments may be any word). This is the one list; {@link org.truce.syntax.Parser#reservedWords()}
 * publishes it.
 */
public final class Keywords {
  /** In the order the grammar introduces them, so that the documentation can list them so. */
  private static final List<String> ORDERED =
      List.of(
          "agreement",
          "version",
          "dated",
          "tabled",
          "by",
          "via",
          "previous",
          "starts",
          "party",
          "mediator",
          "guarantor",
          "endorser",
          "held",
          "about",
          "at",
          "least",
          "most",
          "interest",
          "phase",
          "lasts",
          "indefinitely",
          "day",
          "days",
          "week",
          "weeks",
          "begins",
          "on",
          "after",
          "when",
          "ends",
          "hostilities",
          "active",
          "paused",
          "ended",
          "releases",
          "all",
          "remaining",
          "per",
          "released",
          "within",
          "allows",
          "delivers",
          "from",
          "withdraws",
          "undertakes",
          "every",
          "of",
          "the",
          "talks",
          "begin",
          "extends",
          "up",
          "to",
          "additional",
          "while",
          "may",
          "resume",
          "suspend",
          "obligations",
          "terminate",
          "ensures",
          "ensure",
          "until",
          "require",
          "always",
          "never",
          "eventually",
          "concludes",
          "lapses",
          "instrument",
          "unless",
          "or",
          "and",
          "not",
          "true",
          "false",
          "begun",
          "progressing",
          "stalled",
          "agreed",
          "as",
          "judged",
          "located",
          "soon",
          "possible",
          "the",
          "latest");

  private static final Set<String> RESERVED = Set.copyOf(ORDERED);

  private Keywords() {}

  public static boolean isReserved(String word) {
    return RESERVED.contains(word);
  }

  /** Every reserved word, in grammar order (an unmodifiable, ordered set). */
  public static Set<String> all() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ORDERED));
  }
}
