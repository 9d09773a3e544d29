package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import org.truce.ledger.Event;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.model.SubQuota;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineNote;
import org.truce.vocabulary.Pace;

/**
 * The obligations of the compliant timeline checked against what happened. Releases and deliveries
 * are cumulative: the units counted so far go to the earliest obligation of the same party and
 * category first, so that a late batch makes that one late, not the next. A withdrawal, or an
 * undertaking with a deadline, is due by its day ({@link Fulfilment}); an undertaking with none is
 * in force while its phase is.
 */
final class ObligationCheck {
  private final Replay replay;
  private final List<ObligationLine> lines = new ArrayList<>();
  private final Fulfilment fulfilment;
  private final Allocation allocation;
  private final List<Runnable> emit = new ArrayList<>();
  private final AidPeriods periods;
  private ConditionalCheck conditionals;

  ObligationCheck(Replay replay, Allocation allocation) {
    this.periods = new AidPeriods(replay);
    this.replay = replay;
    this.allocation = allocation;
    this.fulfilment = new Fulfilment(replay);
  }

  /**
   * Walks the compliant timeline and makes a claim on the allocation for each release obligation
   * (docs/monitor.md, "Obligations"); the lines are made once the releases are allocated ({@link
   * #lines}).
   */
  void register() {
    Map<String, Long> owedSoFar = new HashMap<>();
    conditionals = new ConditionalCheck(replay, allocation);
    for (Timeline.Day day : replay.timeline.days()) {
      for (TimelineEvent event : day.events()) {
        switch (event) {
          // A conditional release is due counted from its trigger as recorded, not as the
          // compliant run completed it: ConditionalCheck reads it.
          case TimelineEvent.Released r when r.timing() == TimelineEvent.Timing.AFTER_TRIGGER -> {}
          case TimelineEvent.Released r -> {
            String key = releaseKey(r.party(), r.category());
            conditionals.placeBefore(key, day.day(), owedSoFar);
            owedSoFar.merge(key, r.due(), Long::sum);
            Allocation.Claim claim =
                allocation.claim(r.party(), r.category(), 1, day.day(), r.due());
            Optional<Long> opens = windowOpens(r, day);
            emit.add(
                () ->
                    cumulative(
                        r.party(),
                        "releases " + r.due() + " " + r.category(),
                        Optional.of(r.category().path()),
                        day.day(),
                        opens,
                        r.due(),
                        r.due(),
                        claim::upTo,
                        r.ref(),
                        claim));
          }
          case TimelineEvent.Delivered d -> {
            String key = "delivery\n" + d.party() + "\n" + d.what();
            long owed = owedSoFar.merge(key, d.amount(), Long::sum);
            emit.add(
                () ->
                    cumulative(
                        d.party(),
                        d.verb().name().toLowerCase(java.util.Locale.ROOT)
                            + " "
                            + d.amount()
                            + " "
                            + d.what()
                            + periodNote(d, owed, day.day()),
                        Optional.empty(),
                        day.day(),
                        Optional.empty(),
                        d.amount(),
                        owed,
                        upTo -> aidUpTo(d, upTo),
                        d.ref(),
                        null));
            subQuotas(d, day, owedSoFar);
          }
          case TimelineEvent.Due due -> emit.add(() -> due(due, day));
          default -> {}
        }
      }
    }
    for (TimelineNote note : replay.timeline.notes()) {
      if (note instanceof TimelineNote.InProgress undated) {
        // never due on a day: after every obligation that is
        Allocation.Claim claim =
            allocation.claim(
                undated.party(), undated.category(), 1, Long.MAX_VALUE, undated.held());
        emit.add(() -> undated(undated, claim));
      }
    }
    conditionals.placeRest(owedSoFar);
  }

  /** The lines, once the allocation has run. */
  List<ObligationLine> lines() {
    emit.forEach(Runnable::run);
    lines.addAll(conditionals.lines());
    return lines;
  }

  /** The key under which the releases of one party and category are owed cumulatively. */
  static String releaseKey(String party, org.truce.model.Category category) {
    return party + "\n" + category;
  }

  /**
   * A best-effort release with no long stop (docs/timeline.md): the timeline gives it no day, so it
   * is never due on one and never overdue; from the first day of its phase it is ongoing, and
   * fulfilled once the units held then are released.
   */
  private void undated(TimelineNote.InProgress release, Allocation.Claim claim) {
    Optional<Timeline.PhaseRun> run =
        replay.timeline.phases().stream().filter(p -> p.name().equals(release.phase())).findFirst();
    if (run.isEmpty() || run.get().startDay() > replay.today) {
      return;
    }
    long since = run.get().startDay();
    LongUnaryOperator doneBy = claim::upTo;
    long done = Math.min(doneBy.applyAsLong(replay.today), release.held());
    boolean fulfilled = done == release.held();
    // the day it was fulfilled, or the day it has been under way since
    long day = fulfilled ? firstDayReaching(doneBy, release.held(), replay.today) : since;
    lines.add(
        new ObligationLine(
            fulfilled ? ObligationState.FULFILLED : ObligationState.ONGOING,
            release.party(),
            "releases "
                + release.held()
                + " "
                + release.category()
                + (release.pace() == Pace.AS_LOCATED ? " as located" : " as soon as possible"),
            Optional.of(release.category().path()),
            day,
            Optional.empty(), // due on no date: not even the day it has been under way since
            release.held(),
            done,
            0,
            release.ref().cite(),
            Optional.empty(),
            claim.unreported,
            claim.beyond,
            claim.unreportedBeyond));
  }

