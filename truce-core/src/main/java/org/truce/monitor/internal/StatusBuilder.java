package org.truce.monitor.internal;

import java.util.List;
import java.util.Optional;
import org.truce.monitor.Status;

/** Runs every check of a replay and puts the status together. */
public final class StatusBuilder {
  private StatusBuilder() {}

  public static Status build(Replay replay) {
    List<Status.ObligationLine> obligations =
        new java.util.ArrayList<>(new ObligationCheck(replay).run());
    obligations.addAll(new LumpCheck(replay).run());
    List<Status.RatioLine> ratios = new RatioCheck(replay).run();
    List<Status.ExtensionLine> extensions = new ExtensionCheck(replay).run();
    OrderCheck orders = new OrderCheck(replay);
    // What is monitored (docs/monitor.md): clauses not monitored, daily findings in runs of days.
    List<Status.NotMonitoredLine> notMonitored = Monitored.of(replay);
    java.util.Set<String> unmonitored = Monitored.clauses(notMonitored);
    obligations = Monitored.mark(obligations, unmonitored);
    List<Status.ObligationLine> oneByOne = new java.util.ArrayList<>();
    List<Status.DeviationLine> deviations =
        new java.util.ArrayList<>(Monitored.runs(obligations, oneByOne));
    deviations.addAll(Deviations.of(replay, oneByOne, ratios, extensions));
    deviations.addAll(orders.breaches());
    deviations.removeIf(d -> unmonitored.contains(d.clause()));
    deviations.sort(java.util.Comparator.comparingLong(Status.DeviationLine::day));
    Held.Lines held = Held.of(replay);
    return new Status(
        replay.agreement.metadata().title(),
        replay.version,
        replay.at,
        replay.policy,
        new Status.InForceLine(replay.clock.start(), replay.inForce.id()),
        replay.today,
        Optional.of(replay.clock.dateOf(replay.today)),
        PhaseState.phase(replay),
        PhaseState.hostilities(replay),
        obligations,
        ratios,
        extensions,
        Tallies.of(replay),
        Tallies.daily(replay),
        deviations,
        Reports.disputes(replay),
        Reports.violations(replay),
        lapse(replay),
        orders.substitutions(),
        held.held(),
        held.delivered(),
        notMonitored,
        Totals.of(replay));
  }

  /** Lapsed when the timeline lapses on a day that has ended by today. */
  private static Optional<Status.LapseLine> lapse(Replay replay) {
    var ending = replay.timeline.ending();
    if (ending.kind() != org.truce.timeline.Timeline.EndingKind.LAPSED
        || ending.lastDay() >= replay.today) {
      return Optional.empty();
    }
    return Optional.of(
        new Status.LapseLine(
            ending.lastDay(),
            replay.clock.dateOf(ending.lastDay()),
            ending.reason(),
            replay.agreement.lapse().map(l -> l.ref().cite()).orElse("")));
  }
}
