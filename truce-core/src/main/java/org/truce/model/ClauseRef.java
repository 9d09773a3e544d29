package org.truce.model;

import java.util.Optional;

/**
 * The id and label a clause was tagged with ({@code [4.1 "Resumption"]}), if any, and the
 * instrument it belongs to (empty: the agreement itself). Diffs, positions and monitoring events
 * point at clauses through their ids.
 */
public record ClauseRef(Optional<String> id, Optional<String> label, Optional<String> instrument) {
  public static final ClauseRef NONE = new ClauseRef(Optional.empty(), Optional.empty());

  /** A clause of the agreement itself. */
  public ClauseRef(Optional<String> id, Optional<String> label) {
    this(id, label, Optional.empty());
  }

  // equals and hashCode are written out, as Category's: a record's own are linked at their first
  // call, which costs more than a small check's search (docs/decisions/0038).
  @Override
  public boolean equals(Object other) {
    return other instanceof ClauseRef r
        && r.id.equals(id)
        && r.label.equals(label)
        && r.instrument.equals(instrument);
  }

  @Override
  public int hashCode() {
    return (31 * id.hashCode() + label.hashCode()) * 31 + instrument.hashCode();
  }

  /** This reference in {@code instrumentName} (empty: the agreement itself). */
  public ClauseRef in(Optional<String> instrumentName) {
    return new ClauseRef(id, label, instrumentName);
  }

  /**
   * {@code clause 4.1 "Resumption"}, with {@code of instrument letter} for a clause of an
   * instrument ({@code instrument letter} alone when untagged), or empty text for an untagged
   * clause of the agreement.
   */
  public String cite() {
    if (id.isEmpty() && label.isEmpty()) {
      return instrument.map(i -> "instrument " + i).orElse("");
    }
    StringBuilder text = new StringBuilder("clause");
    id.ifPresent(i -> text.append(' ').append(i));
    label.ifPresent(l -> text.append(" \"").append(l).append('"'));
    instrument.ifPresent(i -> text.append(" of instrument ").append(i));
    return text.toString();
  }
}
