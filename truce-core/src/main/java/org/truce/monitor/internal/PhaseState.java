package org.truce.monitor.internal;

import java.util.Locale;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.model.PhaseClause;
import org.truce.monitor.Status.HostilitiesLine;
import org.truce.monitor.Status.PhaseLine;
import org.truce.timeline.Timeline;

/** The phase in force and the state of hostilities at the moment of a status. */
final class PhaseState {
  private PhaseState() {}

  /** The phase in force today; else the last phase begun, marked ended. */
  static Optional<PhaseLine> phase(Replay replay) {
    Timeline timeline = replay.timeline;
    long today = replay.today;
    Optional<Timeline.PhaseDay> inForce =
        timeline.day(today).flatMap(d -> d.phases().stream().reduce((a, b) -> b));
    Optional<Timeline.PhaseRun> run =
        inForce
            .flatMap(p -> run(timeline, p.phase()))
            .or(
                () ->
                    timeline.phases().stream()
                        .filter(p -> p.startDay() <= today)
                        .reduce((a, b) -> b));
    return run.map(
        r -> {
          boolean ended = inForce.isEmpty() && r.endDay().isPresent();
          long phaseDay = ended ? r.endDay().get() - r.startDay() + 1 : today - r.startDay() + 1;
          return new PhaseLine(
              r.name(),
              r.title(),
              phaseDay,
              r.lengthDays(),
              r.extensionDays(),
              inForce.map(Timeline.PhaseDay::extension).orElse(false),
              r.startDay(),
              r.endDay(),
              ended,
              replay.phase(r.name()).ref().cite(),
              ended ? PhaseEntry.notBegun(replay, r) : Optional.empty());
        });
  }

  private static Optional<Timeline.PhaseRun> run(Timeline timeline, String name) {
    return timeline.phases().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Hostilities as the latest event reports them, else as the text sets them today. */
  static HostilitiesLine hostilities(Replay replay) {
    Optional<Entry> latest =
        replay.events.stream()
            .filter(e -> e.kind() == EntryKind.PAUSED || e.kind() == EntryKind.RESUMED)
            .reduce((a, b) -> b);
    String clause = hostilitiesClause(replay).orElse("");
    if (latest.isPresent()) {
      Entry e = latest.get();
      Event.Hostilities h = (Event.Hostilities) e.body();
      boolean resumed = h.kind() == EntryKind.RESUMED;
      // read once: a right that reads a breach replays the ledger at the resumption's moment
      Optional<Rights.Reading> reading =
          resumed ? Optional.of(Rights.of(replay, e)) : Optional.empty();
      return new HostilitiesLine(
          resumed ? "resumed" : "paused",
          Optional.of(e.date()),
          h.at(),
          Optional.of(e.id()),
          h.clause()
              .map(c -> Reports.cite(replay, c))
              .orElse(reading.map(Rights.Reading::clause).orElse(clause)),
          reading.map(Rights.Reading::text));
    }
    String state =
        replay
            .timeline
            .day(replay.today)
            .or(() -> lastDayOfPhaseInForce(replay))
            .map(d -> d.hostilities().name().toLowerCase(Locale.ROOT))
            .orElse("as before the agreement");
    return new HostilitiesLine(
        state, Optional.empty(), Optional.empty(), Optional.empty(), clause, Optional.empty());
  }

  /** The clause of the phase in force today that sets the state of hostilities. */
  private static Optional<String> hostilitiesClause(Replay replay) {
    return phase(replay)
        .filter(p -> !p.ended())
        .flatMap(
            p ->
                replay.phase(p.name()).clauses().stream()
                    .filter(c -> c instanceof PhaseClause.Hostilities)
                    .findFirst())
        .map(c -> c.ref().cite());
  }

  /**
   * The timeline's last day, when a phase that has not ended is in force beyond it: a timeline
   * stops where nothing changes any more (a phase that lasts indefinitely), and that day's state
   * goes on.
   */
  private static Optional<Timeline.Day> lastDayOfPhaseInForce(Replay replay) {
    if (phase(replay).filter(p -> !p.ended()).isEmpty()) {
      return Optional.empty();
    }
    return replay.timeline.days().stream().filter(d -> d.day() <= replay.today).reduce((a, b) -> b);
  }
}
