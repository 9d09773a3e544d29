package org.truce.render.timeline.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.truce.model.ClauseRef;
import org.truce.timeline.Timeline;
import org.truce.timeline.Timeline.Tally;
import org.truce.timeline.TimelineOptions;

/** Small phrases shared by the timeline renderers. */
public final class Words {
  private Words() {}

  public static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code clause 4.1 "Resumption"}, or empty text for an untagged clause. */
  public static String clause(ClauseRef ref) {
    return ref.cite();
  }

  public static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  /** {@code hamas 13 hostage.civilian, israel 39 prisoner.civilian}, leaving out zero counts. */
  public static String tallies(List<Tally> tallies) {
    String text =
        tallies.stream()
            .filter(t -> t.count() > 0)
            .map(t -> t.party() + " " + t.count() + " " + t.category())
            .collect(Collectors.joining(", "));
    return text.isEmpty() ? "none" : text;
  }

  /** The choices the timeline was built with, in one sentence. */
  public static String options(TimelineOptions options) {
    String talks =
        switch (options.talks()) {
          case AGREED -> "talks progress and are agreed when the phase holding them ends";
          case STALLED -> "talks stall and are never agreed";
        };
    Map<String, Long> asked = options.extensionDays();
    String extensions =
        asked.isEmpty()
            ? "no extension taken"
            : "extensions asked: "
                + asked.entrySet().stream()
                    .map(e -> e.getKey() + " " + days(e.getValue()))
                    .collect(Collectors.joining(", "));
    return talks + "; " + extensions + ".";
  }

  /**
   * {@code day 1 (ends 2023-11-25 07:00)} when the text gives hours, {@code day 1 (2023-11-24)}
   * when it gives a start date only, or {@code day 1}.
   */
  public static String day(Timeline timeline, long day) {
    return "day "
        + day
        + timeline
            .endOf(day)
            .map(end -> " (ends " + end + ")")
            .or(() -> timeline.dateOf(day).map(d -> " (" + d + ")"))
            .orElse("");
  }

  /** How a phase ran: {@code days 1 to 7 (2023-11-24 to 2023-11-30), 4 days + 3 extension}. */
  public static String phaseSpan(Timeline timeline, Timeline.PhaseRun run) {
    StringBuilder text = new StringBuilder();
    text.append("day ").append(run.startDay());
    run.endDay()
        .ifPresentOrElse(end -> text.append(" to day ").append(end), () -> text.append(" on"));
    if (timeline.clock().isPresent()) {
      text.append(" (from ").append(timeline.startOf(run.startDay()).orElseThrow());
      run.endDay().flatMap(timeline::endOf).ifPresent(end -> text.append(" to ").append(end));
      text.append(')');
    } else {
      run.startDate()
          .ifPresent(
              start -> {
                text.append(" (").append(start);
                run.endDate().ifPresent(end -> text.append(" to ").append(end));
                text.append(')');
              });
    }
    text.append(": ").append(run.lengthDays().map(Words::days).orElse("lasts indefinitely"));
    if (run.extensionDays() > 0) {
      text.append(", extended by ").append(days(run.extensionDays()));
    }
    return text.toString();
  }
}
