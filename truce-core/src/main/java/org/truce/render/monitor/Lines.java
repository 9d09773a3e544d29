package org.truce.render.monitor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.truce.monitor.DayClock;
import org.truce.monitor.Monitor;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status;
import org.truce.monitor.Status.DisputeLine;
import org.truce.monitor.Status.ExtensionLine;
import org.truce.monitor.Status.TallyLine;
import org.truce.render.timeline.internal.Words;

/**
 * The sentences of a status, shared by the text, Markdown and HTML forms: one per line of the
 * status, each ending with the clause it comes from.
 */
final class Lines {
  private Lines() {}

  static String heading(Status s) {
    return "Status of \""
        + s.title()
        + "\" at "
        + moment(s.at().toLocalDate(), s.at().toLocalTime());
  }

  static String inForce(Status s) {
    return "Version "
        + s.version()
        + ", in force since "
        + moment(s.inForce().since().toLocalDate(), s.inForce().since().toLocalTime())
        + " (entry "
        + s.inForce().entry()
        + ")"
        + s.inForce()
            .amends()
            .map(
                a ->
                    ", amending the agreement in force since "
                        + moment(a.since().toLocalDate(), a.since().toLocalTime())
                        + " (entry "
                        + a.entry()
                        + "), whose days it goes on counting")
            .orElse("")
        + ". Today is day "
        + s.day()
        + " of the agreement"
        + " ("
        + dayWhen(s.clock(), s.day())
        + ").";
  }

  /** "Lapsed: since the end of day 60 (2025-03-18) ..." when the agreement has lapsed. */
  static Optional<String> lapse(Status s) {
    return s.lapse()
        .map(
            l ->
                "Lapsed: since the end of day "
                    + l.day()
                    + " ("
                    + minutes(s.clock().endOf(l.day()))
                    + ")"
                    + (l.clause().isEmpty() ? "" : ", clause " + l.clause())
                    + "; "
                    + l.reason()
                    + ".");
  }

  static String phase(Status s) {
    if (s.phase().isEmpty()) {
      return "Phase: none has begun.";
    }
    Status.PhaseLine p = s.phase().get();
    String name = p.name() + p.title().map(t -> " \"" + t + "\"").orElse("");
    String length =
        p.lengthDays().map(Words::days).orElse("no set length")
            + (p.extensionDays() > 0
                ? " and " + Words.days(p.extensionDays()) + " of extension"
                : "");
    String text =
        p.ended()
            ? "Phase: "
                + name
                + " ended after day "
                + p.lastDay().orElseThrow()
                + " ("
                + length
                + ")"
                + p.notBegun().map(n -> "; " + n).orElse("")
            : "Phase: "
                + name
                + ", its day "
                + p.phaseDay()
                + (p.extensionDay() ? ", an extension day" : "")
                + " ("
                + length
                + ")";
    return text + cite(p.clause());
  }

  static String hostilities(Status s) {
    Status.HostilitiesLine h = s.hostilities();
    String since =
        h.since().map(d -> " since " + moment(d, h.hour().orElse(null))).orElse("")
            + h.entry().map(e -> " (entry " + e + ")").orElse(" (as the text sets them)");
    return "Hostilities: "
        + h.state()
        + since
        + cite(h.clause())
        + h.right().map(r -> "; " + r).orElse("");
  }

  /** "Agreement: in force since ...", "Agreement: ended on ...", "Agreement: lapsed at ...". */
  static String standing(Status s) {
    return "Agreement: " + s.standing().text() + ".";
  }

  static String counting(Status chosen, Status other) {
    return "Counting: "
        + chosen.policy().word()
        + ": "
        + chosen.policy().meaning()
        + ". Where the other reading ("
        + other.policy().word()
        + ": "
        + other.policy().meaning()
        + ") gives other figures, they follow, marked `"
        + other.policy().word()
        + ":`.";
  }

