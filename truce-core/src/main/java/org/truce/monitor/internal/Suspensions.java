package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Suspension;
import org.truce.ledger.Termination;
import org.truce.monitor.Status.DeviationLine;
import org.truce.monitor.SuspensionLine;
import org.truce.vocabulary.RightAction;

/**
 * Suspensions of obligations and terminations as recorded (docs/monitor.md, "Phases, talks and
 * rights as recorded"), checked against the rights of the text as resumptions are ({@link Rights}):
 * an act no right covered while the agreement was in force is a deviation. A suspension lasts until
 * the same party's {@code reinstated} entry; the agreement stays in force meanwhile (the checker
 * reads a right exercised as the end of a run, the worst a text allows; the monitor records what
 * happened).
 */
final class Suspensions {
  private Suspensions() {}

  /** One act and what the text says of it. */
  record Act(Entry entry, long day, String by, Rights.Reading reading) {
    boolean terminates() {
      return entry.kind() == EntryKind.TERMINATED;
    }

    /** {@code israel suspended its obligations of clause 1.3}, as a deviation or standing says. */
    String words(Replay replay) {
      if (entry.body() instanceof Suspension s) {
        return by
            + " suspended its obligations"
            + s.clause().map(c -> " of " + Reports.cite(replay, c)).orElse("");
      }
      return by + " terminated the agreement";
    }
  }

  /**
   * Every suspension and termination recorded, in the order they happened ({@link Replay#acts}).
   */
  static List<Act> read(Replay replay) {
    List<Act> acts = new ArrayList<>();
    for (Entry e : replay.events) {
      RightAction action;
      String by;
      if (e.body() instanceof Suspension s && s.kind() == EntryKind.SUSPENDED) {
        action = RightAction.SUSPEND_OBLIGATIONS;
        by = s.by();
      } else if (e.body() instanceof Termination t) {
        action = RightAction.TERMINATE_AGREEMENT;
        by = t.by();
      } else {
        continue;
      }
      acts.add(new Act(e, replay.clock.dayOf(e), by, Rights.of(replay, e, action, List.of(by))));
    }
    return acts;
  }

  /** The acts no right covered while the agreement was in force. */
  static List<DeviationLine> deviations(Replay replay) {
    List<DeviationLine> lines = new ArrayList<>();
    for (Act act : replay.acts()) {
      if (!act.reading().lawful()) {
        lines.add(
            new DeviationLine(
                act.day(),
                act.words(replay) + " on day " + act.day() + ": " + act.reading().text(),
                List.of(act.entry().id()),
                act.reading().clause()));
      }
    }
    return lines;
  }

  /** Every suspension and termination, as the status lists them. */
  static List<SuspensionLine> lines(Replay replay) {
    List<SuspensionLine> lines = new ArrayList<>();
    for (Act act : replay.acts()) {
      Optional<Entry> end = act.terminates() ? Optional.empty() : reinstatement(replay, act);
      lines.add(
          new SuspensionLine(
              act.day(),
              act.entry().date(),
              act.by(),
              act.terminates(),
              act.entry().body() instanceof Suspension s
                  ? s.clause().map(c -> Reports.cite(replay, c)).orElse("")
                  : "",
              act.reading().lawful(),
              act.reading().text(),
              act.reading().clause(),
              act.entry().id(),
              end.map(replay.clock::dayOf),
              end.map(Entry::id)));
    }
    return lines;
  }

  /** The same party's first {@code reinstated} entry after a suspension, if any. */
  private static Optional<Entry> reinstatement(Replay replay, Act act) {
    return replay.events.subList(replay.events.indexOf(act.entry()), replay.events.size()).stream()
        .filter(
            e ->
                e.body() instanceof Suspension s
                    && s.kind() == EntryKind.REINSTATED
                    && s.by().equals(act.by()))
        .findFirst();
  }

  /** The first termination recorded, if any. */
  static Optional<Act> termination(Replay replay) {
    return replay.acts().stream().filter(Act::terminates).findFirst();
  }

  /**
   * The suspensions still in effect at the end of the replay: each party's last suspension not
   * followed by its {@code reinstated} entry.
   */
  static List<Act> inEffect(Replay replay) {
    List<Act> acts = replay.acts();
    List<Act> open = new ArrayList<>();
    for (Act act : acts) {
      if (!act.terminates() && reinstatement(replay, act).isEmpty()) {
        open.add(act);
      }
    }
    return open;
  }
}
