package org.truce.ledger.internal;

import java.util.List;
import java.util.Optional;
import org.truce.ledger.Done;
import org.truce.ledger.JournalEntry;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;

/**
 * The checks of a {@code done} entry against the version in force on its date (docs/monitor.md,
 * "Deadlines, done and done in part"): the clause it names is an undertaking (E757) of its party
 * (E758) with a deadline (E759). A clause the version does not have is E723, reported with every
 * event's clause.
 */
final class DoneChecks {
  private DoneChecks() {}

  static void check(
      Agreement agreement, String label, Done done, JournalEntry e, List<Diagnostic> out) {
    boolean exists =
        org.truce.ledger.DossierVersions.clauses(agreement).stream()
            .anyMatch(ref -> names(ref, done.clauseName()));
    if (!exists) {
      return; // E723
    }
    Optional<PhaseClause> clause =
        agreement.phases().stream()
            .flatMap(p -> p.clauses().stream())
            .filter(c -> names(c.ref(), done.clauseName()))
            .findFirst();
    if (!(clause.orElse(null) instanceof PhaseClause.Undertaking u)) {
      out.add(
          Diagnostic.of(
              DiagnosticCode.LEDGER_DONE_NOT_UNDERTAKING,
              e.at("clause"),
              done.clauseName(),
              label,
              kind(clause),
              clause.orElse(null) instanceof PhaseClause.Withdrawal
                  ? "record a withdrawal with a `withdrawal` entry (with `remaining:` when it was"
                      + " done in part)"
                  : clause.orElse(null) instanceof PhaseClause.Release
                      ? "record a release with a `release` entry"
                      : "name the clause of the undertaking, by its id or its label"));
      return;
    }
    if (!u.party().equals(done.by())) {
      out.add(
          Diagnostic.of(
              DiagnosticCode.LEDGER_DONE_OTHER_PARTY,
              e.at("by"),
              done.clauseName(),
              u.party(),
              done.by()));
      return;
    }
    if (u.deadline().isEmpty()) {
      out.add(
          Diagnostic.of(DiagnosticCode.LEDGER_DONE_NO_DEADLINE, e.at("clause"), done.clauseName()));
    }
  }

  /** What a clause is, in words: "a withdrawal", "a release"... */
  private static String kind(Optional<PhaseClause> clause) {
    if (clause.isEmpty()) {
      return "not an obligation of a phase";
    }
    return switch (clause.get()) {
      case PhaseClause.Withdrawal w -> "a withdrawal";
      case PhaseClause.Release r -> "a release";
      case PhaseClause.Delivery d -> "a delivery";
      case PhaseClause.Hostilities h -> "a clause on hostilities";
      case PhaseClause.Right r -> "a right";
      default -> "a clause of another kind";
    };
  }

  private static boolean names(ClauseRef ref, String name) {
    return ref.id().filter(name::equals).isPresent()
        || ref.label().filter(name::equals).isPresent();
  }
}
