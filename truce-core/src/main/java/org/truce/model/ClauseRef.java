package org.truce.model;

import java.util.Optional;

/**
 * The id and label a clause was tagged with ({@code [4.1 "Resumption"]}), if any. Diffs, positions
 * and monitoring events point at clauses through their ids.
 */
public record ClauseRef(Optional<String> id, Optional<String> label) {
  public static final ClauseRef NONE = new ClauseRef(Optional.empty(), Optional.empty());
}
