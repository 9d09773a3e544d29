package org.truce.model.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.truce.model.AgreementClock;
import org.truce.model.Counts;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Schedule;

/**
 * Deadlines in days of the agreement ({@code by day 60 of the agreement}) against the days their
 * phase and the agreement can be in force (docs/semantics.md, "Deadlines in days of the
 * agreement"): releases, deliveries, withdrawals and undertakings take one, and releases also a
 * window or an {@code on day} in days of the agreement (E445 on other clauses); a day before the
 * phase can begin is an error (E448), a day no run reaches is an error (E447), and a day after the
 * phase's planned end is a warning (W446), since an extension or a later phase keeps the agreement
 * in force.
 *
 * <p>Days are bounds over every run, computed from the text alone: a phase's earliest and latest
 * first day, and its latest last day ({@link #UNBOUNDED} when a condition, an uncapped extension or
 * no set length leaves it open). Only a bound that holds in every run gives an error.
 */
public final class AgreementDayChecks {
  /** No bound: some run may stay in force past any day. */
  static final long UNBOUNDED = Long.MAX_VALUE;

  private final BuildContext ctx;
  private final Map<String, Clause.Phase> byName = new HashMap<>();
  private final Map<String, Span3> memo = new HashMap<>();
  private final Clause.Phase firstWithoutBegins;
  private final Optional<AgreementClock> clock;

  /** A phase's earliest and latest first day, and its earliest and latest last day. */
  private record Span3(long earliestStart, long latestStart, long earliestEnd, long latestEnd) {}

  private AgreementDayChecks(
      BuildContext ctx, List<Clause.Phase> phases, Optional<AgreementClock> clock) {
    this.ctx = ctx;
    this.clock = clock;
    for (Clause.Phase p : phases) {
      byName.putIfAbsent(p.name().text(), p);
    }
    this.firstWithoutBegins =
        phases.stream().filter(p -> p.begins().isEmpty()).findFirst().orElse(null);
  }

  public static void run(AgreementSyntax tree, BuildContext ctx) {
    List<Clause.Phase> phases = PhaseBodies.phases(tree);
    boolean concludesWhen =
        tree.items().stream().map(Item::clause).anyMatch(Clause.Concludes.class::isInstance);
    new AgreementDayChecks(ctx, phases, HeaderClock.of(tree.header())).check(phases, concludesWhen);
  }

  private void check(List<Clause.Phase> phases, boolean concludesWhen) {
    long lastEnd = 0;
    for (Clause.Phase p : phases) {
      lastEnd = Math.max(lastEnd, bounds(p, new HashSet<>()).latestEnd());
    }
    // With `concludes when`, the agreement may stay in force after every phase has ended.
    long horizon = concludesWhen ? UNBOUNDED : lastEnd;
    for (Clause.Phase p : phases) {
      for (Clause clause : PhaseBodies.clauses(p)) {
        switch (clause) {
          case Clause.Release r -> r.schedule().ifPresent(s -> deadline(p, s, horizon));
          case Clause.Delivery d -> onlyReleases(p, d.schedule(), horizon, "deliveries");
          case Clause.Withdrawal w -> onlyReleases(p, w.deadline(), horizon, "withdrawals");
          case Clause.Undertaking u ->
              u.deadline().ifPresent(s -> onlyReleases(p, s, horizon, "undertakings"));
          default -> {}
        }
      }
    }
  }

  /** Windows and `on day` in days of the agreement are for releases only (E445). */
  private void onlyReleases(Clause.Phase p, Schedule schedule, long horizon, String what) {
    if (schedule instanceof Schedule.AgreementWindow w) {
      ctx.report(DiagnosticCode.AGREEMENT_DAY_ON_SCHEDULE, w.span(), what);
    } else {
      deadline(p, schedule, horizon);
    }
  }

