package org.truce.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.truce.check.Witness;
import org.truce.check.WitnessEvent;
import org.truce.model.PhaseClause;
import org.truce.testing.Interpreter.Event;
import org.truce.testing.Interpreter.State;

/**
 * Replays a witness of the checker through the {@link Interpreter}, day by day: a day is allowed
 * when some end of the day the text allows gives exactly the events the witness records (kinds,
 * phases, clauses and facts). The amounts of releases before their deadline are read from the
 * witness; every other choice (talks, judgements, extensions, rights, breaches) the interpreter
 * tries all of. The checker logs a judgement only when it differs from the judge's former view and
 * from the talks, so a day can leave more than one state possible: the replay keeps them all.
 */
public final class WitnessReplay {
  private WitnessReplay() {}

  /** The states possible at the end of each day of the witness, day 0 first. */
  public record Replayed(List<Set<State>> days, List<Boolean> shortfallOnLastDay) {
    public Set<State> last() {
      return days.getLast();
    }

    public Set<State> at(long day) {
      return days.get((int) day);
    }
  }

  /**
   * Replays {@code witness}; throws an {@link AssertionError} naming the first day no allowed end
   * of day gives the events recorded.
   */
  public static Replayed replay(Interpreter interpreter, Witness witness) {
    List<Set<State>> days = new ArrayList<>();
    Set<State> now = new LinkedHashSet<>();
    now.add(interpreter.initial());
    days.add(now);
    List<Boolean> shortfall = new ArrayList<>();
    for (long day = 1; day <= witness.lastDay(); day++) {
      List<WitnessEvent> recorded = eventsOf(witness, day);
      List<String> want = keys(recorded.stream().map(WitnessReplay::event).toList());
      Interpreter.Amounts amounts = amountsFrom(recorded);
      Set<State> next = new LinkedHashSet<>();
      List<String> seen = new ArrayList<>();
      boolean shortNow = false;
      for (State s : now) {
        for (Interpreter.Outcome o : interpreter.successors(s, amounts)) {
          List<String> got = keys(o.step().events());
          if (got.equals(want)) {
            next.add(o.step().state());
            shortNow |= o.shortfall();
          } else if (seen.size() < 6) {
            seen.add(got.toString());
          }
        }
      }
      if (next.isEmpty()) {
        throw new AssertionError(
            "day "
                + day
                + " of the witness is not allowed by the text: it records "
                + want
                + "\nbut from "
                + now
                + "\nthe text allows, among others:\n  "
                + String.join("\n  ", seen));
      }
      shortfall.add(shortNow);
      days.add(next);
      now = next;
    }
    return new Replayed(days, shortfall);
  }

  /** The events of {@code day}, without the findings and the loop note read off the run. */
  static List<WitnessEvent> eventsOf(Witness witness, long day) {
    return witness.events().stream()
        .filter(e -> e.day() == day && !e.kind().equals("finding") && !e.kind().equals("loop"))
        .toList();
  }

  static Event event(WitnessEvent e) {
    return new Event(e.kind(), e.phase(), e.clause(), e.facts());
  }

  /**
   * What is compared: everything but the clause of a judgement or a move of the talks (the checker
   * cites, for those, a clause whose condition reads the judgement), sorted: the order within a day
   * follows the page, but two clauses of one step may be told in either order.
   */
  static List<String> keys(List<Event> events) {
    List<String> keys = new ArrayList<>();
    for (Event e : events) {
      boolean cited = !e.kind().equals("judgement") && !e.kind().equals("talks");
      keys.add(
          e.kind()
              + " "
              + e.phase().orElse("-")
              + " "
              + (cited ? e.clause().toString() : "")
              + " "
              + new TreeMap<>(e.facts()));
    }
    keys.sort(null);
    return keys;
  }

  /**
   * The amounts a release before its deadline may have taken that day: nothing, or a count the
   * witness records for a release of its party and category.
   */
  static Interpreter.Amounts amountsFrom(List<WitnessEvent> recorded) {
    return (PhaseClause.Release r, Long most) -> {
      Set<Long> amounts = new LinkedHashSet<>();
      amounts.add(0L);
      for (WitnessEvent e : recorded) {
        Map<String, String> f = e.facts();
        if (e.kind().equals("release")
            && r.party().equals(f.get("party"))
            && r.category().path().equals(f.get("category"))) {
          long count = Long.parseLong(f.get("count"));
          if (count <= most) {
            amounts.add(count);
          }
        }
      }
      return List.copyOf(amounts);
    };
  }
}
