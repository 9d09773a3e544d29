package org.truce.timeline.internal;

import java.util.List;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineEvent.DueKind;
import org.truce.timeline.TimelineEvent.Part;
import org.truce.timeline.TimelineEvent.Timing;
import org.truce.timeline.TimelineNote;

/**
 * Performs what one phase's clauses require on one day, in clause order. Exchanges are left to the
 * caller, which answers all the day's releases at once.
 */
final class Obligations {
  private final World world;
  private final List<TimelineEvent> events;
  private final List<TimelineNote> notes;

  Obligations(World world, List<TimelineEvent> events, List<TimelineNote> notes) {
    this.world = world;
    this.events = events;
    this.notes = notes;
  }

  /**
   * What {@code run}'s clauses require on {@code day}, in clause order, those that outlive the
   * phase (deadlines in days of the agreement) in their place among the others.
   */
  void perform(PhaseRunState run, long day) {
    long phaseDay = run.phaseDay(day);
    for (PhaseClause clause : run.phase.clauses()) {
      outliving(run, clause, day);
      switch (clause) {
        case PhaseClause.Hostilities h -> {
          if (phaseDay == 1) {
            world.hostilities = h.state();
            events.add(new TimelineEvent.HostilitiesSet(run.name(), h.state(), h.ref()));
          }
        }
        case PhaseClause.Release r -> release(run, r, day, phaseDay);
        case PhaseClause.Delivery d -> deliver(run, d, phaseDay);
        case PhaseClause.Withdrawal w -> {
          Optional<Timing> timing = deadline(w.deadline(), phaseDay);
          timing.ifPresent(
              t ->
                  events.add(
                      new TimelineEvent.Due(
                          run.name(), w.party(), DueKind.WITHDRAWAL, w.area(), t, w.ref())));
        }
        case PhaseClause.Undertaking u -> {
          Optional<Timing> timing =
              u.deadline().isEmpty()
                  ? (phaseDay == u.startsOnPhaseDay()
                      ? Optional.of(u.fromDay().isPresent() ? Timing.FROM_DAY : Timing.IN_FORCE)
                      : Optional.empty())
                  : deadline(u.deadline().get(), phaseDay);
          timing.ifPresent(
              t ->
                  events.add(
                      new TimelineEvent.Due(
                          run.name(), u.party(), DueKind.UNDERTAKING, u.duty(), t, u.ref())));
        }
        case PhaseClause.Talks t -> {
          if (phaseDay == t.beginByDay()) {
            events.add(
                new TimelineEvent.TalksBegin(run.name(), t.onPhase(), t.beginByDay(), t.ref()));
          }
        }
        case PhaseClause.Extension e -> extensionRelease(run, e, day);
        case PhaseClause.Order o -> {
          // honoured by placing the earlier releases (OrderDays)
        }
        case PhaseClause.Exchange x -> {
          // answered by the caller once all of the day's releases are known
        }
        case PhaseClause.Right r -> {
          // rights are choices, not obligations: a compliant run does not exercise them
        }
        case PhaseClause.Assurance a -> {
          // assurances constrain rights, which this run does not exercise
        }
      }
    }
  }

  /** Notes, for a phase that has just ended, every release schedule it left short of its count. */
  void noteUnfinished(PhaseRunState run) {
    for (PhaseClause clause : run.phase.clauses()) {
      if (clause instanceof PhaseClause.Release r
          && r.count().isPresent()
          && !openEnded(r.schedule())
          && !(r.schedule().orElse(null) instanceof Schedule.ByAgreementDay)
          && !(r.schedule().orElse(null) instanceof Schedule.AgreementWindow)
          && !(r.schedule().orElse(null) instanceof Schedule.After)) {
        long scheduled = run.dueSoFar.getOrDefault(r, 0L);
        if (scheduled < r.count().get()) {
          notes.add(
              new TimelineNote.Unfinished(
                  run.name(), r.party(), r.category(), r.count().get(), scheduled, r.ref()));
        }
      }
    }
  }

