package org.truce.timeline;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The choices an agreement leaves open, fixed for one timeline. Defaults ({@link #defaults()}): no
 * extension is taken, the talks progress and are agreed when the phase that holds them ends, and
 * the timeline gives up after {@value #DEFAULT_HORIZON_DAYS} days.
 *
 * @param extensionDays extension days taken per phase name (absent: 0); capped by the text
 * @param talks how every round of talks turns out
 * @param horizonDays the last day the timeline may reach, a guard for texts that never end
 * @param recorded what happened, when a monitor builds the timeline: the conditions of the text
 *     then read these facts, and {@code talks} is not used (empty: the compliant run throughout)
 */
public record TimelineOptions(
    Map<String, Long> extensionDays,
    TalksOutcome talks,
    long horizonDays,
    Optional<RecordedFacts> recorded) {
  public static final long DEFAULT_HORIZON_DAYS = 1000;

  public TimelineOptions {
    // Sorted so that options print and serialise in a stable order.
    extensionDays = Collections.unmodifiableMap(new TreeMap<>(extensionDays));
    for (var entry : extensionDays.entrySet()) {
      if (entry.getValue() < 0) {
        throw new IllegalArgumentException("negative extension for " + entry.getKey());
      }
    }
    if (horizonDays < 1) {
      throw new IllegalArgumentException("horizon must be at least one day");
    }
  }

  /** Options of a compliant run, with no recorded facts. */
  public TimelineOptions(Map<String, Long> extensionDays, TalksOutcome talks, long horizonDays) {
    this(extensionDays, talks, horizonDays, Optional.empty());
  }

  public static TimelineOptions defaults() {
    return new TimelineOptions(Map.of(), TalksOutcome.AGREED, DEFAULT_HORIZON_DAYS);
  }

  /** These options with {@code days} more extension days taken in {@code phase}. */
  public TimelineOptions extend(String phase, long days) {
    var copy = new TreeMap<>(extensionDays);
    copy.merge(phase, days, Long::sum);
    return new TimelineOptions(copy, talks, horizonDays, recorded);
  }

  public TimelineOptions withTalks(TalksOutcome outcome) {
    return new TimelineOptions(extensionDays, outcome, horizonDays, recorded);
  }

  public TimelineOptions withHorizon(long days) {
    return new TimelineOptions(extensionDays, talks, days, recorded);
  }

  /** These options, with the conditions of the text read over {@code facts}. */
  public TimelineOptions withRecorded(RecordedFacts facts) {
    return new TimelineOptions(extensionDays, talks, horizonDays, Optional.of(facts));
  }

  public long extensionDaysFor(String phase) {
    return extensionDays.getOrDefault(phase, 0L);
  }

  /** How the talks the agreement provides for turn out. */
  public enum TalksOutcome {
    /**
     * Talks progress from the day they begin and are agreed on the last day of the phase that holds
     * them (after any extension taken).
     */
    AGREED,
    /** Talks stall from the day they begin and are never agreed. */
    STALLED
  }
}
