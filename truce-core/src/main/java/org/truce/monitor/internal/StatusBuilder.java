package org.truce.monitor.internal;

import java.util.List;
import java.util.Optional;
import org.truce.monitor.DayClock;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status;

/** Runs every check of a replay and puts the status together. */
public final class StatusBuilder {
  private StatusBuilder() {}

  /** The obligations and the batches against their ratio, and the check that made the latter. */
  record Owed(List<ObligationLine> obligations, List<RatioLine> ratios, RatioCheck ratioCheck) {}

  /** What is owed and how it stands: every release counted goes to one obligation. */
  static Owed owed(Replay replay) {
    // Each obligation claims its part before any is read.
    Allocation allocation = new Allocation(replay);
    ObligationCheck obligationCheck = new ObligationCheck(replay, allocation);
    obligationCheck.register();
    RatioCheck ratioCheck = new RatioCheck(replay, allocation);
    ratioCheck.register();
    LumpCheck lumpCheck = new LumpCheck(replay, allocation);
    lumpCheck.register();
    allocation.run();
    List<ObligationLine> obligations = new java.util.ArrayList<>(obligationCheck.lines());
    obligations.addAll(lumpCheck.lines());
    obligations.addAll(ratioCheck.obligations());
    return new Owed(obligations, ratioCheck.lines(), ratioCheck);
  }

  public static Status build(Replay replay) {
    Owed owed = owed(replay);
    List<ObligationLine> obligations = owed.obligations();
    List<RatioLine> ratios = owed.ratios();
    RatioCheck ratioCheck = owed.ratioCheck();
    List<Status.ExtensionLine> extensions = new ExtensionCheck(replay).run();
    OrderCheck orders = new OrderCheck(replay);
    // What is monitored (docs/monitor.md): clauses not monitored, daily findings in runs of days.
    List<Status.NotMonitoredLine> notMonitored = Monitored.of(replay);
    java.util.Set<String> unmonitored = Monitored.clauses(notMonitored);
    obligations = Monitored.mark(obligations, unmonitored);
    List<ObligationLine> oneByOne = new java.util.ArrayList<>();
    // An obligation that releases of unreported count went to is not known to be late or short.
    List<Status.DeviationLine> deviations =
        new java.util.ArrayList<>(
            Monitored.runs(
                obligations.stream().filter(o -> o.unreported() == 0).toList(), oneByOne));
    deviations.addAll(Deviations.of(replay, oneByOne, ratios, extensions));
    deviations.addAll(orders.breaches());
    deviations.addAll(ratioCheck.excesses());
    deviations.removeIf(d -> unmonitored.contains(d.clause()));
    deviations.sort(java.util.Comparator.comparingLong(Status.DeviationLine::day));
    Held.Lines held = Held.of(replay);
    return new Status(
        replay.agreement.metadata().title(),
        replay.version,
        replay.at,
        replay.policy,
        inForceLine(replay),
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
        ratioCheck.cumulative(),
        Standing.of(replay),
        new DayClock(replay.clock.start(), replay.clock.zone().getId()),
        held.held(),
        held.delivered(),
        notMonitored,
        Totals.of(replay),
        Suspensions.lines(replay));
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

  /** When the version entered into force, and, for an amendment, when the days began to count. */
  private static Status.InForceLine inForceLine(Replay replay) {
    if (replay.origin == replay.inForce) {
      return new Status.InForceLine(replay.clock.start(), replay.inForce.id());
    }
    return new Status.InForceLine(
        Replay.start(replay.agreement, replay.inForce),
        replay.inForce.id(),
        Optional.of(new Status.InForceLine(replay.clock.start(), replay.origin.id())));
  }
}
