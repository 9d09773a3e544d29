package org.truce.timeline;

import org.truce.model.Agreement;
import org.truce.timeline.internal.Simulation;

/**
 * Builds the compliant {@link Timeline} of an agreement: the day-by-day schedule of a run in which
 * every party keeps every obligation, with the choices the text leaves open fixed by {@link
 * TimelineOptions}. The meaning of each construct over time is in docs/timeline.md.
 */
public final class TimelineBuilder {
  private TimelineBuilder() {}

  /** The timeline of a validated agreement; never fails on a model the builder accepted. */
  public static Timeline build(Agreement agreement, TimelineOptions options) {
    return new Simulation(agreement, options).run();
  }

  public static Timeline build(Agreement agreement) {
    return build(agreement, TimelineOptions.defaults());
  }
}