  static String obligation(DayClock days, ObligationLine o) {
    String when = day(days, o.dueDay());
    String standing =
        switch (o.state()) {
          case IN_FORCE -> "in force since " + dayFrom(days, o.dueDay());
          case FULFILLED ->
              !o.performed().isEmpty()
                  ? DoneLines.fulfilledBy(days, o)
                  : "fulfilled, "
                      + o.done()
                      + " of "
                      + o.required()
                      + " by "
                      + when
                      + (o.daysLate() > 0 ? ", " + Words.days(o.daysLate()) + " late" : "");
          case DUE_TODAY ->
              "due today, " + when + ": " + o.done() + " of " + o.required() + " so far";
          case IN_PROGRESS ->
              "in progress, due by " + when + ": " + o.done() + " of " + o.required() + " so far";
          case ONGOING ->
              "in progress since "
                  + dayFrom(days, o.dueDay())
                  + ", no date set: "
                  + o.done()
                  + " of "
                  + o.required()
                  + " so far";
          case UPCOMING ->
              "upcoming, due " + when + ": " + o.done() + " of " + o.required() + " so far";
          case WAITING ->
              o.trigger()
                  .map(
                      t ->
                          "waiting for "
                              + t.toRelease()
                              + ": "
                              + progress(t)
                              + "; then due within "
                              + Words.days(t.withinDays())
                              + ", "
                              + o.done()
                              + " of "
                              + o.required()
                              + " so far")
                  .orElse("waiting");
          case NOT_MONITORED ->
              "not monitored: due " + when + ", " + o.done() + " of " + o.required() + " recorded";
          case OVERDUE ->
              (o.unreported() > 0 ? "overdue by the counts reported, since " : "overdue since ")
                  + when
                  + ": "
                  + o.done()
                  + " of "
                  + o.required()
                  + ", "
                  + Words.days(o.daysLate())
                  + " late";
        };
    return o.party()
        + " "
        + what(o)
        + ": "
        + DoneLines.partly(days, o)
        + standing
        + UnreportedWords.obligation(o)
        + cite(o.clause());
  }

  /**
   * What an obligation asks; for a conditional release whose trigger is complete, with the day it
   * completed: "(trigger complete on day 9: 15 of 15 released)".
   */
  static String what(ObligationLine o) {
    return o.what()
        + o.trigger()
            .flatMap(
                t ->
                    t.completedDay()
                        .map(
                            day ->
                                " (trigger complete "
                                    + (day == 0 ? "at signing" : "on day " + day)
                                    + ": "
                                    + progress(t)
                                    + ")"))
            .orElse("");
  }

  /** "10 of 15 released", "10 of about 15 released": how far a trigger has come. */
  static String progress(Status.TriggerLine t) {
    return t.released() + " of " + t.held().map(q -> q + " ").orElse("") + t.target() + " released";
  }

  /**
   * When an obligation is due: its day; waiting for a trigger, how long after it; a best-effort
   * release due on no date, that no date is set.
   */
  static String due(DayClock days, ObligationLine o) {
    if (o.state() == Status.ObligationState.WAITING) {
      return o.trigger()
          .map(t -> Words.days(t.withinDays()) + " after its trigger")
          .orElse("not yet");
    }
    if (o.dueDate().isEmpty()) {
      return "no date set";
    }
    return day(days, o.dueDay());
  }

