package org.truce.render.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.truce.model.Category;
import org.truce.render.timeline.internal.EventText;
import org.truce.render.timeline.internal.QuietDays;
import org.truce.render.timeline.internal.Words;
import org.truce.table.Markup;
import org.truce.timeline.Timeline;
import org.truce.timeline.Timeline.Tally;
import org.truce.timeline.TimelineNote;

/**
 * The timeline as Markdown: a table of phases, a table of days (events in one cell, one per line),
 * a table of totals per party and category, then notes and why the timeline stops.
 */
public final class TimelineMarkdown {
  private TimelineMarkdown() {}

  public static String render(Timeline timeline) {
    boolean dated = timeline.startDate().isPresent();
    StringBuilder out = new StringBuilder();
    out.append("# Timeline of ").append(Markup.markdown(timeline.title())).append("\n\n");
    out.append("Assuming ")
        .append(Markup.markdown(Words.options(timeline.options())))
        .append("\n\n");
    phases(out, timeline, dated);
    days(out, timeline, dated);
    totals(out, timeline);
    if (!timeline.notes().isEmpty()) {
      out.append("\n## Notes\n\n");
      for (TimelineNote note : timeline.notes()) {
        out.append("- ").append(Markup.markdownBlock(note.text())).append('\n');
      }
    }
    out.append("\n## End\n\n")
        .append(Markup.markdownBlock(timeline.ending().reason()))
        .append(".\n");
    return out.toString();
  }

  private static void phases(StringBuilder out, Timeline timeline, boolean dated) {
    out.append("## Phases\n\n");
    out.append("| phase | title | first day | last day |");
    out.append(dated ? " from | to |" : "");
    out.append(" length | extension days |\n");
    out.append("|---|---|---:|---:|").append(dated ? "---|---|" : "").append("---:|---:|\n");
    for (Timeline.PhaseRun run : timeline.phases()) {
      out.append("| ")
          .append(Markup.markdown(run.name()))
          .append(" | ")
          .append(Markup.markdown(run.title().orElse("")))
          .append(" | ")
          .append(run.startDay())
          .append(" | ")
          .append(run.endDay().map(String::valueOf).orElse("open"))
          .append(" |");
      if (dated) {
        out.append(' ')
            .append(
                timeline
                    .startOf(run.startDay())
                    .or(() -> run.startDate().map(String::valueOf))
                    .orElse(""))
            .append(" | ")
            .append(
                run.endDay()
                    .flatMap(timeline::endOf)
                    .or(() -> run.endDate().map(String::valueOf))
                    .orElse(""))
            .append(" |");
      }
      out.append(' ')
          .append(run.lengthDays().map(Words::days).orElse("indefinite"))
          .append(" | ")
          .append(run.extensionDays())
          .append(" |\n");
    }
  }

  private static void days(StringBuilder out, Timeline timeline, boolean dated) {
    out.append("\n## Days\n\n");
    out.append("| day |").append(dated ? " date |" : "");
    out.append(" phase day | hostilities | events | released so far |\n");
    out.append("|---:|").append(dated ? "---|" : "").append("---|---|---|---|\n");
    for (QuietDays.Group group : QuietDays.group(timeline.days())) {
      Timeline.Day day = group.first();
      Timeline.Day last = group.last();
      out.append("| ").append(span(day.day(), last.day())).append(" |");
      if (dated) {
        out.append(' ')
            .append(
                timeline
                    .endOf(last.day())
                    .map(
                        end ->
                            day == last
                                ? "ends " + end
                                : "from "
                                    + timeline.startOf(day.day()).orElseThrow()
                                    + " to "
                                    + end)
                    .or(
                        () ->
                            day.date()
                                .map(d -> span(d.toString(), last.date().orElseThrow().toString())))
                    .orElse(""))
            .append(" |");
      }
      String events =
          group.quiet() && day.events().isEmpty()
              ? "nothing falls due"
              : (group.quiet() ? "each day: " : "")
                  + day.events().stream()
                      .map(e -> Markup.markdown(EventText.of(e, day)))
                      .collect(Collectors.joining("<br>"));
      out.append(' ')
          .append(Markup.markdown(QuietDays.phaseDays(group)).replace(", ", "<br>"))
          .append(" | ")
          .append(Words.lower(day.hostilities()))
          .append(" | ")
          .append(events)
          .append(" | ")
          .append(Markup.markdown(Words.tallies(day.released())))
          .append(" |\n");
    }
  }

  private static String span(Object first, Object last) {
    return first.equals(last) ? first.toString() : first + "–" + last;
  }

  private static void totals(StringBuilder out, Timeline timeline) {
    Timeline.Totals totals = timeline.totals();
    out.append("\n## Totals after ").append(Words.day(timeline, totals.lastDay())).append("\n\n");
    out.append("| party | category | released | still held |\n|---|---|---:|---:|\n");
    Map<String, long[]> rows = new LinkedHashMap<>();
    for (Tally t : totals.held()) {
      rows.computeIfAbsent(key(t.party(), t.category()), k -> new long[2])[1] += t.count();
    }
    for (Tally t : totals.released()) {
      rows.computeIfAbsent(key(t.party(), t.category()), k -> new long[2])[0] += t.count();
    }
    rows.forEach(
        (key, counts) -> {
          String[] parts = key.split(" ", 2);
          out.append("| ")
              .append(Markup.markdown(parts[0]))
              .append(" | ")
              .append(parts[1])
              .append(" | ")
              .append(counts[0])
              .append(" | ")
              .append(counts[1])
              .append(" |\n");
        });
  }

  private static String key(String party, Category category) {
    return party + " " + category;
  }
}
