package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.List;
import org.truce.check.internal.system.Tables.ExchangeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.check.internal.system.Tables.TalksInfo;
import org.truce.check.internal.system.Tables.Timing;
import org.truce.model.ClauseRef;
import org.truce.model.Counts;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * Compiles each phase of a text into the tables {@link DayStep} reads: its releases with their
 * timing, its exchanges with their pending counter-releases, its extensions and talks, and the
 * variables they own in the state (docs/semantics.md, "Runs, days and states"). Used once, while
 * the {@link TransitionSystem} lays out its state.
 */
final class PhaseTables {
  private final TransitionSystem ts;

  /** Exchanges compiled so far: each gets its place in the text. */
  private int exchangeCount;

  PhaseTables(TransitionSystem ts) {
    this.ts = ts;
  }

  PhaseInfo compile(Phase phase, int index) {
    String name = phase.name();
    long length = phase.durationDays().orElse(0L);
    long exactUpTo = length;
    long period = 1;
    long maxStep = 0;
    long maxCap = 0;
    boolean stepReleases = false;
    List<ReleaseInfo> releases = new ArrayList<>();
    List<ExchangeInfo> exchanges = new ArrayList<>();
    List<PhaseClause.Extension> extensions = new ArrayList<>();
    List<TalksInfo> phaseTalks = new ArrayList<>();
    for (PhaseClause clause : phase.clauses()) {
      switch (clause) {
        case PhaseClause.Release r -> {
          ReleaseInfo info = release(r, phase, length);
          exactUpTo = Math.max(exactUpTo, info.day());
          if (info.timing() == Timing.BATCH) {
            period = lcm(period, info.every());
          }
          releases.add(info);
        }
        case PhaseClause.Exchange x -> {
          int[] pending = new int[Math.toIntExact(x.withinDays())];
          long bound = ts.slots.lines().stream().mapToLong(Slots.Line::count).sum();
          for (int i = 0; i < pending.length; i++) {
            pending[i] =
                ts.vars.add(name + " exchange " + refName(x.ref()) + " pending " + (i + 1), bound);
          }
          int group =
              x.group()
                  .map(size -> ts.vars.add(name + " exchange " + refName(x.ref()) + " group", size))
                  .orElse(-1);
          exchanges.add(
              new ExchangeInfo(
                  x,
                  pending,
                  exchangeCount++,
                  ts.player(x.party()),
                  ts.slots.plan(x.party(), x.category()),
                  group));
        }
        case PhaseClause.Extension e -> {
          extensions.add(e);
          maxStep = Math.max(maxStep, e.stepDays());
          maxCap = Math.max(maxCap, e.capDays().orElse(0L));
          stepReleases |= e.trigger() instanceof PhaseClause.Extension.Trigger.PerReleases;
        }
        case PhaseClause.Talks t -> exactUpTo = Math.max(exactUpTo, t.beginByDay());
        default -> {}
      }
    }
    exactUpTo = Math.max(exactUpTo, ts.duties.exactUpTo(index));
    for (long every : ts.duties.intervals(index)) {
      period = lcm(period, every);
    }
    int status = ts.vars.add("phase " + name, 2);
    int dayVar = ts.vars.add("phase " + name + " day", exactUpTo + period);
    int left = ts.vars.add("phase " + name + " days left", Math.max(length, maxStep));
    int extension = maxCap > 0 ? ts.vars.add("phase " + name + " extension", maxCap) : Tables.NONE;
    int step =
        stepReleases ? ts.vars.add("phase " + name + " step", extensions.size()) : Tables.NONE;
    for (PhaseClause clause : phase.clauses()) {
      if (clause instanceof PhaseClause.Talks t) {
        TalksInfo info = new TalksInfo(t, index, ts.vars.add("talks on " + t.onPhase(), 3));
        phaseTalks.add(info);
        if (ts.talks.stream().noneMatch(other -> other.clause().onPhase().equals(t.onPhase()))) {
          ts.talks.add(info);
        }
      }
    }
    return new PhaseInfo(
        phase,
        index,
        status,
        dayVar,
        left,
        extension,
        step,
        exactUpTo,
        period,
        releases,
        exchanges,
        extensions,
        phaseTalks);
  }

