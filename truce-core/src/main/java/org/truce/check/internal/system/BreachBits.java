package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;

/**
 * What the state remembers of breaches (docs/semantics.md "Breaches"): one bit per condition that
 * reads one, and only for the adversary, the one party that can breach. A bit is set on the day of
 * the breach and stays set for good. Without an adversary, or for any other party, a breach
 * condition is false in every state and takes no variable.
 */
final class BreachBits {
  /** A mediator's confirmation, with the player who chooses it. */
  record Confirmation(String mediator, int player, int var) {}

  private final String adversary;
  private final Map<String, Integer> byClause = new LinkedHashMap<>();
  private final List<Confirmation> confirmations = new ArrayList<>();
  private int any = Tables.NONE;

  BreachBits(Agreement agreement, Optional<String> adversary, Vars vars, TransitionSystem ts) {
    this.adversary = adversary.orElse(null);
    if (this.adversary == null) {
      return;
    }
    List<Condition> atoms = new ArrayList<>();
    for (ConditionScan.Owned owned : ConditionScan.all(agreement)) {
      atoms(owned.condition(), atoms);
    }
    for (Condition atom : atoms) {
      switch (atom) {
        case Condition.Breached b when b.party().equals(this.adversary) -> {
          if (b.clause().isPresent()) {
            String id = b.clause().get();
            byClause.computeIfAbsent(id, k -> vars.add(b.party() + " breached clause " + k, 1));
          } else {
            anyVar(vars);
          }
        }
        case Condition.BreachConfirmed c when c.party().equals(this.adversary) -> {
          anyVar(vars);
          if (confirmations.stream().noneMatch(k -> k.mediator().equals(c.mediator()))) {
            confirmations.add(
                new Confirmation(
                    c.mediator(),
                    ts.player(c.mediator()),
                    vars.add(c.mediator() + " confirms a breach by " + c.party(), 1)));
          }
        }
        default -> {}
      }
    }
  }

  private void anyVar(Vars vars) {
    if (any == Tables.NONE) {
      any = vars.add(adversary + " breached", 1);
    }
  }

  /** Every breach and confirmation atom of {@code c}, into {@code out}. */
  static void atoms(Condition c, List<Condition> out) {
    switch (c) {
      case Condition.And and -> {
        atoms(and.left(), out);
        atoms(and.right(), out);
      }
      case Condition.Or or -> {
        atoms(or.left(), out);
        atoms(or.right(), out);
      }
      case Condition.Not not -> atoms(not.operand(), out);
      case Condition.Breached b -> out.add(b);
      case Condition.BreachConfirmed b -> out.add(b);
      default -> {}
    }
  }

  /** Records, in {@code v}, a breach of the clause {@code ref} by the adversary. */
  void record(long[] v, ClauseRef ref) {
    for (int var : set(ref)) {
      v[var] = 1;
    }
  }

  /** The variables a breach of the clause {@code ref} by the adversary sets. */
  int[] set(ClauseRef ref) {
    Integer clause = ref.id().map(byClause::get).orElse(null);
    if (any == Tables.NONE) {
      return clause == null ? new int[0] : new int[] {clause};
    }
    return clause == null ? new int[] {any} : new int[] {any, clause};
  }

  /** The variable of {@code party}'s breach of {@code clause} (any, when empty); NONE: never. */
  int var(String party, Optional<String> clause) {
    if (!party.equals(adversary)) {
      return Tables.NONE;
    }
    return clause.map(id -> byClause.getOrDefault(id, Tables.NONE)).orElse(any);
  }

  /** The variable of {@code mediator}'s confirmation of a breach by {@code party}; NONE: never. */
  int confirmationVar(String mediator, String party) {
    if (!party.equals(adversary)) {
      return Tables.NONE;
    }
    for (Confirmation c : confirmations) {
      if (c.mediator().equals(mediator)) {
        return c.var();
      }
    }
    return Tables.NONE;
  }

  /** The variable set by any breach of the adversary, or NONE when no condition reads it. */
  int anyVar() {
    return any;
  }

  List<Confirmation> confirmations() {
    return confirmations;
  }

  String adversary() {
    return adversary;
  }
}
