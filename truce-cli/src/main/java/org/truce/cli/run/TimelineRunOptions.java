package org.truce.cli.run;

import java.util.Map;
import java.util.Optional;
import org.truce.cli.ErrorFormat;
import org.truce.timeline.TimelineOptions;

/**
 * Options of {@code truce timeline}.
 *
 * @param file the agreement as typed ({@code -} is standard input)
 * @param format text or Markdown, when not {@code json}
 * @param json print the timeline as JSON (docs/timeline.md) instead
 * @param extensionDays extension days taken per phase name
 * @param talks how the talks turn out
 * @param horizonDays the last day the timeline may reach
 * @param output the file to write atomically; standard output when empty
 * @param errorFormat how diagnostics are printed on standard error
 */
public record TimelineRunOptions(
    String file,
    TimelineFormat format,
    boolean json,
    Map<String, Long> extensionDays,
    TimelineOptions.TalksOutcome talks,
    long horizonDays,
    Optional<String> output,
    ErrorFormat errorFormat) {
  public TimelineRunOptions {
    extensionDays = Map.copyOf(extensionDays);
  }

  /** The options of the timeline builder. */
  public TimelineOptions timelineOptions() {
    return new TimelineOptions(extensionDays, talks, horizonDays);
  }
}
