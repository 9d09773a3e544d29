package org.truce.monitor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which releases count toward a quota and a ratio, and on which day. Sources do not always agree:
 * in November 2023 two women released outside the framework on day 6 were counted by the mediators
 * toward day 7. The monitor shows its figures under one policy and, where the other gives other
 * figures, those too.
 */
public enum CountingPolicy {
  /**
   * As the exchange list has it: a release counts when it is counted in the deal, on the day it
   * happened; releases outside the deal never count toward a quota.
   */
  LIST("list", "releases count when counted in the deal, on the day they happened"),
  /**
   * As the latest report on each release counts it: a dispute may credit a release to the deal or
   * take it out ({@code counted}), and name the day whose quota it counts toward ({@code counted
   * toward}).
   */
  CREDITED(
      "credited",
      "releases count as the latest report on each counts them: in or outside the deal, and"
          + " toward which day");

  private final String word;
  private final String meaning;

  CountingPolicy(String word, String meaning) {
    this.word = word;
    this.meaning = meaning;
  }

  public String word() {
    return word;
  }

  /** What the policy counts, in one clause of plain language. */
  public String meaning() {
    return meaning;
  }

  /** The other policy: the second reading the monitor shows. */
  public CountingPolicy other() {
    return this == LIST ? CREDITED : LIST;
  }

  public static Optional<CountingPolicy> fromWord(String word) {
    return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(CountingPolicy::word).toList();
  }
}
