package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;

/**
 * Makes a generated agreement read a breach of a withdrawal, a delivery or an undertaking
 * (docs/semantics.md "Breaches"), so that the properties over generated texts meet such breaches
 * often rather than by chance: the first such duty of a party gets an id, and another party gets a
 * right in the same phase that waits for its breach (or, in texts with an even number of phases,
 * for any breach of that party).
 */
public final class DutyBreaches {
  private DutyBreaches() {}

  /** The id the duty is tagged with when it had none. */
  public static final String ID = "duty_1";

  /** {@code agreement} with such a right against {@code party}; empty when it owes no duty. */
  public static Optional<Agreement> withRightAgainst(Agreement agreement, String party) {
    List<Phase> phases = new ArrayList<>(agreement.phases());
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      List<PhaseClause> clauses = new ArrayList<>(phase.clauses());
      for (int k = 0; k < clauses.size(); k++) {
        Optional<PhaseClause> tagged = tagged(clauses.get(k), party);
        if (tagged.isEmpty()) {
          continue;
        }
        clauses.set(k, tagged.get());
        String id = tagged.get().ref().id().orElseThrow();
        Optional<String> clause =
            agreement.phases().size() % 2 == 0 ? Optional.empty() : Optional.of(id);
        clauses.add(
            new PhaseClause.Right(
                ClauseRef.NONE,
                other(agreement, party),
                RightAction.RESUME_HOSTILITIES,
                Optional.of(new Condition.Breached(party, clause))));
        phases.set(i, phase.withClauses(clauses));
        return Optional.of(agreement.withPhases(phases));
      }
    }
    return Optional.empty();
  }

  private static Optional<PhaseClause> tagged(PhaseClause clause, String party) {
    return switch (clause) {
      case PhaseClause.Withdrawal w when w.party().equals(party) ->
          Optional.of(new PhaseClause.Withdrawal(tag(w.ref()), party, w.area(), w.deadline()));
      case PhaseClause.Delivery d when d.party().equals(party) ->
          Optional.of(
              new PhaseClause.Delivery(
                  tag(d.ref()), party, d.verb(), d.amount(), d.what(), d.schedule()));
      case PhaseClause.Undertaking u when u.party().equals(party) ->
          Optional.of(
              new PhaseClause.Undertaking(
                  tag(u.ref()), party, u.duty(), u.fromDay(), u.deadline()));
      default -> Optional.empty();
    };
  }

  private static ClauseRef tag(ClauseRef ref) {
    return ref.id().isPresent() ? ref : new ClauseRef(Optional.of(ID), ref.label());
  }

  private static String other(Agreement agreement, String party) {
    List<String> parties =
        agreement.actors().stream().filter(a -> a.has(Role.PARTY)).map(Actor::name).toList();
    return parties.stream().filter(p -> !p.equals(party)).findFirst().orElse(party);
  }
}
