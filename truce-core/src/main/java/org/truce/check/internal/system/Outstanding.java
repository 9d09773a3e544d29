package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.List;
import org.truce.check.internal.system.Tables.ExchangeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.model.ClauseRef;

/**
 * What the text still asks for in a state: phases not begun, releases not made in full,
 * counter-releases pending. A state in force that can no longer change and has nothing outstanding
 * is <em>settled</em> (docs/semantics.md, "Settled or stuck"): everything is delivered and nothing
 * remains due, which is success, not a deadlock.
 */
public final class Outstanding {
  private Outstanding() {}

  /**
   * One thing still outstanding, in words, with the clause (and model element, for its line) that
   * asks for it.
   */
  public record Item(String text, ClauseRef ref, Object element) {}

  /** Everything outstanding in the state {@code v}, in text order; empty when nothing is. */
  public static List<Item> of(TransitionSystem ts, long[] v) {
    List<Item> items = new ArrayList<>();
    for (PhaseInfo p : ts.phases) {
      if (v[p.status()] == Valuation.PENDING) {
        items.add(new Item("phase " + p.name() + " has not begun", p.phase().ref(), p.phase()));
        continue;
      }
      for (ReleaseInfo r : p.releases()) {
        if (r.conditional() && v[r.since()] == 0) {
          continue; // its trigger has not held: nothing is due under it (docs/semantics.md)
        }
        long owed =
            r.due() == Tables.NONE
                ? ts.slots.available(v, r.plan())
                : r.count().orElse(0L) - v[r.due()];
        if (owed > 0) {
          items.add(
              new Item(
                  r.party() + " still owes " + owed + " " + r.category() + " under this release",
                  r.clause().ref(),
                  r.clause()));
        }
      }
      for (ExchangeInfo x : p.exchanges()) {
        long pending = 0;
        for (int var : x.pending()) {
          pending += v[var];
        }
        if (pending > 0) {
          items.add(
              new Item(
                  x.clause().party()
                      + " has yet to answer "
                      + pending
                      + " "
                      + x.clause().unitCategory()
                      + " released",
                  x.clause().ref(),
                  x.clause()));
        }
      }
    }
    return items;
  }
}
