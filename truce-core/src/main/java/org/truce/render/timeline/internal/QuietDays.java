package org.truce.render.timeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineEvent;

/**
 * Groups the days of a timeline for reading: consecutive routine days (nothing happens but the same
 * recurring deliveries, and phases, hostilities and talks stay as they are) form one group; any
 * other day stands alone.
 */
public final class QuietDays {
  private QuietDays() {}

  /** A run of days shown together; {@code days} has one element unless the days are quiet. */
  public record Group(List<Timeline.Day> days) {
    public Group {
      days = List.copyOf(days);
    }

    public Timeline.Day first() {
      return days.getFirst();
    }

    public Timeline.Day last() {
      return days.getLast();
    }

    /** True for a group of routine days: its days repeat the first day's deliveries, if any. */
    public boolean quiet() {
      return days.size() > 1;
    }
  }

  public static List<Group> group(List<Timeline.Day> days) {
    List<Group> groups = new ArrayList<>();
    List<Timeline.Day> current = new ArrayList<>();
    for (Timeline.Day day : days) {
      if (!current.isEmpty() && !(sameQuiet(current.getLast(), day))) {
        groups.add(new Group(current));
        current = new ArrayList<>();
      }
      current.add(day);
    }
    if (!current.isEmpty()) {
      groups.add(new Group(current));
    }
    return groups;
  }

  private static boolean sameQuiet(Timeline.Day before, Timeline.Day day) {
    return routine(before)
        && routine(day)
        && day.events().equals(before.events())
        && day.day() == before.day() + 1
        && day.hostilities() == before.hostilities()
        && day.talks().equals(before.talks())
        && day.phases().stream()
            .map(Timeline.PhaseDay::phase)
            .toList()
            .equals(before.phases().stream().map(Timeline.PhaseDay::phase).toList())
        && day.phases().stream()
            .map(Timeline.PhaseDay::extension)
            .toList()
            .equals(before.phases().stream().map(Timeline.PhaseDay::extension).toList());
  }

  private static boolean routine(Timeline.Day day) {
    return day.events().stream().allMatch(TimelineEvent.Delivered.class::isInstance);
  }

  /** {@code one day 4} or, for a group, {@code one days 2 to 3}; with {@code (extension)}. */
  public static String phaseDays(Group group) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < group.first().phases().size(); i++) {
      Timeline.PhaseDay first = group.first().phases().get(i);
      Timeline.PhaseDay last = group.last().phases().get(i);
      String span =
          first.phaseDay() == last.phaseDay()
              ? " day " + first.phaseDay()
              : " days " + first.phaseDay() + " to " + last.phaseDay();
      parts.add(first.phase() + span + (first.extension() ? " (extension)" : ""));
    }
    return String.join(", ", parts);
  }

  /**
   * {@code day 4 (ends 2024-01-05 07:00)} or {@code days 2 to 3 (ends 2024-01-04 07:00)} when the
   * text gives hours; otherwise as {@link #dayLabel(Group)}.
   */
  public static String dayLabel(Timeline timeline, Group group) {
    Timeline.Day first = group.first();
    Timeline.Day last = group.last();
    Optional<String> end = timeline.endOf(last.day());
    if (end.isEmpty()) {
      return dayLabel(group);
    }
    if (first == last) {
      return "day " + first.day() + " (ends " + end.get() + ")";
    }
    // a range says when it begins too: "ends" alone would read as the end of its first day
    return "days "
        + first.day()
        + " to "
        + last.day()
        + timeline.startOf(first.day()).map(start -> " (from " + start + " to ").orElse(" (to ")
        + end.get()
        + ")";
  }

  /** {@code day 4 (2024-01-04)} or {@code days 2 to 3 (2024-01-02 to 2024-01-03)}. */
  public static String dayLabel(Group group) {
    Timeline.Day first = group.first();
    Timeline.Day last = group.last();
    if (first == last) {
      return "day " + first.day() + first.date().map(d -> " (" + d + ")").orElse("");
    }
    String dates =
        first.date().flatMap(a -> last.date().map(b -> " (" + a + " to " + b + ")")).orElse("");
    return "days " + first.day() + " to " + last.day() + dates;
  }
}
