package org.truce.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How far the recorder trusts a claim: confirmed on the record (an official text, a statement in
 * the party's own name), reported by a source that is credible but not on the record, or unverified
 * (a single claim nobody has confirmed).
 */
public enum Confidence {
  CONFIRMED("confirmed"),
  REPORTED("reported"),
  UNVERIFIED("unverified");

  private final String word;

  Confidence(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Optional<Confidence> fromWord(String word) {
    return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(Confidence::word).toList();
  }
}
