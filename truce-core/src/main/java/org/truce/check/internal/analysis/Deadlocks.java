package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.truce.check.Analysis;
import org.truce.check.internal.explore.Graph;

/**
 * deadlock: a state of a run still in force where nothing can happen any more: no day is a
 * compliant continuation (an assurance would fail whatever is chosen), or every day leads back to
 * the same state.
 */
final class Deadlocks {
  private Deadlocks() {}

  static Analysis run(Context c) {
    int stuck = first(c);
    if (stuck < 0) {
      return Verdicts.holdsIfComplete(
          c,
          "deadlock",
          OptionalLong.empty(),
          "in every state in force something can still happen");
    }
    boolean none = c.graph.successorCount(stuck) == 0;
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.of(
            none
                ? "no next day keeps every assurance: the text leaves no compliant continuation"
                : "nothing can change any more: every next day is the same"));
    findings.addAll(StateFacts.of(c.ts, c.graph.values(stuck)));
    return Verdicts.violated(
        "deadlock",
        OptionalLong.empty(),
        none
            ? "a run reaches a day after which no continuation keeps every assurance"
            : "a run reaches a state in force where nothing can change any more",
        c.witnesses.run(c.graph.pathTo(stuck), findings));
  }

  /** The first state found that is deadlocked, or -1. */
  static int first(Context c) {
    Graph.Row row = c.graph.row();
    for (int id = 0; id < c.graph.size(); id++) {
      if (!c.graph.expanded(id) || c.graph.finished(id)) {
        continue;
      }
      int n = row.of(id).count();
      if (n == 0 || (n == 1 && row.get(0) == id)) {
        return id;
      }
    }
    return -1;
  }
}
