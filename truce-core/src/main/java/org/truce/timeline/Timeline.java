package org.truce.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.truce.model.AgreementClock;
import org.truce.model.Category;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.TalkState;

/**
 * The day-by-day schedule of a run in which every party keeps every obligation, under the choices
 * fixed by {@link TimelineOptions}. Days of the agreement count from 1; dates are given when the
 * agreement has a start date. Days on which no phase is in force and nothing happens are left out.
 *
 * @param title the agreement's title
 * @param startDate the date of day 1, when the agreement states one
 * @param options the choices this timeline was built with
 * @param phases the phases that began, in the order they began
 * @param days the days on which a phase was in force or something happened, in order
 * @param totals released and held counts at the end
 * @param notes findings made on the way (shortfalls, refused extensions, unfinished schedules)
 * @param ending why the timeline stops where it does
 * @param clock the agreement's days on the calendar, when its text gives them hours (a {@code
 *     starts} with an hour, or a zone): day labels then show the moment each day ends
 */
public record Timeline(
    String title,
    Optional<LocalDate> startDate,
    TimelineOptions options,
    List<PhaseRun> phases,
    List<Day> days,
    Totals totals,
    List<TimelineNote> notes,
    Ending ending,
    Optional<AgreementClock> clock) {
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public Timeline {
    phases = List.copyOf(phases);
    days = List.copyOf(days);
    notes = List.copyOf(notes);
  }

  /** The date of a day of the agreement, when the agreement has a start date. */
  public Optional<LocalDate> dateOf(long day) {
    return startDate.map(start -> start.plusDays(day - 1));
  }

  /**
   * The moment day {@code day} ends in the agreement's zone, {@code 2025-01-26 04:00}, when the
   * text gives its days hours (docs/semantics.md, "Hours, dates and zones").
   */
  public Optional<String> endOf(long day) {
    return clock.map(c -> c.end(day).format(MOMENT));
  }

  /** The moment day {@code day} begins in the agreement's zone, when the text gives hours. */
  public Optional<String> startOf(long day) {
    return clock.map(c -> c.start(day).format(MOMENT));
  }

  /** The record of one day, if the timeline has it. */
  public Optional<Day> day(long day) {
    return days.stream().filter(d -> d.day() == day).findFirst();
  }

  /**
   * One phase as it ran: its first and last day of the agreement, the days its text gives it
   * ({@code lengthDays}, empty for a phase that lasts indefinitely) and the extension days taken.
   * {@code endDay} is empty when the phase had not ended when the timeline stopped.
   */
  public record PhaseRun(
      String name,
      Optional<String> title,
      long startDay,
      Optional<Long> endDay,
      Optional<Long> lengthDays,
      long extensionDays,
      Optional<LocalDate> startDate,
      Optional<LocalDate> endDate,
      PhaseEnd end) {
    /** Days the phase was in force (up to the end of the timeline when it had not ended). */
    public long daysInForce(long lastDay) {
      return endDay.orElse(lastDay) - startDay + 1;
    }
  }

  /** How a phase ended. */
  public enum PhaseEnd {
    /** It lasted its length, extensions included. */
    LENGTH,
    /** Its {@code ends when} condition held. */
    CONDITION,
    /** It had not ended when the timeline stopped. */
    OPEN
  }

  /**
   * One day: the phases in force with their day counts, the state of hostilities and of the talks
   * at the end of the day, what happened, and the running totals after it.
   */
  public record Day(
      long day,
      Optional<LocalDate> date,
      List<PhaseDay> phases,
      HostilityState hostilities,
      List<Talks> talks,
      List<TimelineEvent> events,
      List<Tally> released,
      List<Tally> held) {
    public Day {
      phases = List.copyOf(phases);
      talks = List.copyOf(talks);
      events = List.copyOf(events);
      released = List.copyOf(released);
      held = List.copyOf(held);
    }
  }

  /** A phase in force on a day: its own day count, and whether the day is an extension day. */
  public record PhaseDay(String phase, long phaseDay, boolean extension) {}

  /** The state of the talks on a phase, once they have begun. */
  public record Talks(String onPhase, TalkState state) {}

  /** A count per party and category: released so far, or still held. */
  public record Tally(String party, Category category, long count) {}

  /** The counts after the last day, and how many days the timeline covers. */
  public record Totals(long lastDay, List<Tally> released, List<Tally> held) {
    public Totals {
      released = List.copyOf(released);
      held = List.copyOf(held);
    }

    /** Units released by {@code party} in categories {@code category} covers. */
    public long releasedBy(String party, Category category) {
      return sum(released, party, category);
    }

    /** Units {@code party} still holds in categories {@code category} covers. */
    public long heldBy(String party, Category category) {
      return sum(held, party, category);
    }

    private static long sum(List<Tally> tallies, String party, Category category) {
      return tallies.stream()
          .filter(t -> t.party().equals(party) && category.covers(t.category()))
          .mapToLong(Tally::count)
          .sum();
    }
  }

  /** Why the timeline stops on {@code lastDay}; {@code phase} names the phase concerned. */
  public record Ending(EndingKind kind, long lastDay, Optional<String> phase, String reason) {}

  /** The kinds of {@link Ending}. */
  public enum EndingKind {
    /** Every phase began and ended. */
    COMPLETE,
    /** A phase never begins: its entry condition never holds in this run. */
    PHASE_NOT_BEGUN,
    /** A phase lasts indefinitely and nothing further changes. */
    INDEFINITE,
    /** The horizon of the options was reached. */
    HORIZON,
    /** The agreement lapsed (its lapse clause): it binds no one any more, and is not concluded. */
    LAPSED
  }
}
