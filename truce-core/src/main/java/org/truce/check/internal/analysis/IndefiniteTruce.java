package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.check.Analysis;
import org.truce.check.Verdict;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.system.Tables;
import org.truce.check.internal.system.Valuation;
import org.truce.model.Category;
import org.truce.model.Schedule;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.Pace;
import org.truce.vocabulary.RightAction;

/**
 * indefinite-truce: can the truce (hostilities paused, the agreement in force) last for ever while
 * units a party's interest asks for stay held, that party's interest unsecured, and no lawful way
 * for it to end the truce? A party locked in is one that cannot force, by its own choices, a day
 * where the truce is over, its interest secured or those units released, or where it may itself
 * resume hostilities or terminate. A party that may end the truce but chooses not to is not locked
 * in. Parties whose interest names no units are not asked about.
 */
final class IndefiniteTruce {
  private IndefiniteTruce() {}

  private record Lock(String party, List<Category> units, Cycles.Lasso lasso, long held) {}

  static Analysis run(Context c) {
    String name = "indefinite-truce";
    Lock worst = null;
    for (int player : c.ts.playersWaitingForUnits()) {
      String party = c.ts.players().get(player);
      List<Category> units = c.ts.unitsAwaited(party);
      long[] free;
      Graph.Values values = c.graph.valuesReader();
      try {
        free =
            Attractor.compute(
                c.graph, player, id -> over(c, values, id, party, units), c.deadline, c.footprint);
      } catch (Attractor.OutOfTime e) {
        return new Analysis(
            name,
            Verdict.INCONCLUSIVE,
            OptionalLong.empty(),
            "the time allowed ran out while deciding whether " + party + " can be locked in",
            Map.of(),
            Optional.empty());
      }
      Optional<Cycles.Lasso> lasso =
          Cycles.find(
              c.graph,
              id -> !Footprint.Bits.get(free, id),
              id -> StateFacts.heldOf(c.ts, values.of(id), units),
              c.footprint);
      c.footprint.release(free);
      if (lasso.isPresent()) {
        long held = StateFacts.heldOf(c.ts, c.graph.values(lasso.get().path().getLast()), units);
        if (worst == null || held > worst.held()) {
          worst = new Lock(party, units, lasso.get(), held);
        }
      }
    }
    if (worst == null) {
      return Verdicts.holdsIfComplete(
          c,
          name,
          OptionalLong.of(0),
          "no party waiting for units can be held in a truce for ever without a lawful way out");
    }
    List<Integer> path = worst.lasso().path();
    List<Finding> findings = new ArrayList<>();
    String units = String.join(", ", worst.units().stream().map(Category::toString).toList());
    findings.add(
        Finding.of(
            worst.party()
                + " is locked in: the truce can last for ever, "
                + worst.held()
                + " "
                + units
                + " still held, and "
                + worst.party()
                + " has no lawful way to end it"));
    long[] last = c.graph.values(path.getLast());
    for (var removed : c.step.removedRights(last, c.ts.player(worst.party()))) {
      var right = removed.getKey();
      var assurance = removed.getValue();
      findings.add(
          new Finding(
              worst.party()
                  + " may not "
                  + right.action().words()
                  + c.cite(right.ref(), right)
                  + ": that would break what "
                  + String.join(", ", assurance.guarantors())
                  + " ensure",
              assurance.ref(),
              assurance));
    }
    findings.addAll(openEnded(c, last, worst.units()));
    findings.addAll(StateFacts.of(c.ts, last));
    return Verdicts.violated(
        name,
        OptionalLong.of(worst.held()),
        "the truce can last for ever with "
            + worst.held()
            + " "
            + units
            + " still held; "
            + worst.party()
            + " has no lawful way to end it",
        c.witnesses.lasso(path, worst.lasso().loopIndex(), findings));
  }

  /**
   * The best-effort releases with no long stop, in phases in force, that may keep the awaited units
   * held for ever (docs/semantics.md, "Best-effort releases"): each is cited.
   */
  private static List<Finding> openEnded(Context c, long[] v, List<Category> units) {
    List<Finding> out = new ArrayList<>();
    for (Tables.PhaseInfo p : c.ts.phases()) {
      if (v[p.status()] != Valuation.ACTIVE) {
        continue;
      }
      for (Tables.ReleaseInfo r : p.releases()) {
        if (r.timing() == Tables.Timing.BEST_EFFORT
            && StateFacts.heldOf(c.ts, v, List.of(r.category())) > 0
            && units.stream().anyMatch(u -> u.covers(r.category()) || r.category().covers(u))) {
          var effort = (Schedule.BestEffort) r.clause().schedule().orElseThrow();
          out.add(
              new Finding(
                  r.party()
                      + " releases "
                      + r.category()
                      + (effort.pace() == Pace.AS_LOCATED
                          ? " as they are located"
                          : " as soon as possible")
                      + " with no long stop"
                      + ": no day makes them due, so they may stay held for ever",
                  r.clause().ref(),
                  r.clause()));
        }
      }
    }
    return out;
  }

  /** A state where the party is no longer held in the truce, or where nothing more can happen. */
  private static boolean over(
      Context c, Graph.Values values, int id, String party, List<Category> units) {
    if (!c.graph.expanded(id) || c.graph.successorCount(id) == 0) {
      return true;
    }
    long[] v = values.of(id);
    if (!c.ts.outcome(v).inForce() || c.ts.hostilities(v) != HostilityState.PAUSED) {
      return true;
    }
    if (c.secured(party, v) || StateFacts.heldOf(c.ts, v, units) == 0) {
      return true;
    }
    var own = c.step.lawfulRights(v, c.ts.player(party));
    return own.contains(RightAction.RESUME_HOSTILITIES)
        || own.contains(RightAction.TERMINATE_AGREEMENT);
  }
}
