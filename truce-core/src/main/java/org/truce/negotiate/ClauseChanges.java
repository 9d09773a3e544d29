package org.truce.negotiate;

import java.util.List;

/**
 * The differences between two versions of an agreement, as {@link ClauseDiff#between} finds them.
 * Header, actors and holdings list only what differs; interests and clauses list every element of
 * either text, {@link Change#UNCHANGED} ones included (renderers leave those out). Clauses come in
 * the order of the new text as printed (each phase followed by its clauses, then the top-level
 * rights, assurances, requirements and conclusion), with each removed clause placed after what
 * preceded it in the old text.
 */
public record ClauseChanges(
    List<HeaderChange> header,
    List<ActorChange> actors,
    List<HoldingChange> holdings,
    List<ClauseChange> interests,
    List<ClauseChange> clauses) {
  public ClauseChanges {
    header = List.copyOf(header);
    actors = List.copyOf(actors);
    holdings = List.copyOf(holdings);
    interests = List.copyOf(interests);
    clauses = List.copyOf(clauses);
  }

  /** Whether the two texts differ in anything but layout and comments. */
  public boolean hasChanges() {
    return !header.isEmpty()
        || !actors.isEmpty()
        || !holdings.isEmpty()
        || interests.stream().anyMatch(change -> change.change() != Change.UNCHANGED)
        || clauses.stream().anyMatch(change -> change.change() != Change.UNCHANGED);
  }

  /** The clauses (interests apart) with the given change. */
  public List<ClauseChange> clauses(Change change) {
    return clauses.stream().filter(clause -> clause.change() == change).toList();
  }
}