  /**
   * The day of the agreement a release window opens, for a release the timeline placed on the last
   * day of its window (docs/semantics.md, "Release windows"): as many days before the placed day as
   * the window is long. The clause is found by phase, party, category and last day.
   */
  private Optional<Long> windowOpens(TimelineEvent.Released r, Timeline.Day day) {
    if (r.timing() == TimelineEvent.Timing.BY_AGREEMENT_DAY) {
      // A window in days of the agreement: placed on its last day, opens on its first.
      return replay.agreement.phases().stream()
          .filter(p -> p.name().equals(r.phase()))
          .flatMap(p -> p.clauses().stream())
          .flatMap(
              c ->
                  c instanceof PhaseClause.Release release
                          && release.party().equals(r.party())
                          && release.category().equals(r.category())
                          && release.schedule().orElse(null) instanceof Schedule.AgreementWindow w
                          && w.last() == day.day()
                          && w.first() < w.last()
                      ? java.util.stream.Stream.of(w.first())
                      : java.util.stream.Stream.empty())
          .findFirst();
    }
    long phaseDay =
        day.phases().stream()
            .filter(p -> p.phase().equals(r.phase()))
            .mapToLong(Timeline.PhaseDay::phaseDay)
            .findFirst()
            .orElse(0);
    if (r.timing() == TimelineEvent.Timing.LONG_STOP && phaseDay > 0) {
      // best effort until the long stop: in progress from the first day of its phase
      return Optional.of(day.day() - phaseDay + 1);
    }
    if (r.timing() != TimelineEvent.Timing.WINDOW) {
      return Optional.empty();
    }
    return replay.agreement.phases().stream()
        .filter(p -> p.name().equals(r.phase()))
        .flatMap(p -> p.clauses().stream())
        .flatMap(
            c ->
                c instanceof PhaseClause.Release release
                        && release.party().equals(r.party())
                        && release.category().equals(r.category())
                        && release.schedule().orElse(null) instanceof Schedule.Window w
                        && w.last() == phaseDay
                    ? java.util.stream.Stream.of(day.day() - (w.last() - w.first()))
                    : java.util.stream.Stream.empty())
        .findFirst();
  }

  /**
   * An obligation to have done {@code owed} in all (this one's {@code due} the last part of it) by
   * the end of {@code dueDay}; {@code doneBy} gives what counts toward it up to a day. A release
   * window ({@code opens}: the day it opens) is in progress from its first day to the day before
   * its last.
   */
  private void cumulative(
      String party,
      String what,
      Optional<String> category,
      long dueDay,
      Optional<Long> opens,
      long due,
      long owed,
      LongUnaryOperator doneBy,
      ClauseRef ref,
      Allocation.Claim claim) {
    long today = replay.today;
    long before = owed - due;
    long doneNow = Math.clamp(doneBy.applyAsLong(today) - before, 0, due);
    Optional<Long> fulfilledOn = Optional.empty();
    if (doneNow == due) {
      fulfilledOn = Optional.of(firstDayReaching(doneBy, owed, today));
    }
    Standing standing = Standing.of(fulfilledOn, dueDay, today);
    if (standing.state() == ObligationState.UPCOMING && opens.isPresent() && today >= opens.get()) {
      standing = new Standing(ObligationState.IN_PROGRESS, 0);
    }
    lines.add(
        new ObligationLine(
            standing.state(),
            party,
            what,
            category,
            dueDay,
            Optional.of(replay.clock.dateOf(dueDay)),
            due,
            doneNow,
            standing.late(),
            ref.cite(),
            Optional.empty(),
            claim == null ? 0 : claim.unreported,
            claim == null ? 0 : claim.beyond,
            claim == null ? 0 : claim.unreportedBeyond));
  }

