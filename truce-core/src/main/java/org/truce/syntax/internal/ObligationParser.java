package org.truce.syntax.internal;

import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Schedule;
import org.truce.syntax.Text;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.TimeUnit;

/**
 * What a party does in a phase: releases (with a schedule, or as a ratio: an exchange), deliveries,
 * withdrawals and undertakings, and the schedules they share.
 */
final class ObligationParser {
  private final ParseContext ctx;
  private final BestEffortParser bestEffort;

  ObligationParser(ParseContext ctx) {
    this.ctx = ctx;
    this.bestEffort = new BestEffortParser(ctx);
  }

  static boolean isVerb(Token t) {
    return t.isWord("releases")
        || t.isWord("allows")
        || t.isWord("delivers")
        || t.isWord("withdraws")
        || t.isWord("undertakes");
  }

  /** After the party's name; the current token is one of the verbs of {@link #isVerb}. */
  Clause obligation(Name party) {
    Token verb = ctx.cursor.advance();
    return switch (verb.text()) {
      case "releases" -> release(party);
      case "allows" -> delivery(party, DeliveryVerb.ALLOWS);
      case "delivers" -> delivery(party, DeliveryVerb.DELIVERS);
      case "withdraws" -> withdrawal(party);
      default -> undertaking(party);
    };
  }

  private Clause release(Name party) {
    int start = party.span().offset();
    if (ctx.atWord("all")) {
      Token all = ctx.cursor.advance();
      ctx.expectWord("remaining");
      Clause.Quantity quantity = new Clause.Quantity.AllRemaining(ctx.spanFrom(all.offset()));
      CategoryName category = ctx.category();
      return new Clause.Release(party, quantity, category, optionalSchedule(), ctx.spanFrom(start));
    }
    Token count = ctx.peek();
    long value = ctx.number("a number or `all remaining`");
    CategoryName category = ctx.category();
    if (ctx.acceptWord("per")) {
      CategoryName unit = ctx.category();
      ctx.expectWord("released");
      Optional<Name> by =
          ctx.acceptWord("by") ? Optional.of(ctx.name("a party name")) : Optional.empty();
      Optional<Length> within =
          ctx.acceptWord("within") ? Optional.of(ctx.length("a number of days")) : Optional.empty();
      if (bestEffort.atBestEffort()) {
        // `... per hostage released as located`: a ratio is owed as the units are released.
        Schedule.BestEffort pace = bestEffort.bestEffort();
        ctx.report(DiagnosticCode.BEST_EFFORT_EXCHANGE, pace.span());
        ctx.markFailed();
      }
      return new Clause.Exchange(party, value, category, unit, by, within, ctx.spanFrom(start));
    }
    Clause.Quantity quantity = new Clause.Quantity.Count(value, count.span());
    return new Clause.Release(party, quantity, category, optionalSchedule(), ctx.spanFrom(start));
  }

  private Optional<Schedule> optionalSchedule() {
    if (bestEffort.atBestEffort()) {
      return Optional.of(bestEffort.bestEffort());
    }
    if (ctx.accept(TokenKind.COMMA) || atSchedule()) {
      return Optional.of(schedule());
    }
    return Optional.empty();
  }

  private boolean atSchedule() {
    return atDeadline() || ctx.at(TokenKind.NUMBER);
  }

  private boolean atDeadline() {
    return (ctx.atWord("on") || ctx.atWord("by")) && ctx.cursor.peek(1).isWord("day");
  }

  private Clause delivery(Name party, DeliveryVerb verb) {
    int start = party.span().offset();
    long amount = ctx.number("a number");
    CategoryName what = ctx.category();
    Schedule schedule;
    if (ctx.atWord("per")) {
      // `allows 600 aid.truck per day`: the amount is delivered each day (or week).
      int scheduleStart = ctx.peek().offset();
      ctx.cursor.advance();
      Length interval = perUnit();
      schedule =
          new Schedule.Batches(amount, interval, Optional.empty(), ctx.spanFrom(scheduleStart));
    } else {
      ctx.accept(TokenKind.COMMA);
      schedule = schedule();
    }
    return new Clause.Delivery(party, verb, amount, what, schedule, ctx.spanFrom(start));
  }

  private Clause withdrawal(Name party) {
    ctx.expectWord("from");
    Text area = ctx.text("the area in quotes, e.g. `\"populated areas\"`");
    Schedule deadline = deadline();
    return new Clause.Withdrawal(party, area, deadline, ctx.spanFrom(party.span().offset()));
  }

  private Clause undertaking(Name party) {
    Text duty = ctx.text("the duty in quotes, e.g. `\"no flights over the south\"`");
    Optional<Schedule> deadline = atDeadline() ? Optional.of(deadline()) : Optional.empty();
    return new Clause.Undertaking(party, duty, deadline, ctx.spanFrom(party.span().offset()));
  }

  /** {@code on day N}, {@code by day N}, {@code K every D days [from day N]}, {@code K per day}. */
  Schedule schedule() {
    if (ctx.atWord("on") || ctx.atWord("by")) {
      return deadline();
    }
    int start = ctx.peek().offset();
    long size = ctx.number("a schedule such as `on day 5`, `by day 42` or `3 every 7 days`");
    Length interval;
    if (ctx.atWord("every")) {
      ctx.cursor.advance();
      int intervalStart = ctx.peek().offset();
      long amount = ctx.at(TokenKind.NUMBER) ? ctx.number("a number") : 1;
      TimeUnit unit = ctx.unit();
      interval = new Length(amount, unit, ctx.spanFrom(intervalStart));
    } else if (ctx.acceptWord("per")) {
      interval = perUnit();
    } else {
      throw ctx.expected("`every` or `per`");
    }
    return batches(size, start, interval);
  }

  private Schedule batches(long size, int start, Length interval) {
    Optional<Long> from = Optional.empty();
    if (ctx.acceptWord("from")) {
      from = Optional.of(ctx.dayNumber());
    }
    return new Schedule.Batches(size, interval, from, ctx.spanFrom(start));
  }

  /** {@code day} or {@code week} after {@code per}. */
  private Length perUnit() {
    Token t = ctx.peek();
    if (!t.isWord("day") && !t.isWord("week")) {
      throw ctx.expected("`day` or `week`");
    }
    ctx.cursor.advance();
    return new Length(1, t.isWord("day") ? TimeUnit.DAYS : TimeUnit.WEEKS, t.span());
  }

  /** {@code on day N} or {@code by day N}. */
  Schedule deadline() {
    int start = ctx.peek().offset();
    if (ctx.acceptWord("on")) {
      long day = ctx.dayNumber();
      return new Schedule.OnDay(day, ctx.spanFrom(start));
    }
    if (ctx.acceptWord("by")) {
      long day = ctx.dayNumber();
      return new Schedule.ByDay(day, ctx.spanFrom(start));
    }
    throw ctx.expected("a deadline such as `by day 22`");
  }
}
