package org.truce.model;

import java.util.List;
import java.util.Optional;

/**
 * A phase: its duration in days (empty: it lasts until it is ended), how it begins, an optional
 * early end, and its clauses in source order. Days inside a phase are counted from its first day.
 */
public record Phase(
    ClauseRef ref,
    String name,
    Optional<String> title,
    Optional<Long> durationDays,
    Entry entry,
    Optional<Condition> endsWhen,
    List<PhaseClause> clauses) {
  public Phase {
    clauses = List.copyOf(clauses);
  }

  /** The same phase with other clauses. */
  public Phase withClauses(List<PhaseClause> others) {
    return new Phase(ref, name, title, durationDays, entry, endsWhen, others);
  }

  /** How a phase begins. The first phase declared without {@code begins} begins on day 1. */
  public sealed interface Entry {
    /** On a day of the agreement. */
    record OnDay(long day) implements Entry {}

    /** The day after another phase ends. */
    record After(String phase) implements Entry {}

    /** The first day the condition holds. */
    record When(Condition condition) implements Entry {}
  }
}
