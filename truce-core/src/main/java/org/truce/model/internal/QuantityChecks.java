package org.truce.model.internal;

import org.truce.model.Counts;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Length;
import org.truce.syntax.Schedule;

/**
 * Numbers that must make sense on their own: counts, durations, batch sizes, intervals, ratios,
 * extension steps and caps are at least 1 (E301); lengths are at most {@link #MAX_DAYS} days, weeks
 * counted as 7 days (E307); days are counted from 1 (E405) and go up to {@link #MAX_DAYS} (E308);
 * an exchange is answered within at most {@link #MAX_EXCHANGE_DAYS} days (E309); a batch schedule
 * releases its last batch by day {@link #MAX_DAYS} (E310); an extension cap is a whole number of
 * steps (E306), and an indefinite phase cannot be extended (E406).
 *
 * <p>The bounds are what keeps every later stage safe (docs/decisions/0011): the checker keeps a
 * state variable per day of an exchange's window, and the timeline, the checker, the Promela export
 * and the monitor add and multiply days, counts and ratios. With days and lengths at most 36525 and
 * every number at most 1000000000 (E104), no sum of days overflows an int, and a product of two
 * numbers fits a long ({@link org.truce.model.Counts} saturates longer products).
 */
public final class QuantityChecks {
  /** The longest length and the latest day a text may name: 100 years of 365.25 days. */
  public static final long MAX_DAYS = 36_525L;

  /** The longest window of an exchange: the checker keeps one variable per day of it. */
  public static final long MAX_EXCHANGE_DAYS = 366L;

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
    if (phase.begins().orElse(null) instanceof Clause.Begins.OnDay d) {
      day(d.day(), d.span());
    }
    for (Clause clause : PhaseBodies.clauses(phase)) {
      switch (clause) {
        case Clause.Release r -> {
          if (r.quantity() instanceof Clause.Quantity.Count c) {
            positive(c.value(), c.span(), "the number of `" + r.category().path() + "` released");
          }
          r.schedule().ifPresent(this::schedule);
          if (r.quantity() instanceof Clause.Quantity.Count c
              && r.schedule().orElse(null) instanceof Schedule.Batches b) {
            lastBatch(c.value(), b);
          }
        }
        case Clause.Exchange e -> {
          positive(e.perUnit(), e.span(), e.lump() ? "the lump" : "the ratio");
          e.group().ifPresent(size -> positive(size, e.span(), "the group"));
          e.within().ifPresent(this::exchangeWindow);
        }
        case Clause.Delivery d -> {
          positive(d.amount(), d.span(), "the number of `" + d.what().path() + "`");
          schedule(d.schedule());
        }
        case Clause.Withdrawal w -> schedule(w.deadline());
        case Clause.Undertaking u -> u.deadline().ifPresent(this::schedule);
        case Clause.Talks t -> day(t.beginByDay(), t.span());
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
      case Schedule.ByAgreementDay d -> day(d.day(), d.span());
      case Schedule.ByDate d -> {} // its day is known once lowered: ClauseLowering
      case Schedule.Batches b -> {
        positive(b.size(), b.span(), "the batch size");
        positive(b.interval(), "the interval between batches");
        b.from().ifPresent(from -> day(from, b.span()));
      }
      case Schedule.BestEffort b -> b.longStop().ifPresent(d -> longStop(d, b.span()));
      case Schedule.Window w -> window(w);
      case Schedule.AgreementWindow w -> {
        day(w.first(), w.span());
        day(w.last(), w.span());
        if (w.first() > w.last()) {
          ctx.report(DiagnosticCode.WINDOW_REVERSED, w.span(), w.first(), w.last());
        }
      }
      case Schedule.After a -> {
        positive(a.within(), "the period after `within`");
        if (a.within().amount() >= 1) {
          day(a.within().days(), a.within().span());
        }
        a.count().ifPresent(n -> positive(n, a.span(), "the number released that arms it"));
      }
    }
  }

  /** Both days of a window are days of the phase, the first no later than the last (E175). */
  private void window(Schedule.Window w) {
    day(w.first(), w.span());
    day(w.last(), w.span());
    if (w.first() > w.last()) {
      ctx.report(DiagnosticCode.WINDOW_REVERSED, w.span(), w.first(), w.last());
    }
  }

  /** A long stop is a day of the phase like any other, but day 0 gets its own words (E455). */
  private void longStop(long day, Span span) {
    if (day < 1) {
      ctx.report(DiagnosticCode.LONG_STOP_BEFORE_PHASE, span);
    } else {
      day(day, span);
    }
  }

  private void day(long day, Span span) {
    if (day < 1) {
      ctx.report(DiagnosticCode.DAY_ZERO, span);
    } else if (day > MAX_DAYS) {
      ctx.report(DiagnosticCode.DAY_TOO_LATE, span, day, MAX_DAYS);
    }
  }

  private void exchangeWindow(Length within) {
    positive(within, "the period after `within`");
    if (within.amount() >= 1 && within.days() <= MAX_DAYS && within.days() > MAX_EXCHANGE_DAYS) {
      ctx.report(
          DiagnosticCode.EXCHANGE_WINDOW_TOO_LONG, within.span(), MAX_EXCHANGE_DAYS, within.days());
    }
  }

  /**
   * The day of the last batch of {@code total} units, {@code size} every {@code interval} days from
   * day {@code from}: at most {@link #MAX_DAYS}, so that no stage counts batches or days past it.
   * Inside a phase of known length E304 and E401 say more; this bounds indefinite phases.
   */
  private void lastBatch(long total, Schedule.Batches b) {
    long from = b.from().orElse(1L);
    long every = b.interval().days();
    if (total < 1 || b.size() < 1 || every < 1 || every > MAX_DAYS || from < 1 || from > MAX_DAYS) {
      return;
    }
    long batches = (total + b.size() - 1) / b.size();
    long last = Counts.saturatedSum(from, Counts.saturatedProduct(batches - 1, every));
    if (last > MAX_DAYS) {
      ctx.report(DiagnosticCode.SCHEDULE_TOO_LONG, b.span(), last, MAX_DAYS);
    }
  }

  /**
   * At least 1, and at most {@link #MAX_DAYS} once weeks are counted in days: every number in the
   * JSON form of an agreement, where lengths are written in days, stays within that bound.
   */
  private void positive(Length length, String what) {
    positive(length.amount(), length.span(), what);
    if (length.days() > MAX_DAYS) {
      ctx.report(DiagnosticCode.LENGTH_TOO_LONG, length.span(), what, length.days(), MAX_DAYS);
    }
  }

  private void positive(long value, Span span, String what) {
    if (value < 1) {
      ctx.report(DiagnosticCode.NOT_POSITIVE, span, what, value);
    }
  }
}
