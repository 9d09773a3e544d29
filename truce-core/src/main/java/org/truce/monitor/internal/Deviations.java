package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status.DeviationLine;
import org.truce.monitor.Status.ExtensionLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.timeline.Timeline;

/**
 * Where what happened departs from the compliant timeline: obligations overdue or fulfilled late,
 * batches off their ratio, extensions agreed other than the rule earns, hostilities resumed on a
 * day the text keeps them paused. In day order.
 */
final class Deviations {
  private Deviations() {}

  static List<DeviationLine> of(
      Replay replay,
      List<ObligationLine> obligations,
      List<RatioLine> ratios,
      List<ExtensionLine> extensions) {
    List<DeviationLine> lines = new ArrayList<>();
    for (ObligationLine o : obligations) {
      String owed =
          o.party()
              + " "
              + o.what()
              + " due on day "
              + o.dueDay()
              // a conditional release: why that day, since the compliant timeline has another
              + o.trigger()
                  .flatMap(t -> t.completedDay())
                  .map(t -> " (trigger complete on day " + t + ")")
                  .orElse("");
      if (o.state() == ObligationState.OVERDUE) {
        lines.add(
            new DeviationLine(
                o.dueDay(),
                owed
                    + ": "
                    + Fulfilment.partly(o.performed())
                    + o.done()
                    + " of "
                    + o.required()
                    + " done, "
                    + ExtensionCheck.days(o.daysLate())
                    + " overdue",
                Fulfilment.entries(o),
                o.clause()));
      } else if (o.state() == ObligationState.FULFILLED && o.daysLate() > 0) {
        lines.add(
            new DeviationLine(
                o.dueDay(),
                owed + ": fulfilled " + ExtensionCheck.days(o.daysLate()) + " late",
                Fulfilment.entries(o),
                o.clause()));
      }
    }
    // Batches off their ratio: a shortfall is the counter-release obligation's line above, an
    // excess RatioCheck's (one per pool and day).
    for (ExtensionLine x : extensions) {
      // The releases that earn extension days happen in them: compare once the phase is over.
      java.util.Optional<Long> end =
          replay.timeline.phases().stream()
              .filter(p -> p.name().equals(x.phase()))
              .findFirst()
              .flatMap(Timeline.PhaseRun::endDay)
              .filter(e -> e < replay.today);
      if (end.isPresent() && x.earnedDays().isPresent() && x.earnedDays().get() != x.agreedDays()) {
        long earned = x.earnedDays().get();
        lines.add(
            new DeviationLine(
                end.get(),
                "phase "
                    + x.phase()
                    + ": "
                    + ExtensionCheck.days(x.agreedDays())
                    + " of extension agreed, where "
                    + x.additional().orElse(0L)
                    + " additional counted earn "
                    + ExtensionCheck.days(earned)
                    + " by the rule ("
                    + x.rule()
                    + ")",
                x.entries(),
                x.clause()));
      }
    }
    // Extensions agreed for a phase whose text provides none.
    replay.extensionsOf.forEach(
        (phase, agreed) -> {
          boolean provided =
              replay.phase(phase).clauses().stream()
                  .anyMatch(c -> c instanceof org.truce.model.PhaseClause.Extension);
          if (!provided) {
            long days = agreed.stream().mapToLong(e -> ((Event.Extension) e.body()).days()).sum();
            lines.add(
                new DeviationLine(
                    replay.clock.dayOf(agreed.getFirst()),
                    "phase "
                        + phase
                        + ": "
                        + ExtensionCheck.days(days)
                        + " of extension agreed, where its text"
                        + " provides for no extension",
                    agreed.stream().map(Entry::id).toList(),
                    replay.phase(phase).ref().cite()));
          }
        });
    // Resumptions: checked against the rights of the text on the recorded facts.
    lines.addAll(Rights.deviations(replay));
    lines.addAll(Suspensions.deviations(replay));
    lines.sort(Comparator.comparingLong(DeviationLine::day));
    return lines;
  }
}