  private void release(PhaseRunState run, PhaseClause.Release r, long day, long phaseDay) {
    long soFar = run.dueSoFar.getOrDefault(r, 0L);
    long remaining = r.count().map(c -> c - soFar).orElse(Long.MAX_VALUE);
    long available = world.ledger.available(r.party(), r.category());
    Timing timing;
    long due;
    if (r.schedule().isEmpty()) {
      long lastDay = OrderDays.placed(run.phase, r, run.indefinite() ? 1 : run.lengthDays());
      if (phaseDay != lastDay) {
        return;
      }
      timing = Timing.PHASE_END;
      due = r.count().orElse(available);
    } else if (r.schedule().get() instanceof Schedule.BestEffort effort) {
      long ordered = OrderDays.placed(run.phase, r, Long.MAX_VALUE);
      if (effort.longStop().isEmpty() && ordered < Long.MAX_VALUE) {
        // no date of its own, but an order makes it due by the first release it must precede
        if (phaseDay != ordered) {
          return;
        }
        timing = Timing.BY_DAY;
        due = r.count().orElse(available);
      } else if (effort.longStop().isEmpty()) {
        if (phaseDay == 1) {
          long held = r.count().map(c -> Math.min(c, available)).orElse(available);
          notes.add(
              new TimelineNote.InProgress(
                  run.name(), r.party(), r.category(), held, effort.pace(), r.ref()));
        }
        return;
      } else {
        if (phaseDay != OrderDays.placed(run.phase, r, effort.longStop().get())) {
          return;
        }
        timing = Timing.LONG_STOP;
        due = r.count().orElse(available);
      }
    } else if (r.schedule().get() instanceof Schedule.Batches b) {
      if (phaseDay < b.fromDay() || (phaseDay - b.fromDay()) % b.everyDays() != 0) {
        return;
      }
      timing = Timing.BATCH;
      due = Math.min(b.size(), r.count().isPresent() ? remaining : available);
    } else if (r.schedule().get() instanceof Schedule.After after) {
      // while its phase is in force; after it has ended, outliving() places it
      if (!Conditionals.dueDay(run, r, after).map(d -> d == day).orElse(false)) {
        return;
      }
      timing = Timing.AFTER_TRIGGER;
      due = r.count().orElse(available);
    } else if (r.schedule().get() instanceof Schedule.ByDay by) {
      if (phaseDay != OrderDays.placed(run.phase, r, by.day())) {
        return;
      }
      timing = Timing.BY_DAY;
      due = r.count().orElse(available);
    } else {
      Optional<Timing> deadline = deadline(r.schedule().get(), phaseDay);
      if (deadline.isEmpty()) {
        return;
      }
      timing = deadline.get();
      due = r.count().orElse(available);
    }
    if (due <= 0) {
      return;
    }
    run.dueSoFar.merge(r, due, Long::sum);
    perform(run, r.party(), r.category(), due, timing, r.count().isEmpty(), r.ref(), day);
  }

  private void extensionRelease(PhaseRunState run, PhaseClause.Extension e, long day) {
    if (!(e.trigger() instanceof PhaseClause.Extension.Trigger.PerReleases per)) {
      return;
    }
    for (PhaseRunState.Step step : run.steps) {
      if (step.clause() == e && step.firstDay() == day) {
        perform(
            run,
            world.releaserOf(per),
            per.category(),
            per.count(),
            Timing.EXTENSION,
            false,
            e.ref(),
            day);
      }
    }
  }

  private void perform(
      PhaseRunState run,
      String party,
      Category category,
      long due,
      Timing timing,
      boolean allRemaining,
      ClauseRef ref,
      long day) {
    List<Part> parts = world.ledger.release(party, category, due);
    long count = parts.stream().mapToLong(Part::count).sum();
    if (count < due) {
      notes.add(new TimelineNote.Shortfall(day, run.name(), party, category, due, count, ref));
    }
    events.add(
        new TimelineEvent.Released(
            run.name(), party, category, count, due, parts, timing, allRemaining, ref));
  }

  private void deliver(PhaseRunState run, PhaseClause.Delivery d, long phaseDay) {
    long amount;
    if (d.schedule() instanceof Schedule.Batches b) {
      if (phaseDay < b.fromDay() || (phaseDay - b.fromDay()) % b.everyDays() != 0) {
        return;
      }
      // Only a batch that is the whole amount is a rate (`600 aid.truck per day`); otherwise the
      // amount is a total, and the last batch is what is left of it.
      amount =
          b.size() == d.amount()
              ? b.size()
              : Math.min(b.size(), d.amount() - run.deliveredSoFar.getOrDefault(d, 0L));
      if (amount <= 0) {
        return;
      }
    } else if (deadline(d.schedule(), phaseDay).isPresent()) {
      amount = d.amount();
    } else {
      return;
    }
    long soFar = run.deliveredSoFar.merge(d, amount, Long::sum);
    events.add(delivered(run, d, amount, soFar));
  }

  /**
   * The day's delivery; its sub-quotas go with a rate's every day, and with the day a total is made
   * whole (docs/semantics.md, "Sub-quotas").
   */
  private static TimelineEvent.Delivered delivered(
      PhaseRunState run, PhaseClause.Delivery d, long amount, long soFar) {
    boolean rate =
        d.schedule() instanceof Schedule.Batches b && b.size() == d.amount() && amount == b.size();
    boolean whole = rate || soFar == d.amount();
    return new TimelineEvent.Delivered(
        run.name(),
        d.party(),
        d.verb(),
        amount,
        d.what(),
        d.ref(),
        whole ? d.ofWhich() : List.of(),
        rate ? amount : d.amount());
  }

