package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import org.truce.model.Category;
import org.truce.model.Holdings;
import org.truce.model.Schedule;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.monitor.Status.TriggerLine;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineNote;
import org.truce.vocabulary.Bound;

/**
 * Conditional releases read from the ledger (docs/semantics.md, "Conditional releases";
 * docs/monitor.md): the compliant timeline's day for them is of no use, since it is counted from
 * the day the trigger completed in the compliant run. The trigger's completion day T is the first
 * day on which the releases recorded by the trigger's party reach what it asks: its count, or
 * everything that party held of the category at signing. Until then the release waits; it is armed
 * on T + 1 (or on its phase's first day, when later), due on the last day of its period, and
 * overdue after it until all of it is recorded.
 *
 * <p>A conditional release takes its place among the obligations of the same party and category by
 * the day it falls due in what happened (a waiting one after every other): the units counted go to
 * the earliest first, units recorded before its trigger completed included; {@code all remaining}
 * is what the party held of the category at signing beyond what the obligations before it ask.
 */
final class ConditionalCheck {
  /** One conditional release, its trigger as recorded, and its place among its key's releases. */
  private static final class Release {
    final int order;
    final TimelineNote.Conditional note;
    final String key;
    final TriggerLine trigger;
    final Optional<Long> armedOn;
    final Optional<Long> dueDay;
    long before;
    long due;
    boolean placed;
    Allocation.Claim claim;

    Release(
        int order,
        TimelineNote.Conditional note,
        TriggerLine trigger,
        Optional<Long> armedOn,
        Optional<Long> dueDay) {
      this.order = order;
      this.note = note;
      this.key = ObligationCheck.releaseKey(note.party(), note.category());
      this.trigger = trigger;
      this.armedOn = armedOn;
      this.dueDay = dueDay;
    }
  }

  private static final Comparator<Release> BY_DUE_DAY =
      Comparator.<Release>comparingLong(r -> r.dueDay.orElse(Long.MAX_VALUE))
          .thenComparingInt(r -> r.order);

  private final Replay replay;
  private final Allocation allocation;
  private final List<Release> releases = new ArrayList<>();

  ConditionalCheck(Replay replay, Allocation allocation) {
    this.replay = replay;
    this.allocation = allocation;
    for (TimelineNote note : replay.timeline.notes()) {
      if (note instanceof TimelineNote.Conditional c) {
        releases.add(read(releases.size(), c));
      }
    }
  }

  /**
   * Places, among the obligations of {@code key}, the conditional releases of that key that fall
   * due before {@code day} and are not placed yet: called before the timeline's release of that key
   * on {@code day} adds to {@code owedSoFar}.
   */
  void placeBefore(String key, long day, Map<String, Long> owedSoFar) {
    releases.stream()
        .filter(r -> !r.placed && r.key.equals(key) && r.dueDay.orElse(Long.MAX_VALUE) < day)
        .sorted(BY_DUE_DAY)
        .forEach(r -> place(r, owedSoFar));
  }

  /**
   * Places every conditional release not placed yet, by the day it falls due, waiting ones last.
   */
  void placeRest(Map<String, Long> owedSoFar) {
    releases.stream().filter(r -> !r.placed).sorted(BY_DUE_DAY).forEach(r -> place(r, owedSoFar));
  }

  /** The lines, once every release is placed and the allocation has run. */
  List<ObligationLine> lines() {
    return releases.stream().map(this::line).toList();
  }

  private void place(Release r, Map<String, Long> owedSoFar) {
    r.before = owedSoFar.getOrDefault(r.key, 0L);
    r.due =
        r.note
            .count()
            .orElseGet(
                () ->
                    Math.max(0, held(r.note.party(), r.note.category(), false).count() - r.before));
    owedSoFar.put(r.key, r.before + r.due);
    r.placed = true;
    // a waiting release is due on no day: after every obligation that is
    r.claim =
        allocation.claim(
            r.note.party(), r.note.category(), 1, r.dueDay.orElse(Long.MAX_VALUE), r.due);
  }

