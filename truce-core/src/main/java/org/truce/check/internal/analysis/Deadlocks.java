package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.truce.check.Analysis;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.system.Outstanding;

/**
 * deadlock: a state of a run still in force that is stuck (docs/semantics.md, "Settled or stuck"):
 * no day is a compliant continuation (an assurance would fail whatever is chosen), or every day
 * leads back to the same state while something is still outstanding (a phase not begun, a release
 * not made in full, a counter-release pending). A state that can no longer change with nothing
 * outstanding is settled: everything is delivered and nothing remains due, which is success.
 */
final class Deadlocks {
  private Deadlocks() {}

  static Analysis run(Context c) {
    Search search = search(c);
    int stuck = search.stuck();
    if (stuck < 0) {
      return Verdicts.holdsIfComplete(
          c,
          "deadlock",
          OptionalLong.empty(),
          search.settled()
              ? "no run gets stuck: a run that can no longer change has settled (every phase"
                  + " begun, every release made in full, no counter-release pending)"
              : "in every state in force something can still happen");
    }
    boolean none = c.graph.successorCount(stuck) == 0;
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.of(
            none
                ? "no next day keeps every assurance: the text leaves no compliant continuation"
                : "nothing can change any more, yet the text still asks for more: every next day"
                    + " is the same"));
    if (!none) {
      for (Outstanding.Item item : Outstanding.of(c.ts, c.graph.values(stuck))) {
        findings.add(new Finding(item.text(), item.ref(), item.element()));
      }
    }
    findings.addAll(StateFacts.of(c.ts, c.graph.values(stuck)));
    return Verdicts.violated(
        "deadlock",
        OptionalLong.empty(),
        none
            ? "a run reaches a day after which no continuation keeps every assurance"
            : "a run reaches a state in force where nothing can change any more while something"
                + " is still outstanding",
        c.witnesses.run(c.graph.pathTo(stuck), findings));
  }

  /** The first stuck state found (or -1), and whether some run settled. */
  private record Search(int stuck, boolean settled) {}

  /** The first state found that is deadlocked, or -1. */
  static int first(Context c) {
    return search(c).stuck();
  }

  private static Search search(Context c) {
    Graph.Row row = c.graph.row();
    boolean settled = false;
    for (int id = 0; id < c.graph.size(); id++) {
      if (!c.graph.expanded(id) || c.graph.finished(id)) {
        continue;
      }
      int n = row.of(id).count();
      if (n == 0) {
        return new Search(id, settled);
      }
      if (n == 1 && row.get(0) == id) {
        if (Outstanding.of(c.ts, c.graph.values(id)).isEmpty()) {
          settled = true;
        } else {
          return new Search(id, settled);
        }
      }
    }
    return new Search(-1, settled);
  }
}
