package org.truce.model.internal;

import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Length;
import org.truce.syntax.Schedule;

/**
 * Undertakings that start on a day ({@code from day F}, a day of the phase): F from 1 to {@link
 * QuantityChecks#MAX_DAYS} (E405, E308); after the phase's planned last day an error when no
 * extension can reach F (E152), a warning when one can (W153); a deadline before F (E154).
 */
final class StartDayChecks {
  private StartDayChecks() {}

  static void run(AgreementSyntax tree, BuildContext ctx) {
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      Optional<Long> reach = reach(phase);
      for (Clause clause : PhaseBodies.clauses(phase)) {
        if (clause instanceof Clause.Undertaking u && u.from().isPresent()) {
          check(u, u.from().get(), phase, reach, ctx);
        }
      }
    }
  }

  private static void check(
      Clause.Undertaking u,
      Clause.DayMark from,
      Clause.Phase phase,
      Optional<Long> reach,
      BuildContext ctx) {
    long day = from.day();
    if (day < 1) {
      ctx.report(DiagnosticCode.DAY_ZERO, from.span());
      return;
    }
    if (day > QuantityChecks.MAX_DAYS) {
      ctx.report(DiagnosticCode.DAY_TOO_LATE, from.span(), day, QuantityChecks.MAX_DAYS);
      return;
    }
    u.deadline()
        .filter(d -> due(d) < day)
        .ifPresent(
            d -> ctx.report(DiagnosticCode.UNDERTAKING_DUE_BEFORE_START, d.span(), due(d), day));
    Optional<Long> planned = phase.duration().map(Length::days);
    if (planned.isEmpty() || day <= planned.get()) {
      return;
    }
    String name = phase.name().text();
    if (reach.isPresent() && day > reach.get()) {
      ctx.report(
          DiagnosticCode.UNDERTAKING_STARTS_AFTER_PHASE, from.span(), day, name, reach.get());
    } else {
      ctx.report(
          DiagnosticCode.UNDERTAKING_STARTS_IN_EXTENSION, from.span(), day, planned.get(), name);
    }
  }

  private static long due(Schedule deadline) {
    return switch (deadline) {
      case Schedule.OnDay d -> d.day();
      case Schedule.ByDay d -> d.day();
      case Schedule.Batches b -> b.from().orElse(1L);
      // A day of the agreement is not a day of the phase: AgreementDayChecks places it.
      case Schedule.ByAgreementDay d -> Long.MAX_VALUE;
      case Schedule.ByDate d -> Long.MAX_VALUE;
      case Schedule.AgreementWindow w -> Long.MAX_VALUE;
      case Schedule.BestEffort b -> b.longStop().orElse(Long.MAX_VALUE);
      case Schedule.Window w -> w.last();
      case Schedule.After a -> Long.MAX_VALUE; // releases only, and its own period
    };
  }

  /**
   * The last day the phase can reach: its planned length plus the largest extension cap; empty when
   * it lasts indefinitely or an extension has no cap (any day can be reached).
   */
  private static Optional<Long> reach(Clause.Phase phase) {
    if (phase.duration().isEmpty()) {
      return Optional.empty();
    }
    long planned = phase.duration().get().days();
    long most = 0;
    for (Clause clause : PhaseBodies.clauses(phase)) {
      if (clause instanceof Clause.Extension e) {
        if (e.cap().isEmpty()) {
          return Optional.empty();
        }
        most = Math.max(most, e.cap().get().days());
      }
    }
    return Optional.of(planned + most);
  }
}
