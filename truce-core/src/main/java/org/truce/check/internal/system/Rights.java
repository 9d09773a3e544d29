package org.truce.check.internal.system;

import static org.truce.check.internal.system.Valuation.ACTIVE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.truce.check.internal.system.Tables.AssuranceInfo;
import org.truce.check.internal.system.Tables.RightInfo;
import org.truce.model.Actor;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RightAction;

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

  /** Players with a right somewhere in the text: the others are never asked. */
  private final boolean[] hasRights;

  // Read on every transition: each assurance's and right's conditions compiled (null: none), and
  // the status variable of the phase it belongs to (NONE: top-level), by place in the text.
  private final CompiledConditions.Test[] ensured;
  private final CompiledConditions.Test[] scopes;
  private final int[] assurancePhase;
  private final CompiledConditions.Test[] when;
  private final int[] rightPhase;

  // outranks[r][a]: right r belongs to an instrument of higher rank than assurance a, so a does
  // not remove r (docs/semantics.md, "Instruments and precedence"). Null when no right outranks
  // any assurance, the case of every text without ranked instruments.
  private final boolean[][] outranks;

  // The lawful rights of one player, by action (null: none), refilled for each player: no map is
  // made for each day, which the search runs millions of times.
  private final RightInfo[] lawfulByAction = new RightInfo[RightAction.values().length];

  Rights(TransitionSystem ts) {
    this.ts = ts;
    this.scratch = new long[ts.vars.size()];
    this.hasRights = new boolean[ts.players.size()];
    ts.rights.forEach(r -> hasRights[r.player()] = true);
    int n = ts.assurances.size();
    ensured = new CompiledConditions.Test[n];
    scopes = new CompiledConditions.Test[n];
    assurancePhase = new int[n];
    for (int i = 0; i < n; i++) {
      AssuranceInfo a = ts.assurances.get(i);
      ensured[i] = ts.conditions.test(a.assurance().condition());
      scopes[i] = a.assurance().scope().map(sc -> ts.conditions.test(sc.condition())).orElse(null);
      assurancePhase[i] = statusOf(a.phase());
    }
    when = new CompiledConditions.Test[ts.rights.size()];
    rightPhase = new int[ts.rights.size()];
    for (int i = 0; i < when.length; i++) {
      RightInfo r = ts.rights.get(i);
      when[i] = r.right().when().map(ts.conditions::test).orElse(null);
      rightPhase[i] = statusOf(r.phase());
    }
    outranks = precedence(ts);
  }

  private static boolean[][] precedence(TransitionSystem ts) {
    boolean any = false;
    boolean[][] table = new boolean[ts.rights.size()][ts.assurances.size()];
    for (int r = 0; r < table.length; r++) {
      int rank = ts.agreement.rankOf(ts.rights.get(r).right().ref());
      for (int a = 0; a < table[r].length; a++) {
        table[r][a] = rank > ts.agreement.rankOf(ts.assurances.get(a).assurance().ref());
        any |= table[r][a];
      }
    }
    return any ? table : null;
  }

  private int statusOf(int phase) {
    return phase == Tables.NONE ? Tables.NONE : ts.phases.get(phase).status();
  }

  /**
   * True when every assurance in force holds in {@code v}. With {@code update}, an until-scope that
   * holds ends its assurance for good (recorded in {@code v}).
   */
  boolean assurancesKept(long[] v, boolean update) {
    return firstFailing(v, update, -1) == null;
  }

  /** A right whose condition holds but which an assurance removes. */
  record Removed(PhaseClause.Right right, PhaseClause.Assurance by) {}

  /** The rights of {@code player} whose condition holds in {@code v} but an assurance removes. */
  List<Removed> removed(long[] v, int player) {
    List<Removed> found = new ArrayList<>();
    for (int i = 0; i < when.length; i++) {
      RightInfo r = ts.rights.get(i);
      boolean inForce = rightPhase[i] == Tables.NONE || v[rightPhase[i]] == ACTIVE;
      if (r.player() != player || !inForce || (when[i] != null && !when[i].test(v))) {
        continue;
      }
      System.arraycopy(v, 0, scratch, 0, v.length);
      apply(scratch, r.right().action());
      PhaseClause.Assurance by = firstFailing(scratch, false, i);
      if (by != null) {
        found.add(new Removed(r.right(), by));
      }
    }
    return found;
  }

  /**
   * What the end-of-day state {@code v} shows of each right of the text, by place: {@code
   * exercisable[i]} is set when right i is in force, its condition holds and no assurance in force
   * removes it; when it is in force and its condition holds but an assurance removes it, {@code
   * removedBy[i]} is set to that assurance if it was still null. For the dead-clause analysis.
   */
  void survey(long[] v, boolean[] exercisable, PhaseClause.Assurance[] removedBy) {
    for (int i = 0; i < when.length; i++) {
      if (exercisable[i]) {
        continue;
      }
      if (rightPhase[i] != Tables.NONE && v[rightPhase[i]] != ACTIVE) {
        continue;
      }
      if (when[i] != null && !when[i].test(v)) {
        continue;
      }
      System.arraycopy(v, 0, scratch, 0, v.length);
      apply(scratch, ts.rights.get(i).right().action());
      PhaseClause.Assurance by = firstFailing(scratch, false, i);
      if (by == null) {
        exercisable[i] = true;
      } else if (removedBy[i] == null) {
        removedBy[i] = by;
      }
    }
  }

  /**
   * The first assurance in force that fails in {@code v}, or null; with {@code right} (its place,
   * or -1), only among the assurances that right does not outrank.
   */
  private PhaseClause.Assurance firstFailing(long[] v, boolean update, int right) {
    for (int i = 0; i < ensured.length; i++) {
      if (assurancePhase[i] != Tables.NONE && v[assurancePhase[i]] != ACTIVE) {
        continue;
      }
      if (right >= 0 && outranks != null && outranks[right][i]) {
        continue;
      }
      AssuranceInfo a = ts.assurances.get(i);
      if (scopes[i] != null) {
        boolean scopeHolds = scopes[i].test(v);
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
      if (!ensured[i].test(v)) {
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
    Map<RightAction, RightInfo> found = new EnumMap<>(RightAction.class);
    if (collectLawful(v, player) > 0) {
      for (RightInfo r : lawfulByAction) {
        if (r != null) {
          found.put(r.right().action(), r);
        }
      }
    }
    return found;
  }

  boolean anyLawful(long[] v, int player) {
    return collectLawful(v, player) > 0;
  }

  /**
   * Fills {@link #lawfulByAction} with the rights {@code player} may lawfully exercise in {@code
   * v}, the first clause of the text for each action; returns how many.
   */
  private int collectLawful(long[] v, int player) {
    Arrays.fill(lawfulByAction, null);
    if (!hasRights[player]) {
      return 0;
    }
    int count = 0;
    for (int i = 0; i < when.length; i++) {
      RightInfo r = ts.rights.get(i);
      int action = r.right().action().ordinal();
      if (r.player() != player || lawfulByAction[action] != null) {
        continue;
      }
      if (rightPhase[i] != Tables.NONE && v[rightPhase[i]] != ACTIVE) {
        continue;
      }
      if (when[i] != null && !when[i].test(v)) {
        continue;
      }
      if (!blocked(v, i)) {
        lawfulByAction[action] = r;
        count++;
      }
    }
    return count;
  }

  /**
   * True when exercising the right at place {@code right} today would break an assurance in force
   * that it does not outrank.
   */
  private boolean blocked(long[] v, int right) {
    System.arraycopy(v, 0, scratch, 0, v.length);
    apply(scratch, ts.rights.get(right).right().action());
    return firstFailing(scratch, false, right) != null;
  }

  /** The {@code pick}-th lawful right, counting from 1 in the order of the actions. */
  private RightInfo lawfulPick(int pick) {
    int seen = 0;
    for (RightInfo r : lawfulByAction) {
      if (r != null && ++seen == pick) {
        return r;
      }
    }
    throw new IllegalStateException("no lawful right " + pick);
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
      int lawful = collectLawful(v, player);
      boolean breach =
          player == ts.adversary
              && lawfulByAction[RightAction.RESUME_HOSTILITIES.ordinal()] == null;
      int options = 1 + lawful + (breach ? 1 : 0);
      if (options == 1) {
        continue;
      }
      int pick = chooser.choose(player, options);
      if (pick == 0) {
        continue;
      }
      String party = actors.get(i).name();
      if (pick <= lawful) {
        RightInfo right = lawfulPick(pick);
        RightAction action = right.right().action();
        apply(v, action);
        v[ts.over] = Outcome.code(i, action, true);
        if (log.recording()) {
          log.event(
              "right",
              null,
              party + " exercises its right to " + action.words(),
              right.right().ref(),
              right.right(),
              Map.of("party", party, "action", action.name()));
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
              null,
              Map.of("party", party, "action", RightAction.RESUME_HOSTILITIES.name()));
        }
      }
      return;
    }
  }
}
