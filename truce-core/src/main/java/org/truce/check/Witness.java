package org.truce.check;

import java.util.List;
import java.util.OptionalLong;

/**
 * A run that shows a verdict: its events day by day, ending with the findings the analysis reads
 * off the last state. A run that goes on for ever is a lasso: {@code loopsToDay} is the day whose
 * state the last day returns to, after which the days from it repeat for ever.
 */
public record Witness(List<WitnessEvent> events, long lastDay, OptionalLong loopsToDay) {
  public Witness {
    events = List.copyOf(events);
  }
}
