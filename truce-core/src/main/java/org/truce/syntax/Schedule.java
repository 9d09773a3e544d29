package org.truce.syntax;

import java.util.Optional;
import org.truce.source.Span;
import org.truce.vocabulary.Pace;

/** When an obligation is performed. Days are days of the enclosing phase, counted from 1. */
public sealed interface Schedule {
  Span span();

  /** {@code on day 5}: all of it on that day. */
  record OnDay(long day, Span span) implements Schedule {}

  /** {@code by day 42}: any time up to and including that day. */
  record ByDay(long day, Span span) implements Schedule {}

  /**
   * {@code between day 50 and day 56}: a release window. Nothing is released before day {@code
   * first}; any amount may be released on any day of the window; all of it by the end of day {@code
   * last} (docs/semantics.md, "Release windows").
   */
  record Window(long first, long last, Span span) implements Schedule {}

  /**
   * {@code by day 60 of the agreement}: any time up to and including that day of the agreement
   * (counted from the day it enters into force), whether or not the phase has ended by then.
   */
  record ByAgreementDay(long day, Span span) implements Schedule {}

  /**
   * {@code by 2025-01-26 04:00}, {@code by 2025-02-18}: by a calendar moment in the agreement's
   * zone, a date alone meaning the end of that date; lowered to the day of the agreement by whose
   * end it falls. {@code date} and {@code time} are the literals as written.
   */
  record ByDate(String date, Optional<String> time, Span span) implements Schedule {}

  /**
   * {@code between day 50 and day 56 of the agreement}, {@code on day 56 of the agreement} (first
   * and last the same day): a release window in days of the agreement, which outlives its phase
   * (docs/semantics.md, "Deadlines in days of the agreement").
   */
  record AgreementWindow(long first, long last, Span span) implements Schedule {}

  /**
   * {@code 3 every 7 days from day 1}, {@code 600 per day}: batches of {@code size} every {@code
   * interval}, from {@code from} (day 1 when absent) until the total is reached (for deliveries:
   * until the phase ends).
   */
  record Batches(long size, Length interval, Optional<Long> from, Span span) implements Schedule {}

  /**
   * {@code as located}, {@code as soon as possible}, each with an optional long stop ({@code , at
   * the latest by day 90}): the releasing party (or the finding of the units) chooses when; only
   * the long stop is a deadline.
   */
  record BestEffort(Pace pace, Optional<Long> longStop, Span span) implements Schedule {}

  /**
   * {@code within 3 days after hamas has released all hostage.living}, {@code within 48 hours after
   * hamas has released 33 hostage}: a conditional release, armed the day after the trigger first
   * holds and due by the last day of {@code within} (docs/semantics.md, "Conditional releases").
   * {@code count} empty: {@code all}.
   */
  record After(Length within, Name party, Optional<Long> count, CategoryName category, Span span)
      implements Schedule {}
}
