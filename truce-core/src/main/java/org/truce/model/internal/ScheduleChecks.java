package org.truce.model.internal;

import org.truce.model.Counts;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Schedule;

/**
 * Schedules against the duration of their phase (days of the phase, counted from 1): no day after
 * the phase's last (E401), and a batch schedule must reach its total before the phase ends (E304).
 * A phase that lasts indefinitely has no last day. Days below 1 are {@link QuantityChecks}' affair.
 */
public final class ScheduleChecks {
  private final BuildContext ctx;
  private final String phase;
  private final long lastDay;

  private ScheduleChecks(BuildContext ctx, String phase, long lastDay) {
    this.ctx = ctx;
    this.phase = phase;
    this.lastDay = lastDay;
  }

  public static void run(AgreementSyntax tree, BuildContext ctx) {
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      long lastDay = phase.duration().map(d -> d.days()).orElse(0L);
      if (lastDay >= 1) {
        new ScheduleChecks(ctx, phase.name().text(), lastDay).check(phase);
      }
    }
  }

  private void check(Clause.Phase p) {
    for (Clause clause : PhaseBodies.clauses(p)) {
      switch (clause) {
        case Clause.Release r -> r.schedule().ifPresent(s -> release(r, s));
        case Clause.Delivery d -> within(d.schedule());
        case Clause.Withdrawal w -> within(w.deadline());
        case Clause.Undertaking u -> u.deadline().ifPresent(this::within);
        case Clause.Talks t -> day(t.beginByDay(), t.span());
        default -> {}
      }
    }
  }

  private void release(Clause.Release r, Schedule schedule) {
    if (!within(schedule)
        || !(schedule instanceof Schedule.Batches b)
        || !(r.quantity() instanceof Clause.Quantity.Count total)) {
      return;
    }
    long every = b.interval().days();
    long from = b.from().orElse(1L);
    if (b.size() < 1 || every < 1 || from < 1) {
      return;
    }
    long batches = (lastDay - from) / every + 1;
    long reached = Counts.saturatedProduct(batches, b.size());
    if (reached < total.value()) {
      ctx.report(
          DiagnosticCode.SCHEDULE_FALLS_SHORT,
          b.span(),
          reached,
          total.value(),
          r.category().path(),
          phase,
          lastDay);
    }
  }

  /** True when the schedule's days fall within the phase; otherwise reports E401. */
  private boolean within(Schedule schedule) {
    return switch (schedule) {
      case Schedule.OnDay d -> day(d.day(), d.span());
      case Schedule.ByDay d -> day(d.day(), d.span());
      case Schedule.ByAgreementDay d -> true; // days of the agreement: AgreementDayChecks
      case Schedule.ByDate d -> true; // a day of the agreement once lowered
      case Schedule.AgreementWindow w -> true;
      case Schedule.Batches b -> day(b.from().orElse(1L), b.span());
      case Schedule.BestEffort b -> b.longStop().map(d -> day(d, b.span())).orElse(true);
      case Schedule.Window w -> window(w);
      case Schedule.After a -> true; // its own period, which may outlive the phase
    };
  }

  /** A window closes by the phase's last day (E460); a reversed one is E175's affair. */
  private boolean window(Schedule.Window w) {
    if (w.first() > w.last() || w.last() <= lastDay) {
      return true;
    }
    ctx.report(DiagnosticCode.WINDOW_AFTER_PHASE, w.span(), w.last(), phase, lastDay);
    return false;
  }

  private boolean day(long day, Span span) {
    if (day > lastDay) {
      ctx.report(DiagnosticCode.DEADLINE_AFTER_PHASE, span, day, phase, lastDay);
      return false;
    }
    return true;
  }
}