  /** True for a best-effort release with no long stop: it is never due (docs/timeline.md). */
  private static boolean openEnded(Optional<Schedule> schedule) {
    return schedule.orElse(null) instanceof Schedule.BestEffort effort
        && effort.longStop().isEmpty();
  }

  /** The timing of a one-day schedule that falls on this phase day, if it does. */
  private static Optional<Timing> deadline(Schedule schedule, long phaseDay) {
    return switch (schedule) {
      case Schedule.OnDay on ->
          on.day() == phaseDay ? Optional.of(Timing.ON_DAY) : Optional.empty();
      case Schedule.ByDay by ->
          by.day() == phaseDay ? Optional.of(Timing.BY_DAY) : Optional.empty();
      case Schedule.Batches b ->
          b.fromDay() == phaseDay ? Optional.of(Timing.ON_DAY) : Optional.empty();
      case Schedule.ByAgreementDay by -> Optional.empty(); // see outliving()
      case Schedule.AgreementWindow w -> Optional.empty();
      case Schedule.BestEffort effort ->
          effort.longStop().filter(day -> day == phaseDay).map(day -> Timing.LONG_STOP);
      case Schedule.Window window ->
          window.last() == phaseDay ? Optional.of(Timing.WINDOW) : Optional.empty();
      case Schedule.After after -> Optional.empty(); // see release() and outliving()
    };
  }

  /**
   * Deadlines in days of the agreement ({@code by day N of the agreement}) of a phase that has
   * begun (releases, deliveries, withdrawals, undertakings): placed on day N of the agreement,
   * whether the phase is still in force or has ended by then (docs/semantics.md, "Deadlines in days
   * of the agreement"). Called once a day for every phase that has begun, open or ended, so that an
   * obligation outlives its phase.
   */
  void outliving(PhaseRunState run, long day) {
    for (PhaseClause clause : run.phase.clauses()) {
      outliving(run, clause, day);
    }
  }

  /** Releases {@code due} units of {@code r} on {@code day}, when anything is due. */
  private void releaseDue(
      PhaseRunState run, PhaseClause.Release r, long due, Timing timing, long day) {
    if (due > 0) {
      run.dueSoFar.merge(r, due, Long::sum);
      perform(run, r.party(), r.category(), due, timing, r.count().isEmpty(), r.ref(), day);
    }
  }

  /** What {@code clause} requires on {@code day} if it outlives its phase (see above). */
  private void outliving(PhaseRunState run, PhaseClause clause, long day) {
    switch (clause) {
      case PhaseClause.Release r
          when r.schedule().isPresent() && agreementDay(r.schedule().get(), day) -> {
        long available = world.ledger.available(r.party(), r.category());
        long due = r.count().map(c -> c - run.dueSoFar.getOrDefault(r, 0L)).orElse(available);
        releaseDue(run, r, due, Timing.BY_AGREEMENT_DAY, day);
      }
      case PhaseClause.Release r
          when run.ended()
              && run.end < day
              && r.schedule().orElse(null) instanceof Schedule.After after
              && Conditionals.dueDay(run, r, after).map(d -> d == day).orElse(false) -> {
        long due = r.count().orElseGet(() -> world.ledger.available(r.party(), r.category()));
        releaseDue(run, r, due, Timing.AFTER_TRIGGER, day);
      }
      case PhaseClause.Delivery d when agreementDay(d.schedule(), day) -> {
        long soFar = run.deliveredSoFar.merge(d, d.amount(), Long::sum);
        events.add(delivered(run, d, d.amount(), soFar));
      }
      case PhaseClause.Withdrawal w when agreementDay(w.deadline(), day) ->
          events.add(
              new TimelineEvent.Due(
                  run.name(),
                  w.party(),
                  DueKind.WITHDRAWAL,
                  w.area(),
                  Timing.BY_AGREEMENT_DAY,
                  w.ref()));
      case PhaseClause.Undertaking u
          when u.deadline().isPresent() && agreementDay(u.deadline().get(), day) ->
          events.add(
              new TimelineEvent.Due(
                  run.name(),
                  u.party(),
                  DueKind.UNDERTAKING,
                  u.duty(),
                  Timing.BY_AGREEMENT_DAY,
                  u.ref()));
      default -> {}
    }
  }

  private static boolean agreementDay(Schedule schedule, long day) {
    return (schedule instanceof Schedule.ByAgreementDay by && by.day() == day)
        || (schedule instanceof Schedule.AgreementWindow w && w.last() == day);
  }
}
