package org.truce.vocabulary;

/** The units a length of time may be written in; the model counts everything in days. */
public enum TimeUnit {
  DAYS(1),
  WEEKS(7);

  private final int days;

  TimeUnit(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
