package org.truce.testing;

import static org.truce.testing.Interpreter.CONCLUDED;
import static org.truce.testing.Interpreter.IN_FORCE;
import static org.truce.testing.Interpreter.LAPSED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.testing.Interpreter.State;
import org.truce.testing.Interpreter.Status;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;

/**
 * How a run may stop being in force, for the {@link Interpreter}, from docs/semantics.md "One day,
 * in order" steps 7 to 10 and "Instruments and precedence": assurances in force must be kept (a day
 * on which one fails is not a compliant continuation; {@code until S} ends one for good), parties
 * may exercise the rights they lawfully have (a right is removed by an assurance of its rank or
 * higher that exercising it would break), the adversary may end the truce without one, and the
 * agreement concludes or lapses.
 */
final class InterpreterRightsAndEndings {
  private final Agreement agreement;
  private final Optional<String> adversary;
  private final List<String> parties;
  private final InterpreterInstruments ranks;
  private final InterpreterEvaluation evaluation;

  InterpreterRightsAndEndings(
      Agreement agreement, Optional<String> adversary, InterpreterEvaluation evaluation) {
    this.agreement = agreement;
    this.adversary = adversary;
    this.parties =
        agreement.actors().stream().filter(a -> a.has(Role.PARTY)).map(Actor::name).toList();
    this.ranks = new InterpreterInstruments(agreement);
    this.evaluation = evaluation;
  }

  /**
   * True when every assurance in force holds in {@code s}. With {@code update}, an {@code until S}
   * whose S holds ends its assurance for good.
   */
  boolean assurancesKept(State s, boolean update) {
    return assurancesKept(s, update, Integer.MIN_VALUE);
  }

  /** The same, reading only the assurances of rank {@code atLeast} or higher. */
  private boolean assurancesKept(State s, boolean update, int atLeast) {
    boolean kept = true;
    int i = 0;
    for (PhaseClause.Assurance a : agreement.assurances()) {
      boolean read = ranks.rank(a.ref()) >= atLeast;
      kept &= kept(s, a, "top/" + i++, read, update);
    }
    for (Phase p : agreement.phases()) {
      for (int k = 0; k < p.clauses().size(); k++) {
        if (p.clauses().get(k) instanceof PhaseClause.Assurance a) {
          boolean inForce = s.status.get(p.name()) == Status.IN_FORCE && 0 >= atLeast;
          kept &= kept(s, a, p.name() + "/" + k, inForce, update);
        }
      }
    }
    return kept;
  }

  private boolean kept(
      State s, PhaseClause.Assurance a, String key, boolean inForce, boolean update) {
    if (!inForce) {
      return true;
    }
    if (a.scope().isPresent()) {
      var scope = a.scope().get();
      boolean holds = evaluation.holds(scope.condition(), s);
      if (scope.kind() == ScopeKind.UNTIL) {
        if (s.assuranceOver.getOrDefault(key, false)) {
          return true;
        }
        if (holds) {
          if (update) {
            s.assuranceOver.put(key, true);
          }
          return true;
        }
      } else if (!holds) {
        return true;
      }
    }
    return evaluation.holds(a.condition(), s);
  }

  /** The rights {@code party} may lawfully exercise in {@code s}, the first clause per action. */
  Map<RightAction, PhaseClause.Right> lawfulRights(State s, String party) {
    Map<RightAction, PhaseClause.Right> found = new TreeMap<>();
    for (var r : rightsInForce(s)) {
      if (!r.party().equals(party) || found.containsKey(r.action())) {
        continue;
      }
      if (r.when().isPresent() && !evaluation.holds(r.when().get(), s)) {
        continue;
      }
      // Unless exercising it would make an assurance in force false that day, of the right's
      // rank or higher (an assurance of lower rank does not remove it).
      State after = s.copy();
      apply(after, r.action());
      if (assurancesKept(after, false, ranks.rank(r.ref()))) {
        found.put(r.action(), r);
      }
    }
    return found;
  }

  private List<PhaseClause.Right> rightsInForce(State s) {
    List<PhaseClause.Right> rights = new ArrayList<>(agreement.rights());
    for (Phase p : agreement.phases()) {
      if (s.status.get(p.name()) == Status.IN_FORCE) {
        for (PhaseClause c : p.clauses()) {
          if (c instanceof PhaseClause.Right r) {
            rights.add(r);
          }
        }
      }
    }
    // Top-level rights and phase rights, in the order of the text: phases first, as written.
    return rights;
  }

  private static void apply(State s, RightAction action) {
    if (action != RightAction.SUSPEND_OBLIGATIONS) {
      s.hostilities = HostilityState.ACTIVE;
    }
  }

  /** Step 8: each party may exercise a right it lawfully has; the adversary may breach. */
  List<InterpreterDay> rights(InterpreterDay d) {
    List<InterpreterDay> out = new ArrayList<>();
    out.add(d.copy()); // nobody acts
    for (String party : parties) {
      Map<RightAction, PhaseClause.Right> lawful = lawfulRights(d.s, party);
      for (var r : lawful.values()) {
        InterpreterDay next = d.copy();
        apply(next.s, r.action());
        next.s.outcome = "right " + party + " " + r.action();
        next.event("right", null, r.ref(), Map.of("party", party, "action", r.action().name()));
        out.add(next);
      }
      if (adversary.filter(party::equals).isPresent()
          && !lawful.containsKey(RightAction.RESUME_HOSTILITIES)) {
        // The adversary may end the truce without a right.
        InterpreterDay next = d.copy();
        apply(next.s, RightAction.RESUME_HOSTILITIES);
        next.s.outcome = "breach " + party;
        next.event(
            "breach",
            null,
            ClauseRef.NONE,
            Map.of("party", party, "action", RightAction.RESUME_HOSTILITIES.name()));
        out.add(next);
      }
    }
    return out;
  }

  /** Step 9: the agreement concludes when its conclusion holds, or when every phase has ended. */
  InterpreterDay conclude(InterpreterDay d) {
    if (!d.s.outcome.equals(IN_FORCE)) {
      return d;
    }
    boolean done =
        agreement.conclusion().isPresent()
            ? evaluation.holds(agreement.conclusion().get().condition(), d.s)
            : agreement.phases().stream().allMatch(p -> d.s.status.get(p.name()) == Status.ENDED);
    if (done) {
      d.s.outcome = CONCLUDED;
      d.event(
          "concluded",
          null,
          agreement.conclusion().map(c -> c.ref()).orElse(ClauseRef.NONE),
          Map.of());
    }
    return d;
  }

  /**
   * Step 10 as docs/semantics.md words it: {@code lapses when C} when C holds at the end of the
   * day; {@code lapses on day N} at the end of day N of the agreement, unless the {@code unless}
   * condition holds then.
   */
  InterpreterDay lapse(InterpreterDay d) {
    if (agreement.lapse().isEmpty() || !d.s.outcome.equals(IN_FORCE)) {
      return d;
    }
    var lapse = agreement.lapse().get();
    boolean lapses;
    if (lapse.onDay().isPresent()) {
      lapses =
          d.s.day == lapse.onDay().get()
              && !(lapse.condition().isPresent() && evaluation.holds(lapse.condition().get(), d.s));
    } else {
      lapses = evaluation.holds(lapse.condition().orElseThrow(), d.s);
    }
    if (lapses) {
      d.s.outcome = LAPSED;
      d.event("lapsed", null, lapse.ref(), Map.of());
    }
    return d;
  }
}
