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
  RETRACTION("retraction", List.of("retracts", "reason"), List.of()),
  // The events the monitor replays (Event): what happens once a version is in force.
  IN_FORCE("in-force", List.of("version"), List.of("at", "amends")),
  RELEASE(
      "release",
      List.of("by", "category", "count"),
      List.of("counted", "counted toward", "names", "via", "at", "clause", "substitutes")),
  REMAINS("remains", List.of("by", "category", "count"), List.of("names", "via", "at", "clause")),
  HANDOVER("handover", List.of("by", "via"), List.of("to", "release", "count", "at", "text")),
  EXTENSION("extension", List.of("days"), List.of("by", "clause", "at", "text")),
  PAUSED("paused", List.of(), List.of("by", "clause", "at", "text")),
  RESUMED("resumed", List.of(), List.of("by", "clause", "at", "text")),
  AID("aid", List.of("what", "count"), List.of("from", "by", "clause", "at", "text")),
  WITHDRAWAL("withdrawal", List.of("by", "area"), List.of("clause", "remaining", "at", "text")),
  VIOLATION("violation", List.of("by", "against", "text"), List.of("count", "clause", "at")),
  DISPUTE("dispute", List.of("disputes"), List.of("count", "counted", "counted toward", "text")),
  TALKS("talks", List.of("on", "state"), List.of("judged by", "at", "text")),
  // A party's obligations suspended and taken up again, and the agreement terminated: the acts
  // a right of the text may cover (docs/monitor.md, "Phases, talks and rights as recorded").
  SUSPENDED("suspended", List.of("by"), List.of("clause", "at", "text")),
  REINSTATED("reinstated", List.of("by"), List.of("clause", "at", "text")),
  TERMINATED("terminated", List.of("by"), List.of("at", "text")),
  // What the monitoring cell does not monitor, and the totals sources give (docs/monitor.md).
  NOT_MONITORED("not-monitored", List.of("clause", "reason"), List.of()),
  TOTAL("total", List.of("by", "category", "count"), List.of("on", "text")),
  // An undertaking with a deadline done, or done in part (docs/monitor.md, "Deadlines, done and
  // done in part").
  DONE("done", List.of("by", "clause"), List.of("remaining", "at", "text"));

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

  /** True for the kinds whose body is an {@link Event}: what the monitor replays. */
  public boolean isEvent() {
    return ordinal() >= IN_FORCE.ordinal();
  }

  public static Optional<EntryKind> fromWord(String word) {
    return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(EntryKind::word).toList();
  }
}
