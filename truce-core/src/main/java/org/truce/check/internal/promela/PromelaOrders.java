package org.truce.check.internal.promela;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.PhaseClause;

/**
 * Orders between releases ({@code P releases all A before any B}; docs/semantics.md "Order between
 * releases") in Promela, read where the checker reads them: after the day's releases and
 * counter-releases (step 5), for each phase in force. P released some B today when the B counters
 * exceed their value at the start of the day (a hidden snapshot, not part of the state); an A is
 * still due when a release clause of the phase whose category A covers still owes units that P
 * holds. A compliant P's day that breaks the order is not a compliant continuation ({@code t_ok =
 * 0}, the sink, as a broken assurance); the adversary's sets the breach bits the text reads.
 */
final class PromelaOrders {
  /** An order of a phase, with the place that names its snapshot and the A releases it awaits. */
  private record Order(
      PhaseInfo phase, PhaseClause.Order clause, int index, List<ReleaseInfo> as) {}

  private final TransitionSystem ts;
  private final PromelaNames names;
  private final PromelaConditions conditions;
  private final PromelaCode out;
  private final List<Order> orders;

  PromelaOrders(
      TransitionSystem ts, PromelaNames names, PromelaConditions conditions, PromelaCode out) {
    this.ts = ts;
    this.names = names;
    this.conditions = conditions;
    this.out = out;
    this.orders = orders(ts);
  }

  private static List<Order> orders(TransitionSystem ts) {
    List<Order> found = new ArrayList<>();
    for (PhaseInfo p : ts.phases()) {
      for (PhaseClause clause : p.phase().clauses()) {
        if (clause instanceof PhaseClause.Order o) {
          List<ReleaseInfo> as =
              p.releases().stream()
                  .filter(r -> r.party().equals(o.party()) && o.first().covers(r.category()))
                  .toList();
          found.add(new Order(p, o, found.size(), as));
        }
      }
    }
    return found;
  }

  /** The hidden snapshots the day takes, one per order of the text. */
  static List<String> scratch(TransitionSystem ts) {
    return orders(ts).stream().map(o -> before(o.index())).toList();
  }

  /** The hidden count of units of B its party had released at the start of the day. */
  private static String before(int order) {
    return "order_before_" + order;
  }

  /** Takes the snapshots of the B counters, before anything is released. */
  void startDay() {
    for (Order o : orders) {
      out.line(before(o.index()) + " = " + released(o) + ";");
    }
  }

  /** True when the text orders releases: {@link #write} then starts the day's {@code t_ok}. */
  boolean any() {
    return !orders.isEmpty();
  }

  /**
   * Step 5, at its end: each order of a phase in force is kept, or breached by the adversary. A
   * broken order clears {@code t_ok}, which step 7 reads with the assurances (and then does not set
   * again).
   */
  void write() {
    if (orders.isEmpty()) {
      return;
    }
    out.comment("orders between releases are kept, over the day's releases");
    out.line("t_ok = 1;");
    for (Order o : orders) {
      PhaseClause.Order c = o.clause();
      out.comment(
          c.party()
              + " releases all "
              + c.first()
              + " before any "
              + c.then()
              + PromelaCode.cite(c.ref()));
      String guard =
          conditions.active(o.phase())
              + " && "
              + released(o)
              + " > "
              + before(o.index())
              + " && "
              + stillDue(o)
              + " > 0";
      out.when(guard, () -> out.line(broken(o)));
    }
  }

  /** What breaking the order does: no compliant continuation, or the adversary's breach. */
  private String broken(Order o) {
    if (ts.player(o.clause().party()) != ts.adversaryPlayer()) {
      return "t_ok = 0; /* not a compliant continuation */";
    }
    StringBuilder set = new StringBuilder();
    for (int var : ts.breachSets(o.clause().ref())) {
      set.append(names.of(var)).append(" = 1; ");
    }
    return set + "skip /* " + o.clause().party() + " breaches the order */";
  }

  private String released(Order o) {
    return conditions.released(o.clause().then(), Optional.of(o.clause().party()));
  }

  /** Units of A the phase's releases still owe and the party still holds (Orders#stillDue). */
  private String stillDue(Order o) {
    List<String> terms = new ArrayList<>();
    for (ReleaseInfo r : o.as()) {
      String available = conditions.available(r.party(), r.category());
      if (r.count().isEmpty()) {
        terms.add(available);
      } else {
        String owed = "(" + r.count().get() + " - " + names.of(r.due()) + ")";
        terms.add("(" + owed + " < " + available + " -> " + owed + " : " + available + ")");
      }
    }
    return PromelaConditions.sum(terms);
  }
}