  /** The trigger of {@code note} as recorded up to today, and the days it makes the release due. */
  private Release read(int order, TimelineNote.Conditional note) {
    Schedule.After after = note.after();
    long today = replay.today;
    LongUnaryOperator releasedBy;
    long target;
    Optional<String> qualifier = Optional.empty();
    if (after.count().isPresent()) {
      // `released C by P >= N`: units released under C or below, as they turned out to be
      releasedBy = d -> replay.daily.upTo(after.party()::equals, after.category(), d);
      target = after.count().get();
    } else {
      // `all C released by P`: every line that may hold a C is empty, whatever its units were
      Held held = held(after.party(), after.category(), true);
      Predicate<Category> fromThoseLines =
          recorded ->
              held.lines().stream()
                  .anyMatch(
                      line ->
                          line.category().covers(recorded)
                              || line.either().stream().anyMatch(e -> e.covers(recorded)));
      releasedBy = d -> replay.daily.drawnUpTo(after.party()::equals, fromThoseLines, d);
      target = held.count();
      qualifier = held.qualifier();
    }
    long released = releasedBy.applyAsLong(today);
    Optional<Long> completed =
        released >= target
            ? Optional.of(
                target == 0 ? 0 : ObligationCheck.firstDayReaching(releasedBy, target, today))
            : Optional.empty();
    long phaseStart =
        replay.timeline.phases().stream()
            .filter(p -> p.name().equals(note.phase()))
            .mapToLong(Timeline.PhaseRun::startDay)
            .findFirst()
            .orElse(1);
    Optional<Long> armedOn = completed.map(t -> Math.max(t + 1, phaseStart));
    Optional<Long> dueDay = armedOn.map(first -> first + after.withinDays() - 1);
    TriggerLine trigger =
        new TriggerLine(
            after.party(),
            after.category().path(),
            after.count(),
            qualifier,
            Math.min(released, target),
            target,
            completed,
            completed.filter(t -> t >= 1).map(replay.clock::dateOf),
            after.withinDays());
    return new Release(order, note, trigger, armedOn, dueDay);
  }

  private ObligationLine line(Release r) {
    TimelineNote.Conditional note = r.note;
    long today = replay.today;
    LongUnaryOperator doneBy = r.claim::upTo;
    long done = Math.min(doneBy.applyAsLong(today), r.due);
    String what =
        "releases "
            + note.count().map(String::valueOf).orElse("all remaining")
            + " "
            + note.category()
            + " within "
            + ExtensionCheck.days(note.after().withinDays())
            + " after "
            + note.after().triggerText();
    ObligationState state;
    long late = 0;
    if (r.dueDay.isEmpty()) {
      state = ObligationState.WAITING;
    } else if (done == r.due) {
      state = ObligationState.FULFILLED;
      if (r.due > 0) {
        late = Math.max(0, ObligationCheck.firstDayReaching(doneBy, r.due, today) - r.dueDay.get());
      }
    } else if (today < r.armedOn.orElseThrow()) {
      state = ObligationState.UPCOMING;
    } else if (today < r.dueDay.get()) {
      state = ObligationState.IN_PROGRESS;
    } else if (today == r.dueDay.get()) {
      state = ObligationState.DUE_TODAY;
    } else {
      state = ObligationState.OVERDUE;
      late = today - r.dueDay.get();
    }
    return new ObligationLine(
        state,
        note.party(),
        what,
        Optional.of(note.category().path()),
        r.dueDay.orElse(0L),
        r.dueDay.map(replay.clock::dateOf),
        r.due,
        done,
        late,
        note.ref().cite(),
        Optional.of(r.trigger),
        Optional.empty());
  }

  /** What a party held at signing of a category, the lines it is on, and how the text gives it. */
  private record Held(long count, List<Holdings.Entry> lines, Optional<String> qualifier) {}

  /**
   * What {@code party} held of {@code category} at signing, as the semantics counts what is held:
   * the lines at or below the category, the lines above it (whose units may all be of it), and,
   * with {@code statuses}, the lines of unknown status one of whose statuses lies at or below it
   * (docs/semantics.md, "Status unknown at signing"). A release names a line, never a status, so
   * what it may draw from leaves those out. {@code about}, {@code at least} and {@code at most}
   * counts are taken at their number, as every analysis takes them, and the qualifier is kept.
   */
  private Held held(String party, Category category, boolean statuses) {
    long count = 0;
    List<Holdings.Entry> lines = new ArrayList<>();
    List<Bound> bounds = new ArrayList<>();
    for (Holdings h : replay.agreement.holdings()) {
      if (!h.holder().equals(party)) {
        continue;
      }
      for (Holdings.Entry e : h.entries()) {
        if (category.covers(e.category())
            || e.category().covers(category)
            || (statuses && e.either().stream().anyMatch(category::covers))) {
          count = org.truce.model.Counts.saturatedSum(count, e.count());
          lines.add(e);
          if (e.bound() != Bound.EXACTLY && !bounds.contains(e.bound())) {
            bounds.add(e.bound());
          }
        }
      }
    }
    Optional<String> qualifier =
        bounds.isEmpty()
            ? Optional.empty()
            : Optional.of(
                bounds.size() == 1
                    ? bounds.getFirst().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    : "about");
    return new Held(count, lines, qualifier);
  }
}
