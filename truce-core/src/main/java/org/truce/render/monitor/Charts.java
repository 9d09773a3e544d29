package org.truce.render.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.model.Category;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status;

/**
 * The report's charts as inline SVG, drawn from the status alone: releases counted so far against
 * the compliant schedule, per party and category; and each day's counter-release against what its
 * ratio calls for. Every chart of a report spans the same days, from day 1 to the status's day, so
 * that they can be read side by side; a release due on no date (best effort with no date set) has
 * no schedule line, and its legend says so. Every chart has a title and a description for screen
 * readers, and its figures are also in the report's tables.
 */
final class Charts {
  private Charts() {}

  /** A chart of a series of days: its title, what it shows, and its SVG. */
  record Chart(String title, String svg) {}

  /**
   * One chart per party and category the text schedules releases of; those with no date set and
   * nothing counted yet have none, and go to {@code leftOut} ("russia prisoner.young").
   */
  static List<Chart> releasesAgainstSchedule(Status status, List<String> leftOut) {
    Map<String, List<ObligationLine>> byKey = new LinkedHashMap<>();
    for (ObligationLine o : status.obligations()) {
      if (o.state() == Status.ObligationState.WAITING) {
        continue; // due on no day yet: not on the schedule
      }
      if (o.batch().isPresent()) {
        continue; // a ratio's counter-release: the ratio's chart shows it
      }
      o.category()
          .ifPresent(
              c -> byKey.computeIfAbsent(o.party() + "\n" + c, k -> new ArrayList<>()).add(o));
    }
    List<Chart> charts = new ArrayList<>();
    byKey.forEach(
        (key, obligations) -> {
          String party = obligations.getFirst().party();
          Category category = new Category(obligations.getFirst().category().orElseThrow());
          long lastDay = lastDay(status);
          // Only what is due on a date has a place on the schedule.
          List<ObligationLine> dated =
              obligations.stream().filter(o -> o.dueDate().isPresent()).toList();
          long undated = obligations.size() - dated.size();
          long[] owed = new long[(int) lastDay + 1];
          for (ObligationLine o : dated) {
            for (long d = Math.max(1, o.dueDay()); d <= lastDay; d++) {
              owed[(int) d] += o.required();
            }
          }
          long[] counted = new long[(int) lastDay + 1];
          long unreported = 0; // releases no figure holds: not drawn, said (decision 0031)
          for (Status.DayTally t : status.days()) {
            if (t.party().equals(party)
                && category.covers(new Category(t.category()))
                && t.day() <= Math.min(status.day(), lastDay)) {
              unreported += t.unreported();
            }
            if (t.party().equals(party)
                && category.covers(new Category(t.category()))
                && t.day() >= 1
                && t.day() <= lastDay) {
              for (long d = t.day(); d <= lastDay; d++) {
                counted[(int) d] += t.counted();
              }
            }
          }
          if (dated.isEmpty() && max(counted) == 0) {
            // no date set and nothing counted: a chart would draw a flat line at zero
            leftOut.add(
                party
                    + " "
                    + category
                    + (unreported > 0 ? " (" + UnreportedWords.releases(unreported) + ")" : ""));
            return;
          }
          String title =
              party + ": " + category + " released and counted, against the compliant schedule";
          String desc =
              "By the end of day "
                  + lastDay
                  + ", "
                  + counted[(int) lastDay]
                  + " counted ("
                  + status.policy().word()
                  + " reading), "
                  + (dated.isEmpty()
                      ? "where no date is set: nothing is due on a day"
                      : "where the schedule calls for "
                          + owed[(int) lastDay]
                          + (undated == 0 ? "" : ", and more with no date set"))
                  + (unreported > 0
                      ? "; besides, " + UnreportedWords.releases(unreported) + ", not drawn"
                      : "")
                  + ".";
          Svg svg = new Svg(title, desc, lastDay, Math.max(max(owed), max(counted)));
          if (!dated.isEmpty()) {
            svg.steps(owed, "schedule", "#888888", true);
          }
          svg.steps(counted, "counted (" + status.policy().word() + ")", "#1f5fa8", false);
          if (undated > 0) {
            svg.note(dated.isEmpty() ? "schedule: no date set" : "and more with no date set");
          }
          charts.add(new Chart(title, svg.finish()));
        });
    return charts;
  }

  /** One chart per exchange: each day's counter-release against what the ratio calls for. */
  static List<Chart> ratios(Status status) {
    Map<String, List<RatioLine>> byKey = new LinkedHashMap<>();
    for (RatioLine r : status.ratios()) {
      byKey
          .computeIfAbsent(
              r.party() + " " + r.category() + " " + r.clause(), k -> new ArrayList<>())
          .add(r);
    }
    List<Chart> charts = new ArrayList<>();
    byKey.forEach(
        (key, lines) -> {
          RatioLine first = lines.getFirst();
          long lastDay = lastDay(status);
          long[] due = new long[(int) lastDay + 1];
          long[] released = new long[(int) lastDay + 1];
          for (RatioLine r : lines) {
            if (r.day() >= 1 && r.day() <= lastDay) {
              due[(int) r.day()] = r.due();
              released[(int) r.day()] = r.released();
            }
          }
          String title =
              first.party()
                  + ": "
                  + first.category()
                  + " released each day, against the ratio of "
                  + first.perUnit()
                  + " per "
                  + first.unitCategory();
          long off = lines.stream().filter(r -> r.due() != r.released()).count();
          String desc =
              lines.size()
                  + " days with releases; on "
                  + off
                  + " of them the release differs from"
                  + " what the ratio calls for ("
                  + status.policy().word()
                  + " reading).";
          Svg svg = new Svg(title, desc, lastDay, Math.max(max(due), max(released)));
          svg.bars(due, released, "called for by the ratio", "released");
          charts.add(new Chart(title, svg.finish()));
        });
    return charts;
  }

  /** The last day of every chart of a report: the status's day, so that all span the same days. */
  static long lastDay(Status status) {
    return Math.max(1, status.day());
  }

  private static long max(long[] values) {
    long max = 0;
    for (long v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
