package org.truce.monitor.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.monitor.StandingLine;
import org.truce.timeline.Timeline;

/**
 * The agreement itself at the moment of a status (docs/monitor.md, "Phases, talks and rights as
 * recorded"): ended by the first resumption of hostilities recorded (by a right, when one covered
 * it), concluded or lapsed as the timeline of the recorded facts ends on a day that is over, or in
 * force; whichever came first.
 */
final class Standing {
  private Standing() {}

  static StandingLine of(Replay replay) {
    Optional<StandingLine> ending = ending(replay);
    Optional<Entry> resumed = Rights.firstResumption(replay);
    if (resumed.isPresent()) {
      Entry e = resumed.get();
      long day = replay.clock.dayOf(e);
      if (ending.isEmpty() || ending.get().day() >= day) {
        Rights.Reading reading = Rights.of(replay, e);
        if (!reading.right().isEmpty() || !reading.lawful()) {
          return resumption(replay, e, day, reading);
        }
      }
    }
    return ending.orElseGet(
        () ->
            new StandingLine(
                "in_force",
                Optional.empty(),
                replay.clock.start(),
                1,
                Optional.of(replay.inForce.id()),
                "",
                "in force since " + Lines.moment(replay.clock.start()) + " (day 1)"));
  }

  private static StandingLine resumption(Replay replay, Entry e, long day, Rights.Reading reading) {
    Event.Hostilities h = (Event.Hostilities) e.body();
    LocalDateTime since = Rights.moment(e);
    String who =
        h.by().isEmpty()
            ? "hostilities resumed"
            : String.join(", ", h.by()) + " resumed hostilities";
    return new StandingLine(
        "ended",
        Optional.of(reading.right().isPresent() ? "right" : "resumption"),
        since,
        day,
        Optional.of(e.id()),
        reading.clause(),
        "ended on "
            + Lines.moment(since)
            + " (day "
            + day
            + "), when "
            + who
            + ": "
            + reading.text());
  }

  /** Concluded or lapsed, when the timeline of the recorded facts says so of a day that is over. */
  private static Optional<StandingLine> ending(Replay replay) {
    Timeline.Ending ending = replay.timeline.ending();
    boolean lapsed = ending.kind() == Timeline.EndingKind.LAPSED;
    if ((!lapsed && ending.kind() != Timeline.EndingKind.COMPLETE)
        || ending.lastDay() >= replay.today
        || ending.lastDay() < 1) {
      return Optional.empty();
    }
    LocalDateTime since = replay.clock.start().plusDays(ending.lastDay());
    String clause = lapsed ? replay.agreement.lapse().map(l -> l.ref().cite()).orElse("") : "";
    return Optional.of(
        new StandingLine(
            lapsed ? "lapsed" : "ended",
            lapsed ? Optional.empty() : Optional.of("conclusion"),
            since,
            ending.lastDay(),
            Optional.empty(),
            clause,
            (lapsed ? "lapsed" : "ended by its conclusion")
                + " at the end of day "
                + ending.lastDay()
                + " ("
                + Lines.moment(since)
                + "): "
                + ending.reason()));
  }

  /** Moments as the status writes them. */
  private static final class Lines {
    static String moment(LocalDateTime t) {
      return t.toLocalDate() + " " + t.toLocalTime();
    }
  }
}