  private ReleaseInfo release(PhaseClause.Release r, Phase phase, long length) {
    int due =
        r.count().isPresent()
            ? ts.vars.add(phase.name() + " release " + refName(r.ref()), r.count().get())
            : Tables.NONE;
    Timing timing;
    long dayOf;
    long size = 0;
    long every = 0;
    long opens = 1;
    boolean agreementDays = false;
    int since = Tables.NONE;
    if (r.schedule().isEmpty()) {
      // No schedule: by the end of the phase before extensions (an open-ended phase: day 1).
      timing = phase.durationDays().isPresent() ? Timing.BY_DAY : Timing.ON_DAY;
      dayOf = Math.max(1, length);
    } else {
      switch (r.schedule().get()) {
        case Schedule.OnDay on -> {
          timing = Timing.ON_DAY;
          dayOf = on.day();
        }
        case Schedule.ByDay by -> {
          timing = Timing.BY_DAY;
          dayOf = by.day();
        }
        case Schedule.ByAgreementDay by -> {
          // `by day N` read against the agreement's day, also after the phase has ended
          // (docs/semantics.md, "Deadlines in days of the agreement").
          timing = Timing.BY_DAY;
          dayOf = by.day();
          agreementDays = true;
        }
        case Schedule.Batches b -> {
          timing = Timing.BATCH;
          dayOf = b.fromDay();
          size = b.size();
          every = b.everyDays();
        }
        case Schedule.BestEffort b -> {
          // With a long stop, exactly a `by day` release; without, never due (docs/semantics.md).
          timing = b.longStop().isPresent() ? Timing.BY_DAY : Timing.BEST_EFFORT;
          dayOf = b.longStop().orElse(0L);
        }
        case Schedule.Window w -> {
          // A `by day L` release that may not be made before day F (docs/semantics.md).
          timing = Timing.BY_DAY;
          dayOf = w.last();
          opens = w.first();
        }
        case Schedule.AgreementWindow w -> {
          // The same window in the agreement's days, outliving its phase.
          timing = Timing.BY_DAY;
          dayOf = w.last();
          opens = w.first();
          agreementDays = true;
        }
        case Schedule.After a -> {
          // A `by day N` release whose days are those of its own period, counted once armed.
          timing = Timing.BY_DAY;
          dayOf = a.withinDays();
          since = ts.vars.add(phase.name() + " release " + refName(r.ref()) + " armed", dayOf + 1);
        }
      }
    }
    return new ReleaseInfo(
        r,
        r.party(),
        r.category(),
        r.count(),
        timing,
        dayOf,
        size,
        every,
        opens,
        agreementDays,
        since,
        due,
        ts.player(r.party()),
        ts.slots.plan(r.party(), r.category()),
        Releases.everyAmount(ts, r.party(), r.category()),
        Releases.probes(ts, r.party(), r.category()));
  }

  /** A clause's id, else its label, for variable names. */
  static String refName(ClauseRef ref) {
    return ref.id().or(ref::label).orElse("clause");
  }

  /**
   * Past this, a phase's period is saturated: its least common multiple of intervals of up to 36525
   * days each can overflow a long. The period only matters to a run that stays in the phase that
   * many days past its exact days, each day a state of its own: more states than a search can hold
   * ({@code StateStore.MOST_STATES}), so no search reaches the wrap and the saturated period
   * changes no result. It keeps the phase day within 32 bits.
   */
  static final long MOST_PERIOD = 1L << 31;

  private static long lcm(long a, long b) {
    long g = a;
    long h = b;
    while (h != 0) {
      long t = g % h;
      g = h;
      h = t;
    }
    return Math.min(MOST_PERIOD, Counts.saturatedProduct(a / g, b));
  }
}
