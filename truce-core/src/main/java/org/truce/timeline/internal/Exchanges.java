package org.truce.timeline.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.truce.model.Category;
import org.truce.model.Counts;
import org.truce.model.PhaseClause;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineEvent.Part;
import org.truce.timeline.TimelineNote;

/**
 * Answers releases with the counter-releases exchange ratios imply. An exchange clause answers the
 * releases made on the days its phase is in force, by parties other than its own (or by the one it
 * names); the answer is due the same day or {@code within} days later, even if the phase has ended
 * by then. Counter-releases are not themselves answered, so ratios cannot feed each other. A lump
 * ({@code releases 120 C for the 15 U}) counts the group's units released and is owed once, on the
 * day the group is complete (or {@code within} days later).
 */
final class Exchanges {
  private final World world;
  private final List<Pending> pending = new ArrayList<>();
  // A lump's units of its group released so far, up to the group's size.
  private final Map<PhaseClause.Exchange, Long> groups = new IdentityHashMap<>();

  Exchanges(World world) {
    this.world = world;
  }

  boolean pending() {
    return !pending.isEmpty();
  }

  void answer(
      List<PhaseRunState> active, long day, List<TimelineEvent> events, List<TimelineNote> notes) {
    List<TimelineEvent.Released> releases =
        events.stream()
            .filter(TimelineEvent.Released.class::isInstance)
            .map(TimelineEvent.Released.class::cast)
            .toList();
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending due = it.next();
      if (due.day == day) {
        it.remove();
        counter(due, day, events, notes);
      }
    }
    for (PhaseRunState run : active) {
      for (PhaseClause clause : run.phase.clauses()) {
        if (clause instanceof PhaseClause.Exchange x) {
          revealedAtRelease(run, x, releases, day, notes);
          long units = units(x, releases);
          if (x.lump()) {
            units = groupCompleted(x, units);
          }
          if (units == 0) {
            continue;
          }
          Pending due = new Pending(day + x.withinDays(), run.name(), x, units, day);
          if (x.withinDays() == 0) {
            counter(due, day, events, notes);
          } else {
            pending.add(due);
          }
        }
      }
    }
  }

  /** Counts a lump's units; 1 on the day its group is complete, else 0. */
  private long groupCompleted(PhaseClause.Exchange x, long units) {
    long size = x.group().orElseThrow();
    long before = groups.getOrDefault(x, 0L);
    long after = Math.min(size, before + units);
    groups.put(x, after);
    return before < size && after == size ? 1 : 0;
  }

  private static long units(PhaseClause.Exchange x, List<TimelineEvent.Released> releases) {
    long units = 0;
    for (TimelineEvent.Released r : releases) {
      boolean byOther =
          x.unitReleasedBy().map(r.party()::equals).orElse(!r.party().equals(x.party()));
      if (!byOther) {
        continue;
      }
      for (Part part : r.parts()) {
        if (x.unitCategory().covers(part.category())) {
          units += part.count();
        }
      }
    }
    return units;
  }

  /**
   * Units of a line of unknown status the exchange answers only if they turn out to be of its
   * category: the timeline does not choose, so it notes the range due instead of inventing a
   * figure.
   */
  private void revealedAtRelease(
      PhaseRunState run,
      PhaseClause.Exchange x,
      List<TimelineEvent.Released> releases,
      long day,
      List<TimelineNote> notes) {
    for (TimelineEvent.Released r : releases) {
      boolean byOther =
          x.unitReleasedBy().map(r.party()::equals).orElse(!r.party().equals(x.party()));
      if (!byOther) {
        continue;
      }
      for (Part part : r.parts()) {
        List<Category> either = world.ledger.either(r.party(), part.category());
        if (!x.unitCategory().covers(part.category())
            && either.stream().anyMatch(x.unitCategory()::covers)) {
          notes.add(
              new TimelineNote.RevealedAtRelease(
                  day,
                  run.name(),
                  x.party(),
                  x.category(),
                  x.perUnit(),
                  x.unitCategory(),
                  part.count(),
                  part.category(),
                  x.ref()));
        }
      }
    }
  }

  private void counter(
      Pending due, long day, List<TimelineEvent> events, List<TimelineNote> notes) {
    PhaseClause.Exchange x = due.clause;
    long owed = Counts.saturatedProduct(x.perUnit(), due.units);
    List<Part> parts = world.ledger.release(x.party(), x.category(), owed);
    long count = parts.stream().mapToLong(Part::count).sum();
    if (count < owed) {
      notes.add(
          new TimelineNote.Shortfall(
              day, due.phase, x.party(), x.category(), owed, count, x.ref()));
    }
    events.add(
        new TimelineEvent.CounterReleased(
            due.phase,
            x.party(),
            x.category(),
            count,
            owed,
            parts,
            x.perUnit(),
            x.unitCategory(),
            x.group().orElse(due.units),
            due.answersDay,
            x.ref(),
            x.group().orElse(0L)));
  }

  private record Pending(
      long day, String phase, PhaseClause.Exchange clause, long units, long answersDay) {}
}
