package org.truce.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.testing.Interpreter.Event;
import org.truce.testing.Interpreter.State;

/**
 * A day being built by the {@link Interpreter}: the state so far, the events, and today's releases
 * for the exchanges. Each stage of a day (docs/semantics.md "One day, in order", steps 1 to 10)
 * maps one such day to every way it may go on, so that the classes of the stages
 * (InterpreterPhases, InterpreterReleases, InterpreterTalks, InterpreterRightsAndEndings) share it;
 * it lives beside {@link Interpreter} rather than inside it to keep each file short.
 */
final class InterpreterDay {
  State s;
  List<Event> events = new ArrayList<>();
  // Today's releases, part by part: releasing party, name counted under, units.
  List<Object[]> parts = new ArrayList<>();
  Set<String> talksBegunToday = new LinkedHashSet<>();
  boolean shortfall;
  // The draw being made: units still to draw, and the statuses it revealed.
  long drawLeft;
  Map<Category, Long> revealed = new LinkedHashMap<>();

  InterpreterDay copy() {
    InterpreterDay d = new InterpreterDay();
    d.s = s.copy();
    d.events = new ArrayList<>(events);
    d.parts = new ArrayList<>(parts);
    d.talksBegunToday = new LinkedHashSet<>(talksBegunToday);
    d.shortfall = shortfall;
    d.drawLeft = drawLeft;
    d.revealed = new LinkedHashMap<>(revealed);
    return d;
  }

  void event(String kind, String phase, ClauseRef ref, Map<String, String> facts) {
    events.add(new Event(kind, Optional.ofNullable(phase), ref, facts));
  }

  /** Applies {@code stage} to every day of {@code days}: all the ways each of them may go on. */
  static List<InterpreterDay> each(
      List<InterpreterDay> days, Function<InterpreterDay, List<InterpreterDay>> stage) {
    List<InterpreterDay> out = new ArrayList<>();
    for (InterpreterDay d : days) {
      out.addAll(stage.apply(d));
    }
    return out;
  }
}