  /** The first day by which {@code doneBy} reaches {@code owed}; it does by {@code today}. */
  static long firstDayReaching(LongUnaryOperator doneBy, long owed, long today) {
    long low = 1;
    long high = today;
    while (low < high) {
      long mid = low + (high - low) / 2;
      if (doneBy.applyAsLong(mid) >= owed) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /**
   * Aid that may have been delivered up to a day and counts toward {@code d}: its clause, or its
   * category. A figure for a period counts from the period's first day ({@link AidPeriods}).
   */
  private long aidUpTo(TimelineEvent.Delivered d, long day) {
    return periods.upTo(day, aid -> counts(aid, d));
  }

  /**
   * Where what is owed in all by {@code dueDay} was met on time only within a period's figure: the
   * words that say so.
   */
  private String periodNote(TimelineEvent.Delivered d, long owed, long dueDay) {
    if (dueDay > replay.today || aidUpTo(d, dueDay) < owed) {
      return "";
    }
    return periods.note(dueDay, owed, aid -> counts(aid, d));
  }

  private static boolean counts(Event.Aid aid, TimelineEvent.Delivered d) {
    return aid.by().map(d.party()::equals).orElse(true)
        && (aid.clause().map(c -> Replay.names(d.ref(), c)).orElse(false)
            || within(aid.what(), d.what().path()));
  }

  /**
   * Each sub-quota the day's delivery completes (docs/monitor.md, "Sub-quotas"): a category floor
   * is a cumulative obligation of its own, counted from the aid recorded under that category (or
   * below it); a qualifier in words is not something the ledger records, so it is listed once, in
   * force, for the monitor to check by hand rather than judged.
   */
  private void subQuotas(TimelineEvent.Delivered d, Timeline.Day day, Map<String, Long> owedSoFar) {
    String of = " (of " + d.ofAmount() + " " + d.what() + ")";
    for (SubQuota part : d.ofWhich()) {
      if (part.category().isEmpty()) {
        String key = "qualifier\n" + d.party() + "\n" + d.ref().cite() + "\n" + part.label();
        if (owedSoFar.putIfAbsent(key, 0L) == null) {
          emit.add(
              () ->
                  lines.add(
                      new ObligationLine(
                          ObligationState.IN_FORCE,
                          d.party(),
                          d.verb().name().toLowerCase(java.util.Locale.ROOT)
                              + " at least "
                              + part.amount()
                              + " "
                              + part.label()
                              + of
                              + ": not recorded in the ledger, check by hand",
                          Optional.empty(),
                          day.day(),
                          Optional.of(replay.clock.dateOf(day.day())),
                          part.amount(),
                          0,
                          0,
                          d.ref().cite())));
        }
        continue;
      }
      String path = part.category().get().path();
      String key = "sub-quota\n" + d.party() + "\n" + path;
      long owed = owedSoFar.merge(key, part.amount(), Long::sum);
      emit.add(
          () ->
              cumulative(
                  d.party(),
                  d.verb().name().toLowerCase(java.util.Locale.ROOT)
                      + " at least "
                      + part.amount()
                      + " "
                      + path
                      + of,
                  Optional.empty(),
                  day.day(),
                  Optional.empty(),
                  part.amount(),
                  owed,
                  upTo -> aidOfCategoryUpTo(d.party(), path, upTo),
                  d.ref(),
                  null));
    }
  }

  /** Aid of {@code path} (or a category below it) {@code party} may have delivered up to a day. */
  private long aidOfCategoryUpTo(String party, String path, long day) {
    return periods.upTo(
        day, aid -> aid.by().map(party::equals).orElse(true) && within(aid.what(), path));
  }

  /** True when the recorded category {@code what} is {@code path} or lies below it. */
  private static boolean within(String what, String path) {
    return what.equals(path) || what.startsWith(path + ".");
  }

  private void due(TimelineEvent.Due due, Timeline.Day day) {
    boolean ongoing =
        due.timing() == TimelineEvent.Timing.IN_FORCE
            || due.timing() == TimelineEvent.Timing.FROM_DAY;
    if (due.kind() == TimelineEvent.DueKind.UNDERTAKING && ongoing) {
      // An undertaking with no deadline: in force while its phase is, and only then.
      boolean phaseInForce =
          replay.timeline.day(replay.today).stream()
              .flatMap(d -> d.phases().stream())
              .anyMatch(p -> p.phase().equals(due.phase()));
      // `from day F`: placed on the day it starts; before that day nothing is due under it.
      boolean started = due.timing() != TimelineEvent.Timing.FROM_DAY || replay.today >= day.day();
      if (phaseInForce) {
        lines.add(
            new ObligationLine(
                started ? ObligationState.IN_FORCE : ObligationState.UPCOMING,
                due.party(),
                "undertakes \"" + due.what() + "\"",
                Optional.empty(),
                day.day(),
                Optional.of(replay.clock.dateOf(day.day())),
                0,
                0,
                0,
                due.ref().cite()));
      }
      return;
    }
    // A withdrawal, or an undertaking with a deadline: due by its day, whether or not its phase
    // is still in force (docs/monitor.md, "Deadlines, done and done in part").
    lines.add(fulfilment.line(due, day.day()));
  }

  /** Where an obligation due on {@code dueDay} stands on {@code today}, and how late it is. */
  private record Standing(ObligationState state, long late) {
    static Standing of(Optional<Long> fulfilledOn, long dueDay, long today) {
      if (fulfilledOn.isPresent()) {
        return new Standing(ObligationState.FULFILLED, Math.max(0, fulfilledOn.get() - dueDay));
      }
      if (today < dueDay) {
        return new Standing(ObligationState.UPCOMING, 0);
      }
      return today == dueDay
          ? new Standing(ObligationState.DUE_TODAY, 0)
          : new Standing(ObligationState.OVERDUE, today - dueDay);
    }
  }
}
