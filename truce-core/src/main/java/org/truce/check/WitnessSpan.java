package org.truce.check;

import java.util.List;

/**
 * Consecutive days of a witness on which the same things happen, to be shown once: "days 43–1002:
 * phase one is extended by 1 day". A single day is a span whose first and last days are equal.
 *
 * @param firstDay the first day of the span
 * @param lastDay the last day of the span; equal to {@code firstDay} for a single day
 * @param events the events of each of those days, as they happen on the first (their {@code day} is
 *     the first day)
 */
public record WitnessSpan(long firstDay, long lastDay, List<WitnessEvent> events) {
  public WitnessSpan {
    events = List.copyOf(events);
  }

  /** True when the span stands for more than one day. */
  public boolean repeats() {
    return lastDay > firstDay;
  }
}
