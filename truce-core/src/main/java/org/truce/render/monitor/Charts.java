package org.truce.render.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.model.Category;
import org.truce.monitor.Status;
import org.truce.monitor.Status.ObligationLine;
import org.truce.monitor.Status.RatioLine;

/**
 * The report's charts as inline SVG, drawn from the status alone: releases counted so far against
 * the compliant schedule, per party and category; and each day's counter-release against what its
 * ratio calls for. Every chart has a title and a description for screen readers, and its figures
 * are also in the report's tables.
 */
final class Charts {
  private Charts() {}

  /** A chart of a series of days: its title, what it shows, and its SVG. */
  record Chart(String title, String svg) {}

  /** One chart per party and category the text schedules releases of. */
  static List<Chart> releasesAgainstSchedule(Status status) {
    Map<String, List<ObligationLine>> byKey = new LinkedHashMap<>();
    for (ObligationLine o : status.obligations()) {
      if (o.state() == Status.ObligationState.WAITING) {
        continue; // due on no day yet: not on the schedule
      }
      if (o.what().contains(org.truce.monitor.Monitor.COUNTED_ON)) {
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
          // Up to the last day due or with releases: not to today, which may be years later.
          long lastDay =
              Math.max(
                  obligations.stream().mapToLong(ObligationLine::dueDay).max().orElse(1),
                  status.days().stream()
                      .filter(t -> t.party().equals(party))
                      .mapToLong(Status.DayTally::day)
                      .max()
                      .orElse(1));
          long[] owed = new long[(int) lastDay + 1];
          for (ObligationLine o : obligations) {
            for (long d = o.dueDay(); d <= lastDay; d++) {
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
          String title =
              party + ": " + category + " released and counted, against the compliant schedule";
          String desc =
              "By the end of day "
                  + Math.min(status.day(), lastDay)
                  + ", "
                  + counted[(int) Math.min(status.day(), lastDay)]
                  + " counted ("
                  + status.policy().word()
                  + " reading), where the schedule calls for "
                  + owed[(int) Math.min(status.day(), lastDay)]
                  + (unreported > 0
                      ? "; besides, " + UnreportedWords.releases(unreported) + ", not drawn"
                      : "")
                  + ".";
          Svg svg = new Svg(title, desc, lastDay, Math.max(max(owed), max(counted)));
          svg.steps(owed, "schedule", "#888888", true);
          svg.steps(counted, "counted (" + status.policy().word() + ")", "#1f5fa8", false);
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
          long lastDay = lines.stream().mapToLong(RatioLine::day).max().orElse(1);
          long[] due = new long[(int) lastDay + 1];
          long[] released = new long[(int) lastDay + 1];
          for (RatioLine r : lines) {
            due[(int) r.day()] = r.due();
            released[(int) r.day()] = r.released();
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

  private static long max(long[] values) {
    long max = 0;
    for (long v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
