package org.truce.syntax.internal.format;

import org.truce.syntax.Amount;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Length;
import org.truce.syntax.Schedule;
import org.truce.syntax.Tag;
import org.truce.syntax.Text;
import org.truce.vocabulary.Pace;
import org.truce.vocabulary.TimeUnit;

/** The canonical spelling of the small pieces every clause is made of. */
final class Words {
  private Words() {}

  /** Quoted text with the three escapes the lexer knows; every other character is kept as is. */
  static String quote(Text text) {
    return quote(text.value());
  }

  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static String category(CategoryName category) {
    return category.path();
  }

  /** {@code 6 weeks}, {@code 1 day}: the unit as written, singular for one. */
  static String length(Length length) {
    return length.amount() + " " + unit(length.unit(), length.amount() != 1);
  }

  static String unit(TimeUnit unit, boolean plural) {
    String word =
        switch (unit) {
          case HOURS -> "hour";
          case DAYS -> "day";
          case WEEKS -> "week";
        };
    return plural ? word + "s" : word;
  }

  static String amount(Amount amount) {
    String qualifier =
        switch (amount.bound()) {
          case EXACTLY -> "";
          case ABOUT -> "about ";
          case AT_LEAST -> "at least ";
          case AT_MOST -> "at most ";
        };
    return qualifier + amount.value();
  }

  /**
   * A schedule with the separator that goes before it: a comma before batches ({@code , 3 every 7
   * days}), a space before a deadline ({@code by day 5}).
   */
  static String schedule(Schedule schedule) {
    return switch (schedule) {
      case Schedule.OnDay on -> " on day " + on.day();
      case Schedule.ByDay by -> " by day " + by.day();
      case Schedule.ByAgreementDay by -> " by day " + by.day() + " of the agreement";
      case Schedule.ByDate by -> " by " + by.date() + by.time().map(t -> " " + t).orElse("");
      case Schedule.Batches batches -> {
        Length interval = batches.interval();
        String every =
            interval.amount() == 1
                ? "per " + unit(interval.unit(), false)
                : "every " + length(interval);
        String from = batches.from().map(day -> " from day " + day).orElse("");
        yield ", " + batches.size() + " " + every + from;
      }
      case Schedule.BestEffort effort ->
          (effort.pace() == Pace.AS_LOCATED ? " as located" : " as soon as possible")
              + effort.longStop().map(day -> ", at the latest by day " + day).orElse("");
      case Schedule.Window window -> " between day " + window.first() + " and day " + window.last();
      case Schedule.AgreementWindow w ->
          w.first() == w.last()
              ? " on day " + w.last() + " of the agreement"
              : " between day " + w.first() + " and day " + w.last() + " of the agreement";
      case Schedule.After after ->
          " within "
              + length(after.within())
              + " after "
              + after.party().text()
              + " has released "
              + after.count().map(String::valueOf).orElse("all")
              + " "
              + after.category().path();
    };
  }

  static String tag(Tag tag) {
    return "[" + tag.id() + tag.label().map(label -> " " + quote(label)).orElse("") + "]";
  }
}
