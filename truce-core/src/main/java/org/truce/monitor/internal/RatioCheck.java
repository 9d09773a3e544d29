package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.truce.model.Counts;
import org.truce.model.PhaseClause;
import org.truce.monitor.Status.RatioLine;
import org.truce.monitor.Status.RatioVerdict;
import org.truce.timeline.Timeline;

/**
 * Each day's batch checked against each exchange ratio of the phase in force: the units counted
 * released on a day call for {@code perUnit} each from the other party, on the same day, or over
 * that day and the days the clause gives ({@code within N days}), whose releases are then set
 * against it. A batch that does not match its ratio is pending until its last day is over.
 */
final class RatioCheck {
  private final Replay replay;

  RatioCheck(Replay replay) {
    this.replay = replay;
  }

  List<RatioLine> run() {
    List<RatioLine> lines = new ArrayList<>();
    for (Timeline.PhaseRun run : replay.timeline.phases()) {
      long last = replay.lastDayOf(run);
      for (PhaseClause clause : replay.phase(run.name()).clauses()) {
        if (clause instanceof PhaseClause.Exchange x && !x.lump()) { // lumps: LumpCheck
          for (long day = run.startDay(); day <= last; day++) {
            line(x, day).ifPresent(lines::add);
          }
        }
      }
    }
    return lines;
  }

  /** The batch of {@code day}'s units, if anything was released for it or on it. */
  private Optional<RatioLine> line(PhaseClause.Exchange x, long day) {
    Predicate<String> unitsBy =
        x.unitReleasedBy()
            .<Predicate<String>>map(by -> by::equals)
            .orElse(p -> !p.equals(x.party()));
    long units = replay.daily.on(unitsBy, x.unitCategory(), day);
    long pendingStatus = replay.daily.pendingStatus(unitsBy, x.unitCategory(), day, day);
    long due = Counts.saturatedProduct(units, x.perUnit());
    long lastDay = day + x.withinDays();
    long released = replay.daily.sum(x.party()::equals, x.category(), day, lastDay);
    if (units == 0
        && pendingStatus == 0
        && replay.daily.on(x.party()::equals, x.category(), day) == 0) {
      return Optional.empty();
    }
    RatioVerdict verdict;
    if (pendingStatus > 0) {
      verdict = RatioVerdict.PENDING; // what is due waits for the status to be recorded
    } else if (released == due) {
      verdict = RatioVerdict.HOLDS;
    } else if (lastDay >= replay.today) {
      verdict = RatioVerdict.PENDING; // either side may still release before the batch is over
    } else {
      verdict = released > due ? RatioVerdict.MORE : RatioVerdict.SHORT;
    }
    return Optional.of(
        new RatioLine(
            day,
            Optional.of(replay.clock.dateOf(day)),
            x.party(),
            x.category().path(),
            x.perUnit(),
            x.unitCategory().path(),
            units,
            due,
            released,
            verdict,
            x.ref().cite(),
            pendingStatus));
  }
}
