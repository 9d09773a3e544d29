package org.truce.model.internal;

import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Length;
import org.truce.syntax.Schedule;

/**
 * Numbers that must make sense on their own: counts, durations, batch sizes, intervals, ratios,
 * extension steps and caps are at least 1 (E301); lengths are at most 1000000000 days, weeks
 * counted as 7 days, so that the JSON form (lengths in days) can be read back (E307); days are
 * counted from 1 (E405); an extension cap is a whole number of steps (E306), and an indefinite
 * phase cannot be extended (E406).
 */
public final class QuantityChecks {
  /** The largest number the JSON form accepts (E104 on import), here as a number of days. */
  static final long MAX_DAYS = 1_000_000_000L;

  private final BuildContext ctx;

  private QuantityChecks(BuildContext ctx) {
    this.ctx = ctx;
  }

  public static void run(AgreementSyntax tree, BuildContext ctx) {
    QuantityChecks checks = new QuantityChecks(ctx);
    for (Item item : tree.items()) {
      if (item.clause() instanceof Clause.Requirement r) {
        r.within().ifPresent(w -> checks.positive(w, "the period after `within`"));
      }
    }
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      checks.phase(phase);
    }
  }

  private void phase(Clause.Phase phase) {
    String name = phase.name().text();
    phase.duration().ifPresent(d -> positive(d, "the duration of phase `" + name + "`"));
    if (phase.begins().orElse(null) instanceof Clause.Begins.OnDay d && d.day() < 1) {
      ctx.report(DiagnosticCode.DAY_ZERO, d.span());
    }
    for (Clause clause : PhaseBodies.clauses(phase)) {
      switch (clause) {
        case Clause.Release r -> {
          if (r.quantity() instanceof Clause.Quantity.Count c) {
            positive(c.value(), c.span(), "the number of `" + r.category().path() + "` released");
          }
          r.schedule().ifPresent(this::schedule);
        }
        case Clause.Exchange e -> positive(e.perUnit(), e.span(), "the ratio");
        case Clause.Delivery d -> {
          positive(d.amount(), d.span(), "the number of `" + d.what().path() + "`");
          schedule(d.schedule());
        }
        case Clause.Withdrawal w -> schedule(w.deadline());
        case Clause.Undertaking u -> u.deadline().ifPresent(this::schedule);
        case Clause.Talks t -> {
          if (t.beginByDay() < 1) {
            ctx.report(DiagnosticCode.DAY_ZERO, t.span());
          }
        }
        case Clause.Extension e -> extension(phase, e);
        default -> {}
      }
    }
  }

  private void extension(Clause.Phase phase, Clause.Extension e) {
    positive(e.step(), "the extension step");
    e.cap().ifPresent(cap -> positive(cap, "the extension cap"));
    if (e.trigger() instanceof Clause.ExtensionTrigger.PerReleases p) {
      positive(p.count(), p.span(), "the number of releases that earns an extension");
    }
    long step = e.step().days();
    if (e.cap().isPresent() && step >= 1 && e.cap().get().days() % step != 0) {
      ctx.report(
          DiagnosticCode.CAP_NOT_A_MULTIPLE, e.cap().get().span(), e.cap().get().days(), step);
    }
    if (phase.duration().isEmpty()) {
      ctx.report(DiagnosticCode.EXTENSION_WITHOUT_END, e.span(), phase.name().text());
    }
  }

  private void schedule(Schedule schedule) {
    switch (schedule) {
      case Schedule.OnDay d -> day(d.day(), d.span());
      case Schedule.ByDay d -> day(d.day(), d.span());
      case Schedule.Batches b -> {
        positive(b.size(), b.span(), "the batch size");
        positive(b.interval(), "the interval between batches");
        b.from().ifPresent(from -> day(from, b.span()));
      }
    }
  }

  private void day(long day, Span span) {
    if (day < 1) {
      ctx.report(DiagnosticCode.DAY_ZERO, span);
    }
  }

  /**
   * At least 1, and at most {@link #MAX_DAYS} once weeks are counted in days: every number in the
   * JSON form of an agreement, where lengths are written in days, stays within that bound.
   */
  private void positive(Length length, String what) {
    positive(length.amount(), length.span(), what);
    if (length.amount() > MAX_DAYS / length.unit().days()) {
      ctx.report(DiagnosticCode.LENGTH_TOO_LONG, length.span(), what, length.days(), MAX_DAYS);
    }
  }

  private void positive(long value, Span span, String what) {
    if (value < 1) {
      ctx.report(DiagnosticCode.NOT_POSITIVE, span, what, value);
    }
  }
}
