package org.truce.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A party's stance on a clause of a version, as a position entry records it. */
public enum Stance {
  ACCEPTS("accepts"),
  REJECTS("rejects"),
  DEMANDS_CHANGE("demands a change"),
  PROPOSES_TEXT("proposes text"),
  SILENT("silent");

  private final String word;

  Stance(String word) {
    this.word = word;
  }

  /** The words of the journal format, e.g. {@code demands a change}. */
  public String word() {
    return word;
  }

  public static Optional<Stance> fromWord(String word) {
    return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(Stance::word).toList();
  }
}
