package org.truce.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of ledger entry and the fields each has in the journal format, in the order the journal
 * writes them. Every kind also has the provenance fields ({@link #PROVENANCE_FIELDS}).
 */
public enum EntryKind {
  TABLED("tabled", List.of("version"), List.of("by", "via")),
  POSITION("position", List.of("party", "clause", "version", "stance"), List.of("text")),
  STATEMENT("statement", List.of("by", "text"), List.of("clause", "version")),
  MEETING("meeting", List.of("place", "text"), List.of("participants")),
  RETRACTION("retraction", List.of("retracts", "reason"), List.of());

  /** The fields of every kind, after its own: where the claim comes from, and what it corrects. */
  public static final List<String> PROVENANCE_FIELDS =
      List.of(
          "source", "reported", "attributed to", "anonymous", "confidence", "note", "supersedes");

  private final String word;
  private final List<String> required;
  private final List<String> optional;

  EntryKind(String word, List<String> required, List<String> optional) {
    this.word = word;
    this.required = required;
    this.optional = optional;
  }

  public String word() {
    return word;
  }

  /** The fields of this kind that an entry must have, {@code source} apart. */
  public List<String> required() {
    return required;
  }

  /** Every field an entry of this kind may have, in the order the journal writes them. */
  public List<String> fields() {
    return java.util.stream.Stream.of(required, optional, PROVENANCE_FIELDS)
        .flatMap(List::stream)
        .toList();
  }

  /** True when an entry of this kind may have {@code field}; read for every field of a journal. */
  public boolean has(String field) {
    return required.contains(field)
        || optional.contains(field)
        || PROVENANCE_FIELDS.contains(field);
  }

  public static Optional<EntryKind> fromWord(String word) {
    return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(EntryKind::word).toList();
  }
}
