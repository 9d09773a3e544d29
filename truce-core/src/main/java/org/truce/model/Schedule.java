package org.truce.model;

/** When an obligation is performed, in days of its phase counted from 1. */
public sealed interface Schedule {
  record OnDay(long day) implements Schedule {}

  record ByDay(long day) implements Schedule {}

  /** {@code size} units every {@code everyDays} days from day {@code fromDay}. */
  record Batches(long size, long everyDays, long fromDay) implements Schedule {}
}