  private void deadline(Clause.Phase p, Schedule schedule, long horizon) {
    // A window in days of the agreement is checked by its last day, the day it is due.
    OptionalLong due =
        schedule instanceof Schedule.AgreementWindow w
            ? OptionalLong.of(w.last())
            : HeaderClock.agreementDay(schedule, clock);
    if (due.isEmpty() || due.getAsLong() < 1 || due.getAsLong() > QuantityChecks.MAX_DAYS) {
      return; // day 0 and below, or past the bound: QuantityChecks, ClauseLowering
    }
    long day = due.getAsLong();
    Span span = schedule.span();
    Span3 b = bounds(p, new HashSet<>());
    String name = p.name().text();
    if (day < b.earliestStart()) {
      ctx.report(DiagnosticCode.AGREEMENT_DAY_BEFORE_PHASE, span, day, name, b.earliestStart());
    } else if (day > horizon) {
      ctx.report(DiagnosticCode.AGREEMENT_DAY_UNREACHABLE, span, day, horizon);
    } else {
      plannedEnd(p, b)
          .filter(end -> day > end)
          .ifPresent(end -> ctx.report(DiagnosticCode.OUTLIVES_PHASE, span, day, name, end));
    }
  }

  /** The phase's last day before extensions in every run, when its first day is fixed. */
  private static Optional<Long> plannedEnd(Clause.Phase p, Span3 b) {
    if (p.duration().isEmpty() || b.latestStart() == UNBOUNDED) {
      return Optional.empty();
    }
    return Optional.of(plus(b.latestStart(), p.duration().get().days() - 1));
  }

  private Span3 bounds(Clause.Phase p, Set<String> visiting) {
    String name = p.name().text();
    Span3 known = memo.get(name);
    if (known != null) {
      return known;
    }
    if (!visiting.add(name)) {
      return new Span3(1, UNBOUNDED, 1, UNBOUNDED); // a cycle: PhaseGraph reports it
    }
    long earliest;
    long latest;
    if (p.begins().isEmpty()) {
      boolean first = p == firstWithoutBegins;
      earliest = 1;
      latest = first ? 1 : UNBOUNDED;
    } else {
      switch (p.begins().get()) {
        case Clause.Begins.OnDay on -> {
          earliest = Math.max(1, on.day());
          latest = Math.max(1, on.day());
        }
        case Clause.Begins.After after -> {
          Clause.Phase before = byName.get(after.phase().text());
          if (before == null) {
            earliest = 1;
            latest = UNBOUNDED;
          } else {
            Span3 b = bounds(before, visiting);
            earliest = plus(b.earliestEnd(), 1);
            latest = plus(b.latestEnd(), 1);
          }
        }
        case Clause.Begins.When when -> {
          earliest = 1;
          latest = UNBOUNDED;
        }
      }
    }
    // An end condition may end the phase on its first day; otherwise it lasts its length.
    long earliestEnd =
        p.endsWhen().isPresent() || p.duration().isEmpty()
            ? earliest
            : plus(earliest, p.duration().get().days() - 1);
    Span3 result = new Span3(earliest, latest, earliestEnd, plus(latest, extraDays(p)));
    visiting.remove(name);
    memo.put(name, result);
    return result;
  }

  /** Days past its first day a phase can last at most: its length less one plus its caps. */
  private static long extraDays(Clause.Phase p) {
    if (p.duration().isEmpty()) {
      return UNBOUNDED;
    }
    long extra = p.duration().get().days() - 1;
    for (Clause clause : PhaseBodies.clauses(p)) {
      if (clause instanceof Clause.Extension e) {
        if (e.cap().isEmpty()) {
          return UNBOUNDED;
        }
        extra = plus(extra, e.cap().get().days());
      }
    }
    return extra;
  }

  private static long plus(long a, long b) {
    if (a == UNBOUNDED || b == UNBOUNDED) {
      return UNBOUNDED;
    }
    return Counts.saturatedSum(a, b);
  }
}
