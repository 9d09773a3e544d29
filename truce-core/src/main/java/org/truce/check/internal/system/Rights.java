package org.truce.check.internal.system;

import static org.truce.check.internal.system.Valuation.ACTIVE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.truce.check.internal.system.Tables.AssuranceInfo;
import org.truce.check.internal.system.Tables.RightInfo;
import org.truce.model.Actor;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.syntax.Clause.RightAction;
import org.truce.syntax.Expr.HostilityState;

/**
 * Rights and the assurances that limit them. A right may be exercised on a day its condition holds
 * at the end of the day, unless exercising it would make an assurance in force false that day (the
 * guarantors ensure the condition, so the right is removed while they do). Exercising a right ends
 * the run: what follows is outside the text. Resuming hostilities or terminating the agreement
 * makes hostilities active; suspending obligations leaves them as they are.
 */
final class Rights {
  private final TransitionSystem ts;
  private final long[] scratch;
  private final Valuation view;
  private final Valuation own;

  /** Players with a right somewhere in the text: the others are never asked. */
  private final boolean[] hasRights;

  Rights(TransitionSystem ts) {
    this.ts = ts;
    this.scratch = new long[ts.vars.size()];
    this.view = new Valuation(ts, scratch);
    this.own = new Valuation(ts, scratch);
    this.hasRights = new boolean[ts.players.size()];
    ts.rights.forEach(r -> hasRights[r.player()] = true);
  }

  /**
   * True when every assurance in force holds in {@code v}. With {@code update}, an until-scope that
   * holds ends its assurance for good (recorded in {@code v}).
   */
  boolean assurancesKept(long[] v, boolean update) {
    return firstFailing(v, update) == null;
  }

  /** A right whose condition holds but which an assurance removes. */
  record Removed(PhaseClause.Right right, PhaseClause.Assurance by) {}

  /** The rights of {@code player} whose condition holds in {@code v} but an assurance removes. */
  List<Removed> removed(long[] v, int player) {
    List<Removed> found = new ArrayList<>();
    Valuation state = new Valuation(ts, v);
    for (RightInfo r : ts.rights) {
      boolean inForce = r.phase() == Tables.NONE || v[ts.phases.get(r.phase()).status()] == ACTIVE;
      if (r.player() != player
          || !inForce
          || (r.right().when().isPresent() && !state.holds(r.right().when().get()))) {
        continue;
      }
      System.arraycopy(v, 0, scratch, 0, v.length);
      apply(scratch, r.right().action());
      PhaseClause.Assurance by = firstFailing(scratch, false);
      if (by != null) {
        found.add(new Removed(r.right(), by));
      }
    }
    return found;
  }

  /** The first assurance in force that fails in {@code v}, or null. */
  private PhaseClause.Assurance firstFailing(long[] v, boolean update) {
    view.at(v);
    for (AssuranceInfo a : ts.assurances) {
      if (a.phase() != Tables.NONE && v[ts.phases.get(a.phase()).status()] != ACTIVE) {
        continue;
      }
      if (a.assurance().scope().isPresent()) {
        var scope = a.assurance().scope().get();
        boolean scopeHolds = view.holds(scope.condition());
        if (a.over() != Tables.NONE) {
          if (v[a.over()] == 1) {
            continue;
          }
          if (scopeHolds) {
            if (update) {
              v[a.over()] = 1;
            }
            continue;
          }
        } else if (!scopeHolds) {
          continue;
        }
      }
      if (!view.holds(a.assurance().condition())) {
        return a.assurance();
      }
    }
    return null;
  }

  /**
   * The rights {@code player} may lawfully exercise at the end of the day in {@code v}, by action,
   * each with the clause that grants it.
   */
  Map<RightAction, RightInfo> lawful(long[] v, int player) {
    if (!hasRights[player]) {
      return Map.of();
    }
    Map<RightAction, RightInfo> found = new EnumMap<>(RightAction.class);
    Valuation state = own.at(v);
    for (RightInfo r : ts.rights) {
      if (r.player() != player || found.containsKey(r.right().action())) {
        continue;
      }
      if (r.phase() != Tables.NONE && v[ts.phases.get(r.phase()).status()] != ACTIVE) {
        continue;
      }
      if (r.right().when().isPresent() && !state.holds(r.right().when().get())) {
        continue;
      }
      if (!blocked(v, r.right().action())) {
        found.put(r.right().action(), r);
      }
    }
    return found;
  }

  /** True when exercising {@code action} today would break an assurance in force. */
  private boolean blocked(long[] v, RightAction action) {
    System.arraycopy(v, 0, scratch, 0, v.length);
    apply(scratch, action);
    return !assurancesKept(scratch, false);
  }

  private void apply(long[] v, RightAction action) {
    if (action != RightAction.SUSPEND_OBLIGATIONS) {
      v[ts.hostilities] = HostilityState.ACTIVE.ordinal();
    }
  }

  /**
   * Lets each party, in declaration order, exercise one of its lawful rights or not; the adversary
   * may also end the truce without one. The first party that acts ends the run.
   */
  void exercise(long[] v, Chooser chooser, StepLog log) {
    List<Actor> actors = ts.actors();
    for (int i = 0; i < actors.size(); i++) {
      int player = i + 1;
      if (!hasRights[player] && player != ts.adversary) {
        continue;
      }
      Map<RightAction, RightInfo> lawful = lawful(v, player);
      boolean breach =
          player == ts.adversary && !lawful.containsKey(RightAction.RESUME_HOSTILITIES);
      int options = 1 + lawful.size() + (breach ? 1 : 0);
      if (options == 1) {
        continue;
      }
      int pick = chooser.choose(player, options);
      if (pick == 0) {
        continue;
      }
      String party = actors.get(i).name();
      if (pick <= lawful.size()) {
        RightInfo right = new ArrayList<>(lawful.values()).get(pick - 1);
        RightAction action = right.right().action();
        apply(v, action);
        v[ts.over] = Outcome.code(i, action, true);
        if (log.recording()) {
          log.event(
              "right",
              null,
              party + " exercises its right to " + action.words(),
              right.right().ref(),
              right.right());
        }
      } else {
        apply(v, RightAction.RESUME_HOSTILITIES);
        v[ts.over] = Outcome.code(i, RightAction.RESUME_HOSTILITIES, false);
        if (log.recording()) {
          log.event(
              "breach",
              null,
              party + " resumes hostilities without a right to",
              ClauseRef.NONE,
              null);
        }
      }
      return;
    }
  }
}
