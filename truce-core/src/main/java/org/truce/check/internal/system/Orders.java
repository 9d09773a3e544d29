package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.model.PhaseClause;

/**
 * Orders between releases ({@code P releases all A before any B}; docs/semantics.md "Order between
 * releases"), read over the end of the day's releases: a day on which P released some B while P
 * still holds an A that a release clause of the phase makes due breaks the order. For a party that
 * complies, that day is not a compliant continuation; for the adversary it is a breach of the order
 * clause. Nothing is kept in the state: both halves are derived from counts (the units released
 * under B before and after the day, and what the A releases still owe); only a breach condition
 * that names the clause takes a bit ({@link BreachBits}). Not thread-safe: one per worker.
 */
final class Orders {
  /** An order, with its party's player, the A releases it waits for and the B counters. */
  private record OrderInfo(
      PhaseClause.Order clause, int player, ReleaseInfo[] firsts, int[] releasedThen) {}

  private final TransitionSystem ts;
  private final OrderInfo[][] byPhase;

  Orders(TransitionSystem ts) {
    this.ts = ts;
    this.byPhase = new OrderInfo[ts.phases.size()][];
    for (PhaseInfo p : ts.phases) {
      List<OrderInfo> orders = new ArrayList<>();
      for (PhaseClause clause : p.phase().clauses()) {
        if (clause instanceof PhaseClause.Order o) {
          ReleaseInfo[] firsts =
              p.releases().stream()
                  .filter(r -> r.party().equals(o.party()) && o.first().covers(r.category()))
                  .toArray(ReleaseInfo[]::new);
          int[] then = ts.slots.releasedVars(o.then(), Optional.of(o.party()));
          orders.add(new OrderInfo(o, ts.player(o.party()), firsts, then));
        }
      }
      byPhase[p.index()] = orders.toArray(OrderInfo[]::new);
    }
  }

  /**
   * False when, on the day from {@code pre} to {@code v}, a party that complies broke an order of
   * phase {@code p}; a breach by the adversary is logged and recorded instead.
   */
  boolean kept(PhaseInfo p, long[] pre, long[] v, StepLog log) {
    for (OrderInfo o : byPhase[p.index()]) {
      long then = sum(v, o.releasedThen()) - sum(pre, o.releasedThen());
      if (then <= 0) {
        continue;
      }
      long due = stillDue(o, v);
      if (due == 0) {
        continue;
      }
      if (o.player() != ts.adversary) {
        return false;
      }
      if (log.recording()) {
        PhaseClause.Order c = o.clause();
        log.event(
            "breach",
            p.name(),
            c.party()
                + " releases "
                + then
                + " "
                + c.then()
                + " while "
                + due
                + " "
                + c.first()
                + " due before them are still held",
            c.ref(),
            c,
            Map.of(
                "party",
                c.party(),
                "category",
                c.then().path(),
                "count",
                Long.toString(then),
                "before",
                c.first().path(),
                "due",
                Long.toString(due)));
      }
      ts.breaches.record(v, o.clause().ref());
    }
    return true;
  }

  /** Units of A the phase's releases still owe and the party still holds. */
  private long stillDue(OrderInfo o, long[] v) {
    long due = 0;
    for (ReleaseInfo r : o.firsts()) {
      long available = ts.slots.available(v, r.plan());
      long owed = r.due() == Tables.NONE ? available : r.count().get() - v[r.due()];
      due += Math.min(owed, available);
    }
    return due;
  }

  private static long sum(long[] v, int[] vars) {
    long sum = 0;
    for (int var : vars) {
      sum += v[var];
    }
    return sum;
  }
}
