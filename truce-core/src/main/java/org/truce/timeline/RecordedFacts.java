package org.truce.timeline;

import java.util.Optional;
import org.truce.model.Category;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.TalkState;

/**
 * What happened, as a monitor recorded it (docs/monitor.md, "Phases, talks and rights as
 * recorded"). A timeline built with recorded facts ({@link TimelineOptions#withRecorded}) reads the
 * conditions of the text (a phase's entry and end, the lapse clause) over these facts instead of
 * over its own compliant run: talks stand as recorded, releases are those counted, hostilities as
 * the latest event reports them. Obligations are still placed as the compliant run places them.
 * Every figure is at the end of {@code endOfDay}, a day of the agreement.
 */
public interface RecordedFacts {
  /** The talks on {@code onPhase} as last recorded by the end of the day; empty: none recorded. */
  Optional<TalkState> talks(String onPhase, long endOfDay);

  /** The same, as the entries judged by {@code judge} record them. */
  Optional<TalkState> judgedTalks(String onPhase, String judge, long endOfDay);

  /** Units of {@code category} (or below it) released by {@code by} (anyone: empty) so far. */
  long released(Category category, Optional<String> by, long endOfDay);

  /** Units of {@code category} still held by {@code by} (anyone: empty). */
  long held(Category category, Optional<String> by, long endOfDay);

  /** Hostilities as the latest event by the end of the day reports them; empty: none recorded. */
  Optional<HostilityState> hostilities(long endOfDay);

  /**
   * The last day on which a recorded fact changes (0 when none): the timeline does not stop before
   * it, since a phase waiting for talks may still begin then.
   */
  long lastDay();
}
