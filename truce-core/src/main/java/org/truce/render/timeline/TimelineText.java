package org.truce.render.timeline;

import java.util.HashSet;
import java.util.Set;
import org.truce.render.timeline.internal.EventText;
import org.truce.render.timeline.internal.QuietDays;
import org.truce.render.timeline.internal.Words;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineNote;

/**
 * The timeline as plain text for a terminal: a header per phase as it begins, then each day with
 * its date, phase days and hostilities, one line per event, and the running releases; totals, notes
 * and why the timeline stops at the end.
 */
public final class TimelineText {
  private TimelineText() {}

  /** {@code hamas 13 hostage.civilian, israel 39 prisoner}, leaving out zero counts; "none". */
  public static String tallies(java.util.List<Timeline.Tally> tallies) {
    return Words.tallies(tallies);
  }

  /** {@code (Asia/Beirut)}, or nothing without a zone (local times, no daylight saving). */
  private static String zone(java.util.Optional<java.time.ZoneId> zone) {
    return zone.map(z -> " (" + z.getId() + ")").orElse("");
  }

  public static String render(Timeline timeline) {
    StringBuilder out = new StringBuilder();
    out.append("Timeline of \"").append(timeline.title()).append("\"\n");
    out.append("Assuming ").append(Words.options(timeline.options())).append('\n');
    if (timeline.clock().isPresent()) {
      out.append("Day 1 begins ")
          .append(timeline.startOf(1).orElseThrow())
          .append(zone(timeline.clock().get().zone()))
          .append(
              "; each day is the 24 hours after the one before and is shown with the moment"
                  + " it ends.\n");
    } else {
      timeline.startDate().ifPresent(d -> out.append("Day 1 is ").append(d).append(".\n"));
    }
    Set<String> introduced = new HashSet<>();
    long previous = 0;
    for (QuietDays.Group group : QuietDays.group(timeline.days())) {
      long first = group.first().day();
      if (previous > 0 && first > previous + 1) {
        out.append("\n(days ")
            .append(previous + 1)
            .append(" to ")
            .append(first - 1)
            .append(": no phase in force, nothing falls due)\n");
      }
      previous = group.last().day();
      for (TimelineEvent event : group.first().events()) {
        if (event instanceof TimelineEvent.PhaseStarted started
            && introduced.add(started.phase())) {
          phaseHeader(out, timeline, started.phase());
        }
      }
      dayBlock(out, timeline, group);
    }
    totals(out, timeline);
    return out.toString();
  }

  private static void phaseHeader(StringBuilder out, Timeline timeline, String phase) {
    for (Timeline.PhaseRun run : timeline.phases()) {
      if (run.name().equals(phase)) {
        out.append("\n== Phase ")
            .append(run.name())
            .append(run.title().map(t -> " \"" + t + "\"").orElse(""))
            .append(", ")
            .append(Words.phaseSpan(timeline, run))
            .append(" ==\n");
      }
    }
  }

  private static void dayBlock(StringBuilder out, Timeline timeline, QuietDays.Group group) {
    Timeline.Day day = group.first();
    out.append('\n').append(capitalised(QuietDays.dayLabel(timeline, group)));
    String phases = QuietDays.phaseDays(group);
    if (!phases.isEmpty()) {
      out.append(", ").append(phases);
    }
    out.append(", hostilities ").append(Words.lower(day.hostilities()));
    if (group.quiet()) {
      out.append(day.events().isEmpty() ? ": nothing falls due\n" : ", each day:\n");
    } else {
      out.append('\n');
    }
    for (TimelineEvent event : day.events()) {
      out.append("  - ").append(EventText.of(event, day)).append('\n');
    }
    for (Timeline.Talks talks : day.talks()) {
      out.append("  talks on ")
          .append(talks.onPhase())
          .append(": ")
          .append(Words.lower(talks.state()))
          .append('\n');
    }
    if (!group.quiet()) {
      out.append("  released so far: ").append(Words.tallies(day.released())).append('\n');
    }
  }

  private static void totals(StringBuilder out, Timeline timeline) {
    Timeline.Totals totals = timeline.totals();
    out.append("\nTotals after ").append(Words.day(timeline, totals.lastDay())).append('\n');
    out.append("  released: ").append(Words.tallies(totals.released())).append('\n');
    out.append("  still held: ").append(Words.tallies(totals.held())).append('\n');
    if (!timeline.notes().isEmpty()) {
      out.append("\nNotes\n");
      for (TimelineNote note : timeline.notes()) {
        out.append("  - ").append(note.text()).append('\n');
      }
    }
    out.append("\nEnd: ").append(timeline.ending().reason()).append(".\n");
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
