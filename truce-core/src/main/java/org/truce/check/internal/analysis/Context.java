package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.ConditionText;
import org.truce.model.Interest;
import org.truce.model.PhaseClause;
import org.truce.model.SourceMap;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;

/** What every analysis reads: the graph, the system, and how to build and cite witnesses. */
final class Context {
  final Graph graph;
  final TransitionSystem ts;
  final Witnesses witnesses;
  final DayStep step;
  final Optional<SourceMap> sources;

  /** The arrays the analyses allocate per state, counted ({@link Footprint}). */
  final Footprint footprint = new Footprint();

  // Asked for every state by several analyses: worked out once.
  private final List<String> parties;
  private final Map<String, Optional<Interest>> interests = new HashMap<>();

  /** When the analyses must stop ({@link System#nanoTime}): the search's own deadline. */
  final long deadline;

  Context(Graph graph, Optional<SourceMap> sources, long deadline) {
    this.deadline = deadline;
    this.graph = graph;
    this.ts = graph.system();
    this.step = new DayStep(ts);
    this.witnesses = new Witnesses(graph, sources, step);
    this.sources = sources;
    this.parties =
        ts.agreement().actors().stream().filter(a -> a.has(Role.PARTY)).map(a -> a.name()).toList();
    Map<String, Interest> first = new HashMap<>();
    ts.agreement().interests().forEach(i -> first.putIfAbsent(i.party(), i));
    for (String party : parties) {
      interests.put(party, Optional.ofNullable(first.get(party)));
    }
  }

  /**
   * True for an expanded state of a run still in force. The search marks as finished exactly the
   * states whose outcome is not in force, so no state needs unpacking to tell.
   */
  boolean inForce(int id) {
    return graph.expanded(id) && !graph.finished(id);
  }

  /** The parties (actors with the party role), in declaration order. */
  List<String> parties() {
    return parties;
  }

  /** The interest of {@code party}, if the text states one. */
  Optional<Interest> interest(String party) {
    return interests.getOrDefault(party, Optional.empty());
  }

  boolean secured(String party, long[] values) {
    Optional<Interest> interest = interest(party);
    return interest.isPresent() && ts.holds(interest.get().condition(), values);
  }

  /** True when a party other than {@code party} may lawfully exercise some right in the state. */
  boolean anyRightAgainst(String party, long[] values) {
    for (String other : parties()) {
      if (!other.equals(party) && step.hasLawfulRight(values, ts.player(other))) {
        return true;
      }
    }
    return false;
  }

  /** Rights other parties than {@code party} may lawfully exercise in the state. */
  List<PhaseClause.Right> rightsAgainst(String party, long[] values, Set<RightAction> actions) {
    List<PhaseClause.Right> found = new ArrayList<>();
    for (String other : parties()) {
      // Most states grant no right: the cheap test first.
      if (!other.equals(party) && step.hasLawfulRight(values, ts.player(other))) {
        for (PhaseClause.Right r : step.lawfulRightClauses(values, ts.player(other))) {
          if (actions.contains(r.action())) {
            found.add(r);
          }
        }
      }
    }
    return found;
  }

  /**
   * Gives up (throws {@link Attractor.OutOfTime}, which makes the analysis inconclusive) once the
   * deadline has passed; looks at the clock once every 1024 calls, by {@code step}.
   */
  void checkTime(int step) {
    if ((step & 1023) == 0 && System.nanoTime() > deadline) {
      throw new Attractor.OutOfTime();
    }
  }

  /** The line of a model element, for summaries. */
  String cite(ClauseRef ref, Object element) {
    List<String> parts = new ArrayList<>();
    ref.id().ifPresent(id -> parts.add("art. " + id));
    if (ref.id().isEmpty()) {
      ref.label().ifPresent(label -> parts.add("\"" + label + "\""));
    }
    sources.flatMap(s -> s.lineOf(element)).ifPresent(line -> parts.add("line " + line));
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  String text(Condition condition) {
    return ConditionText.of(condition);
  }
}
