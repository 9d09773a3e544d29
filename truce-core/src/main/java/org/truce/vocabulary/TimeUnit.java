package org.truce.vocabulary;

/**
 * The units a length of time may be written in. The model counts in days: a length in hours is
 * rounded up to whole days where the checker reads it (docs/semantics.md, "Hours, dates and
 * zones").
 */
public enum TimeUnit {
  HOURS(1),
  DAYS(24),
  WEEKS(7 * 24);

  private final int hours;

  TimeUnit(int hours) {
    this.hours = hours;
  }

  /** The hours in one unit. */
  public int hours() {
    return hours;
  }
}
