package org.truce.monitor.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.monitor.StandingLine;
import org.truce.timeline.Timeline;

/**
 * The agreement itself at the moment of a status (docs/monitor.md, "Phases, talks and rights as
 * recorded"): ended by the first resumption of hostilities or termination recorded (by a right,
 * when one covered it), concluded or lapsed as the timeline of the recorded facts ends on a day
 * that is over, or in force (with a party's obligations suspended, when they are); whichever came
 * first.
 */
final class Standing {
  private Standing() {}

  static StandingLine of(Replay replay) {
    Optional<StandingLine> ending = ending(replay);
    // A resumption or a termination while the agreement was in force ends it; one after it ended
    // needs no right and changes nothing.
    List<StandingLine> acts = new ArrayList<>();
    Rights.firstResumption(replay)
        .ifPresent(
            e -> {
              Rights.Reading reading = Rights.of(replay, e);
              if (!reading.right().isEmpty() || !reading.lawful()) {
                acts.add(resumption(replay, e, replay.clock.dayOf(e), reading));
              }
            });
    Suspensions.termination(replay)
        .filter(t -> !t.reading().right().isEmpty() || !t.reading().lawful())
        .ifPresent(t -> acts.add(act(replay, t, "ended", "termination", "ended on ")));
    Optional<StandingLine> first =
        acts.stream()
            .filter(a -> ending.isEmpty() || ending.get().day() >= a.day())
            .min(java.util.Comparator.comparing(StandingLine::since));
    if (first.isPresent()) {
      return first.get();
    }
    if (ending.isPresent()) {
      return ending.get();
    }
    String inForce = "in force since " + Lines.moment(replay.clock.start()) + " (day 1)";
    List<Suspensions.Act> suspended = Suspensions.inEffect(replay);
    if (!suspended.isEmpty()) {
      List<StandingLine> lines =
          suspended.stream().map(a -> act(replay, a, "suspended", "suspension", "")).toList();
      StandingLine last = lines.getLast(); // the standing is the latest suspension's
      return new StandingLine(
          last.state(),
          last.by(),
          last.since(),
          last.day(),
          last.entry(),
          last.clause(),
          inForce + "; " + String.join("; ", lines.stream().map(StandingLine::text).toList()));
    }
    return new StandingLine(
        "in_force",
        Optional.empty(),
        replay.clock.start(),
        1,
        Optional.of(replay.inForce.id()),
        "",
        inForce);
  }

  /**
   * A suspension or a termination: {@code state}, and {@code by} "right" when a right covered it,
   * else {@code unlawful} ("suspension", "termination").
   */
  private static StandingLine act(
      Replay replay, Suspensions.Act act, String state, String unlawful, String prefix) {
    LocalDateTime since = Rights.moment(act.entry());
    boolean covered = act.reading().right().isPresent();
    return new StandingLine(
        state,
        Optional.of(covered ? "right" : unlawful),
        since,
        act.day(),
        Optional.of(act.entry().id()),
        act.reading().clause(),
        prefix
            + (prefix.isEmpty()
                ? ""
                : Lines.moment(act.entry()) + " (day " + act.day() + "), when ")
            + act.words(replay)
            + (prefix.isEmpty()
                ? " on " + Lines.moment(act.entry()) + " (day " + act.day() + ")"
                : "")
            + ": "
            + act.reading().text());
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
        "ended on " + Lines.moment(e) + " (day " + day + "), when " + who + ": " + reading.text());
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

    /** The moment of an event: its date and hour, or its date alone when no hour was reported. */
    static String moment(Entry e) {
      return e.event().flatMap(org.truce.ledger.Event::at).isPresent()
          ? moment(Rights.moment(e))
          : e.date() + " (no hour reported)";
    }
  }
}
