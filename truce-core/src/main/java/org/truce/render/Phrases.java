package org.truce.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.truce.model.CalendarMoment;
import org.truce.model.Category;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.Pace;
import org.truce.vocabulary.RightAction;

/**
 * The English wording of schedules, figures, ratios and lists, shared by every renderer (the
 * agreement document, the timeline, witness traces) so that one clause reads the same everywhere.
 * Days in schedules are days of their phase; categories and parties appear by their names.
 */
public final class Phrases {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Phrases() {}

  /** "1 day", "42 days". */
  public static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  /** "33 hostage.living.civilian": categories are names, so they are not pluralised. */
  public static String count(long n, Category category) {
    return n + " " + category;
  }

  /** A reported count with its qualifier: "about 120", "at least 50", "300". */
  public static String amount(Bound bound, long count) {
    return switch (bound) {
      case EXACTLY -> Long.toString(count);
      case ABOUT -> "about " + count;
      case AT_LEAST -> "at least " + count;
      case AT_MOST -> "at most " + count;
    };
  }

  /** "31 May 2024". */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** {@code 2025-01-26 04:00}, or {@code the end of 2025-02-18} for a date without an hour. */
  public static String moment(CalendarMoment m) {
    return m.time().map(t -> m.date() + " " + t).orElse("the end of " + m.date());
  }

  /**
   * When an obligation is due, in days of its phase: "on day 5 of the phase", "by day 22 of the
   * phase", "3 every 7 days from day 1 of the phase", "600 every day from day 1 of the phase".
   */
  public static String schedule(Schedule schedule) {
    return switch (schedule) {
      case Schedule.OnDay on -> "on day " + on.day() + " of the phase";
      case Schedule.ByDay by -> "by day " + by.day() + " of the phase";
      case Schedule.ByAgreementDay by ->
          by.moment()
              .map(m -> "by " + moment(m) + " (day " + by.day() + " of the agreement)")
              .orElse("by day " + by.day() + " of the agreement");
      case Schedule.Batches b -> b.size() + " " + cadence(b);
      case Schedule.BestEffort effort -> bestEffort(effort);
      case Schedule.Window window ->
          "between day " + window.first() + " and day " + window.last() + " of the phase";
      case Schedule.AgreementWindow w ->
          w.first() == w.last()
              ? "on day " + w.last() + " of the agreement"
              : "between day " + w.first() + " and day " + w.last() + " of the agreement";
      case Schedule.After after -> after(after);
    };
  }

  /**
   * A conditional release: "within 3 days after hamas has released all its hostage.living", "within
   * 2 days after hamas has released 33 hostage".
   */
  public static String after(Schedule.After after) {
    return "within "
        + after.withinDays()
        + (after.withinDays() == 1 ? " day" : " days")
        + " after "
        + after.party()
        + " has released "
        + after.count().map(n -> n + " " + after.category()).orElse("all its " + after.category());
  }

  /**
   * A best-effort pace: "as they are located", "as soon as possible", each with its long stop if
   * any: "as they are located, and at the latest by day 90 of the phase".
   */
  public static String bestEffort(Schedule.BestEffort effort) {
    return (effort.pace() == Pace.AS_LOCATED ? "as they are located" : "as soon as possible")
        + effort
            .longStop()
            .map(day -> ", and at the latest by day " + day + " of the phase")
            .orElse("");
  }

  /** How often batches come: "every day from day 1 of the phase", "every 7 days from day 3 ...". */
  public static String cadence(Schedule.Batches b) {
    return (b.everyDays() == 1 ? "every day" : "every " + days(b.everyDays()))
        + " from day "
        + b.fromDay()
        + " of the phase";
  }

  /**
   * A schedule as it follows the thing scheduled: "33 hostage.living.civilian, 3 every 7 days from
   * day 1 of the phase", but "200 fuel.tanker on day 2 of the phase".
   */
  public static String scheduleAfter(Schedule schedule) {
    return (schedule instanceof Schedule.Batches ? ", " : " ") + schedule(schedule);
  }

  /**
   * The ratio of an exchange: "30 prisoner.general for each hostage.living.civilian released by
   * hamas". Without a named releaser the units count whoever releases them.
   */
  public static String ratio(PhaseClause.Exchange exchange) {
    if (exchange.lump()) {
      return count(exchange.perUnit(), exchange.category())
          + " in one lump for the group of "
          + exchange.group().orElseThrow()
          + " "
          + exchange.unitCategory()
          + exchange.unitReleasedBy().map(p -> " released by " + p).orElse("");
    }
    return count(exchange.perUnit(), exchange.category())
        + " for each "
        + exchange.unitCategory()
        + " released"
        + exchange.unitReleasedBy().map(p -> " by " + p).orElse("");
  }

  /** When an exchange's counter-release is due: "on the same day", "within 2 days". */
  public static String exchangeDelay(PhaseClause.Exchange exchange) {
    if (exchange.lump()) {
      return "once the whole group has been released, "
          + (exchange.withinDays() == 0
              ? "on the day the last of it is released"
              : "within " + days(exchange.withinDays()) + " of the last of it");
    }
    return exchangeDelay(exchange.withinDays());
  }

  /** When a ratio's counter-release is due: "on the same day", "within 2 days". */
  public static String exchangeDelay(long withinDays) {
    return withinDays == 0 ? "on the same day" : "within " + days(withinDays);
  }

  /** "resume hostilities", "suspend its obligations", "terminate the agreement". */
  public static String action(RightAction action) {
    return switch (action) {
      case RESUME_HOSTILITIES -> "resume hostilities";
      case SUSPEND_OBLIGATIONS -> "suspend its obligations";
      case TERMINATE_AGREEMENT -> "terminate the agreement";
    };
  }

  /** How a comparison reads between two figures: "is at least", "is less than". */
  public static String comparison(CompareOp op) {
    return switch (op) {
      case LESS -> "is less than";
      case LESS_OR_EQUAL -> "is at most";
      case GREATER -> "is more than";
      case GREATER_OR_EQUAL -> "is at least";
      case EQUAL -> "is";
      case NOT_EQUAL -> "is not";
    };
  }

  /** "a", "a and b", "a, b and c". */
  public static Phrase list(List<Phrase> items) {
    Phrase.Builder out = Phrase.builder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.words(i == items.size() - 1 ? " and " : ", ");
      }
      out.add(items.get(i));
    }
    return out.build();
  }

  /** {@link #list(List)} over plain words. */
  public static String listWords(List<String> items) {
    return list(items.stream().map(Phrase::words).toList()).plain();
  }
}
