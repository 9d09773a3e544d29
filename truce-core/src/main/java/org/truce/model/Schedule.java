package org.truce.model;

import java.util.Optional;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.Pace;

/** When an obligation is performed, in days of its phase counted from 1. */
public sealed interface Schedule {
  record OnDay(long day) implements Schedule {}

  record ByDay(long day) implements Schedule {}

  /**
   * A release window ({@code between day F and day L}): nothing before day {@code first}, any
   * amount on any day from {@code first} to {@code last}, all of it by the end of day {@code last}
   * (docs/semantics.md, "Release windows").
   */
  record Window(long first, long last) implements Schedule {}

  /**
   * By day {@code day} of the agreement (not of the phase): due from the day the phase begins until
   * the end of that day, even after the phase has ended (docs/semantics.md, "Deadlines in days of
   * the agreement"). When the text wrote a calendar moment ({@code by 2025-01-26 04:00}), {@code
   * moment} keeps it and {@code day} is the day by whose end it falls (docs/semantics.md, "Hours,
   * dates and zones"); the monitor reads the exact moment.
   */
  record ByAgreementDay(long day, Optional<CalendarMoment> moment) implements Schedule {
    public ByAgreementDay(long day) {
      this(day, Optional.empty());
    }
  }

  /**
   * A release window in days of the agreement ({@code between day F and day L of the agreement};
   * {@code on day N of the agreement} when first and last are the same day): nothing before day
   * {@code first} of the agreement, all of it by the end of day {@code last}, whether or not the
   * phase has ended by then (docs/semantics.md, "Deadlines in days of the agreement").
   */
  record AgreementWindow(long first, long last) implements Schedule {}

  /** {@code size} units every {@code everyDays} days from day {@code fromDay}. */
  record Batches(long size, long everyDays, long fromDay) implements Schedule {}

  /**
   * Best effort ({@code as located}, {@code as soon as possible}): any day while the phase is in
   * force, never overdue before {@code longStop} (a day of the phase); without a long stop, never
   * overdue at all (docs/semantics.md, "Best-effort releases").
   */
  record BestEffort(Pace pace, Optional<Long> longStop) implements Schedule {}

  /**
   * A conditional release ({@code within 3 days after hamas has released all hostage.living}):
   * armed on the first day after a day at the end of which {@code party} had released all of {@code
   * category} ({@code count} empty) or at least {@code count} of it, counted once its phase has
   * begun; then due by the end of day {@code withinDays} of its own period, even after its phase
   * has ended (docs/semantics.md, "Conditional releases").
   */
  record After(long withinDays, String party, Optional<Long> count, Category category)
      implements Schedule {
    /** The trigger as a condition: {@code all C released by P} or {@code released C by P >= N}. */
    public Condition trigger() {
      return count
          .<Condition>map(
              n ->
                  new Condition.Compare(
                      new Figure.Released(category, Optional.of(party)),
                      CompareOp.GREATER_OR_EQUAL,
                      new Figure.Literal(n)))
          .orElseGet(() -> new Condition.AllReleased(category, Optional.of(party)));
    }

    /** E.g. "hamas has released all hostage.living", "hamas has released 33 hostage". */
    public String triggerText() {
      return party + " has released " + count.map(String::valueOf).orElse("all") + " " + category;
    }
  }
}
