package org.truce.timeline.internal;

import java.util.Optional;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * Orders between releases in the compliant timeline (docs/timeline.md): a release of the earlier
 * category whose schedule leaves its day open ({@code by day}, the end of the phase, a long stop)
 * is placed no later than the first day a release of the later category falls due, so that every
 * unit of the earlier category is out by then. Schedules that make an order impossible are refused
 * when the text is read (E173), so a release of the later category never has to wait.
 */
final class OrderDays {
  private OrderDays() {}

  /** The phase day on which {@code r} is placed: its own, or earlier for an order. */
  static long placed(Phase phase, PhaseClause.Release r, long ownDay) {
    long day = ownDay;
    for (PhaseClause clause : phase.clauses()) {
      if (clause instanceof PhaseClause.Order o
          && o.party().equals(r.party())
          && o.first().covers(r.category())) {
        for (PhaseClause other : phase.clauses()) {
          if (other instanceof PhaseClause.Release b
              && b.party().equals(r.party())
              && o.then().covers(b.category())) {
            Optional<Long> due = firstDue(phase, b);
            if (due.isPresent() && due.get() < day) {
              day = due.get();
            }
          }
        }
      }
    }
    return day;
  }

  /** The first phase day on which some of {@code b} falls due in the timeline, if one does. */
  private static Optional<Long> firstDue(Phase phase, PhaseClause.Release b) {
    if (b.count().isPresent() && b.count().get() == 0) {
      return Optional.empty();
    }
    if (b.schedule().isEmpty()) {
      return Optional.of(phase.durationDays().orElse(1L));
    }
    return switch (b.schedule().get()) {
      case Schedule.OnDay on -> Optional.of(on.day());
      case Schedule.ByDay by -> Optional.of(by.day());
      case Schedule.Batches batches -> Optional.of(batches.fromDay());
      case Schedule.BestEffort effort -> effort.longStop();
      // days of the agreement: the model builder refuses an order over them (E174)
      case Schedule.ByAgreementDay by -> Optional.empty();
      case Schedule.AgreementWindow window -> Optional.empty();
      // a window is placed on its last day (the latest compliant day), as `by day` is
      case Schedule.Window window -> Optional.of(window.last());
      // its own period: the model builder refuses an order over it (E182)
      case Schedule.After after -> Optional.empty();
    };
  }
}