  static String state(ObligationLine o) {
    return o.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String ratio(DayClock days, RatioLine r) {
    String verdict =
        switch (r.verdict()) {
          case HOLDS -> "holds";
          case SHORT -> (r.due() - r.released()) + " short";
          case MORE -> (r.released() - r.due()) + " more than the ratio";
          case PENDING ->
              r.pendingStatus() > 0 ? "pending status, not judged" : "the day is not over";
          case UNREPORTED ->
              "not judged: " + UnreportedWords.releases(r.unreported()) + " in the batch";
        };
    if (r.pendingStatus() > 0) {
      return day(days, r.day())
          + ": "
          + r.units()
          + " "
          + r.unitCategory()
          + " counted and "
          + r.pendingStatus()
          + " of unknown status call for "
          + r.due()
          + " to "
          + r.mostDue()
          + " "
          + r.category()
          + " from "
          + r.party()
          + " ("
          + r.perUnit()
          + " each, pending status); "
          + r.released()
          + " released: "
          + verdict
          + cite(r.clause());
    }
    return day(days, r.day())
        + ": "
        + r.units()
        + " "
        + r.unitCategory()
        + " counted call for "
        + r.due()
        + " "
        + r.category()
        + " from "
        + r.party()
        + " ("
        + r.perUnit()
        + " each); "
        + r.released()
        + " released: "
        + verdict
        + cite(r.clause());
  }

  /** A pool's verdict so far: "holds", "4 short", "6 more than the ratio", "pending". */
  static String verdict(Status.ExchangeLine x) {
    return switch (x.verdict()) {
      case HOLDS -> "holds";
      case SHORT -> (x.due() - x.released()) + " short";
      case MORE -> (x.released() - x.due()) + " more than the ratio";
      case PENDING -> "pending";
      case UNREPORTED -> "not judged: releases of unreported count in the pool";
    };
  }

  /** A pool of ratios, cumulative: "israel: 240 prisoner released so far for ...: 6 more". */
  static String exchange(Status.ExchangeLine x) {
    String verdict = verdict(x);
    return x.party()
        + ": "
        + x.released()
        + " "
        + x.category()
        + " released so far for "
        + String.join(" and ", x.counted())
        + " counted, which call for "
        + x.due()
        + ": "
        + verdict
        + cite(x.clause());
  }

  static String extension(ExtensionLine x) {
    String agreed =
        "phase "
            + x.phase()
            + ": "
            + Words.days(x.lengthDays())
            + ", and "
            + Words.days(x.agreedDays())
            + " of extension agreed"
            + (x.entries().isEmpty() ? "" : " (" + String.join(", ", x.entries()) + ")");
    String earned =
        x.earnedDays()
            .map(
                e ->
                    "; the rule ("
                        + x.rule()
                        + ") earns "
                        + Words.days(e)
                        + " for "
                        + x.additional().orElse(0L)
                        + " additional counted")
            .orElse("; the rule: " + x.rule());
    return agreed + earned + cite(x.clause());
  }

  static String tally(TallyLine t) {
    return t.party()
        + " "
        + t.kind()
        + (t.category().isEmpty() ? "" : " " + t.category())
        + ": "
        + (t.released() == 0 && t.unreported() > 0
            ? UnreportedWords.releases(t.unreported())
            : t.released()
                + UnreportedWords.and(t.unreported())
                + ", of which "
                + t.counted()
                + " counted in the deal")
        + t.disputed().map(d -> "; " + d + " by the disputed reports").orElse("");
  }

  static String dispute(DisputeLine d) {
    return d.date()
        + ", entry "
        + d.entry()
        + " ("
        + d.event()
        + "): "
        + d.figure()
        + " "
        + d.first()
        + " ("
        + d.firstSource()
        + "), or "
        + d.second()
        + " ("
        + d.secondSource()
        + "; entry "
        + d.dispute()
        + ")";
  }

  static String substitution(Status.SubstitutionLine s) {
    return "day "
        + s.day()
        + ": "
        + s.party()
        + " released "
        + s.count()
        + " "
        + s.category()
        + " in place of "
        + s.substitutes()
        + " due first, a substitution, not a breach of the order ("
        + s.entry()
        + (s.clause().isEmpty() ? "" : ", " + s.clause())
        + ")";
  }

  static String deviation(DayClock days, Status.DeviationLine d) {
    return d.lastDay().map(last -> dayRange(days, d.day(), last)).orElse(day(days, d.day()))
        + ": "
        + d.text()
        + (d.entries().isEmpty() ? "" : " (entries " + String.join(", ", d.entries()) + ")")
        + cite(d.clause());
  }

  /**
   * {@code day 7 (ends 2023-12-01 07:00)}: a day of the agreement with the moment it ends, as the
   * timeline labels it; {@code day 7 (2023-11-30)} when the days begin at midnight, each then one
   * calendar date.
   */
  static String day(DayClock days, long day) {
    return "day " + day + " (" + dayWhen(days, day) + ")";
  }

  /** {@code days 1–11 (from 2023-11-24 07:00 to 2023-12-05 07:00)}: consecutive days, one line. */
  static String dayRange(DayClock days, long first, long last) {
    return "days "
        + first
        + "–"
        + last
        + " ("
        + (days.calendarDays()
            ? days.endOf(first - 1).toLocalDate() + " to " + days.endOf(last - 1).toLocalDate()
            : "from " + minutes(days.endOf(first - 1)) + " to " + minutes(days.endOf(last)))
        + ")";
  }

  /** {@code day 1 (from 2023-11-24 07:00)}: a day something has held since, with its beginning. */
  static String dayFrom(DayClock days, long day) {
    return "day "
        + day
        + " ("
        + (days.calendarDays()
            ? days.endOf(day - 1).toLocalDate().toString()
            : "from " + minutes(days.endOf(day - 1)))
        + ")";
  }

  private static String dayWhen(DayClock days, long day) {
    return days.calendarDays()
        ? days.endOf(day - 1).toLocalDate().toString()
        : "ends " + minutes(days.endOf(day));
  }

  private static String minutes(java.time.LocalDateTime moment) {
    return moment.toLocalDate() + " " + moment.toLocalTime().withSecond(0).withNano(0);
  }

  static String cite(String clause) {
    return clause.isEmpty() ? "" : " [" + clause + "]";
  }

  static String moment(LocalDate date, LocalTime time) {
    return time == null || time.equals(Monitor.END_OF_DATE)
        ? date.toString()
        : date + " " + time.withSecond(0).withNano(0);
  }

  /** The other reading's line where it differs from the chosen one's. */
  static Optional<String> other(String chosen, String other) {
    return chosen.equals(other) ? Optional.empty() : Optional.of(other);
  }
}
