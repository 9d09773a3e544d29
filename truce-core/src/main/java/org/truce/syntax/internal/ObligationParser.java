package org.truce.syntax.internal;

import java.util.List;
import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Schedule;
import org.truce.syntax.SubQuota;
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
  private final WindowParser window;
  private final ConditionalParser conditional;
  private final SubQuotaParser subQuotas;

  ObligationParser(ParseContext ctx) {
    this.ctx = ctx;
    this.bestEffort = new BestEffortParser(ctx);
    this.window = new WindowParser(ctx);
    this.conditional = new ConditionalParser(ctx);
    this.subQuotas = new SubQuotaParser(ctx);
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
    Clause clause =
        switch (verb.text()) {
          case "releases" -> release(party);
          case "allows" -> delivery(party, DeliveryVerb.ALLOWS);
          case "delivers" -> delivery(party, DeliveryVerb.DELIVERS);
          case "withdraws" -> withdrawal(party);
          default -> undertaking(party);
        };
    if (subQuotas.atOfWhich()) {
      // `hamas releases 33 hostage, of which 20 hostage.living`: read the parts so that the rest
      // of the file parses, and say that only deliveries take them (E189).
      int start = ctx.cursor.peek(1).offset();
      subQuotas.ofWhich();
      ctx.report(
          DiagnosticCode.SUB_QUOTA_ON_RELEASE,
          ctx.spanFrom(start),
          verb.isWord("releases") ? "releases" : verb.text() + " clauses");
    }
    return clause;
  }

  private Clause release(Name party) {
    int start = party.span().offset();
    if (ctx.atWord("all")) {
      Token all = ctx.cursor.advance();
      if (ctx.peek().isName()) {
        return order(party, start);
      }
      ctx.expectWord("remaining");
      Clause.Quantity quantity = new Clause.Quantity.AllRemaining(ctx.spanFrom(all.offset()));
      CategoryName category = ctx.category();
      return new Clause.Release(party, quantity, category, optionalSchedule(), ctx.spanFrom(start));
    }
    Token count = ctx.peek();
    long value = ctx.number("a number or `all remaining`");
    CategoryName category = ctx.category();
    Token per = ctx.peek();
    if (ctx.atWord("for") && ctx.cursor.peek(1).isWord("the")) {
      return lump(party, start, value, category);
    }
    if (ctx.acceptPer()) {
      if (ctx.at(TokenKind.NUMBER)) {
        throw forEveryN(per, value, category);
      }
      CategoryName unit = ctx.category();
      ctx.expectWord("released");
      Optional<Name> by =
          ctx.acceptWord("by") ? Optional.of(ctx.name("a party name")) : Optional.empty();
      Optional<Length> within =
          ctx.acceptWord("within")
              ? Optional.of(ctx.deadlineLength("a number of days or hours"))
              : Optional.empty();
      if (bestEffort.atBestEffort()) {
        // `... per hostage released as located`: a ratio is owed as the units are released.
        Schedule.BestEffort pace = bestEffort.bestEffort();
        ctx.report(DiagnosticCode.BEST_EFFORT_EXCHANGE, pace.span());
        ctx.markFailed();
      }
      return new Clause.Exchange(party, value, category, unit, by, within, ctx.spanFrom(start));
    }
    if (ctx.atWord("every")
        || ((ctx.atWord("weekly") || ctx.atWord("daily"))
            && !startsClauseAfterName(ctx.cursor.peek(1)))) {
      throw withoutTotal(value, category);
    }
    Clause.Quantity quantity = new Clause.Quantity.Count(value, count.span());
    Optional<Schedule> schedule =
        ctx.atWord("in") && inBatchesFollows()
            ? Optional.of(inBatches(category))
            : optionalSchedule();
    Clause release = new Clause.Release(party, quantity, category, schedule, ctx.spanFrom(start));
    if (ctx.atWord("within")) {
      throw releaseWithin();
    }
    return release;
  }

  /**
   * {@code releases 120 prisoner for the 15 hostage.living.civilian [released [by hamas]] [within N
   * days]}: a lump for a whole group, after the lump's category.
   */
  private Clause lump(Name party, int start, long value, CategoryName category) {
    ctx.expectWord("for");
    ctx.expectWord("the");
    long group = ctx.number("the number of units in the group");
    CategoryName unit = ctx.category();
    Optional<Name> by = Optional.empty();
    if (ctx.acceptWord("released")) {
      by = ctx.acceptWord("by") ? Optional.of(ctx.name("a party name")) : Optional.empty();
    }
    Optional<Length> within =
        ctx.acceptWord("within")
            ? Optional.of(ctx.deadlineLength("a number of days or hours"))
            : Optional.empty();
    return new Clause.Exchange(
        party, value, category, unit, by, within, Optional.of(group), ctx.spanFrom(start));
  }

  /** {@code releases all A before any B}: an order between releases, after {@code all}. */
  private Clause order(Name party, int start) {
    CategoryName first = ctx.category();
    ctx.expectWord("before");
    ctx.expectWord("any");
    CategoryName then = ctx.category();
    return new Clause.Order(party, first, then, ctx.spanFrom(start));
  }

  /**
   * True for a word that follows a party's name at the start of a clause: then a {@code weekly} or
   * {@code daily} before it is that party's name, not an interval.
   */
  private static boolean startsClauseAfterName(Token t) {
    return isVerb(t) || t.isWord("may") || t.isWord("ensures") || t.isWord("ensure");
  }

  /** {@code releases 30 prisoner for every 5 hostage released}: E137, with the ratio to write. */
  private Abort forEveryN(Token per, long value, CategoryName category) {
    long n = ctx.number("a number");
    ctx.acceptWord("additional");
    CategoryName unit = ctx.category();
    String hint =
        value % n == 0
            ? "write `releases "
                + (value / n)
                + " "
                + category.path()
                + " per "
                + unit.path()
                + " released` ("
                + value
                + " for every "
                + n
                + " is "
                + (value / n)
                + " for each)"
            : "a ratio of "
                + value
                + " for every "
                + n
                + " is not a whole number for each unit: write the whole number per unit, e.g."
                + " `releases "
                + Math.max(1, value / n)
                + " "
                + category.path()
                + " per "
                + unit.path()
                + " released`";
    ctx.report(DiagnosticCode.EXCHANGE_FOR_EVERY, ctx.spanFrom(per.offset()), n, hint);
    return Abort.INSTANCE;
  }

  /** {@code releases 3 hostage every week}: batches without a total (E138). */
  private Abort withoutTotal(long value, CategoryName category) {
    Token t = ctx.peek();
    String batches =
        switch (t.text()) {
          case "weekly" -> value + " every week";
          case "daily" -> value + " every day";
          default -> {
            ctx.cursor.advance();
            String interval = ctx.at(TokenKind.NUMBER) ? ctx.cursor.advance().text() + " " : "";
            yield value + " every " + interval + (ctx.atUnit() ? ctx.peek().text() : "7 days");
          }
        };
    ctx.report(
        DiagnosticCode.BATCHES_WITHOUT_TOTAL,
        new org.truce.source.Span(t.offset(), Math.max(1, ctx.peek().end() - t.offset())),
        category.path(),
        batches);
    return Abort.INSTANCE;
  }

  /** {@code within 24 hours} after a release: E133, with the day to write instead. */
  private Abort releaseWithin() {
    Token within = ctx.cursor.advance();
    long days = 1;
    if (ctx.at(TokenKind.NUMBER)) {
      long amount = ctx.cursor.advance().value();
      Token unit = ctx.peek();
      days =
          switch (unit.kind() == TokenKind.WORD ? unit.text() : "") {
            case "hour", "hours" -> Math.max(1, (amount + 23) / 24);
            case "week", "weeks" -> amount * 7;
            default -> amount;
          };
      if (unit.kind() == TokenKind.WORD) {
        ctx.cursor.advance();
      }
    }
    ctx.report(DiagnosticCode.RELEASE_WITHIN, ctx.spanFrom(within.offset()), Math.max(1, days));
    return Abort.INSTANCE;
  }

  private boolean inBatchesFollows() {
    Token next = ctx.cursor.peek(1);
    return next.isWord("batches") || next.isWord("weekly") || next.isWord("daily");
  }

  /**
   * {@code in weekly batches of 8 [from day N]}, {@code in daily batches of 8}, {@code in batches
   * of 8 every 7 days}: the same schedule as {@code , 8 every week} (docs/language.md).
   */
  private Schedule inBatches(CategoryName category) {
    int start = ctx.cursor.advance().offset();
    Optional<Token> often =
        ctx.atWord("weekly") || ctx.atWord("daily")
            ? Optional.of(ctx.cursor.advance())
            : Optional.empty();
    ctx.expectWord("batches");
    ctx.expectWord("of");
    long size = ctx.number("the size of each batch");
    Length interval;
    if (often.isPresent()) {
      Token t = often.get();
      interval = new Length(1, t.isWord("weekly") ? TimeUnit.WEEKS : TimeUnit.DAYS, t.span());
    } else if (atInterval()) {
      interval = interval();
    } else {
      ctx.report(
          DiagnosticCode.BATCHES_WITHOUT_INTERVAL,
          ctx.spanFrom(start),
          "releases N " + category.path(),
          size);
      throw Abort.INSTANCE;
    }
    return batches(size, start, interval);
  }

  private Optional<Schedule> optionalSchedule() {
    if (subQuotas.atOfWhich()) {
      return Optional.empty();
    }
    if (bestEffort.atBestEffort()) {
      return Optional.of(bestEffort.bestEffort());
    }
    if (window.atWindow()) {
      return Optional.of(window.window());
    }
    if (conditional.atConditional()) {
      return Optional.of(conditional.conditional());
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
    Token next = ctx.cursor.peek(1);
    return (ctx.atWord("on") || ctx.atWord("by"))
        && (next.isWord("day") || next.is(TokenKind.DATE));
  }

  private Clause delivery(Name party, DeliveryVerb verb) {
    int start = party.span().offset();
    long amount = ctx.number("a number");
    CategoryName what = ctx.category();
    Schedule schedule;
    if (atInterval()) {
      // `allows 600 aid.truck per day`: the amount is delivered each day (or week); `every week`,
      // `weekly` and `daily` say the same.
      int scheduleStart = ctx.peek().offset();
      Length interval = interval();
      schedule =
          new Schedule.Batches(amount, interval, Optional.empty(), ctx.spanFrom(scheduleStart));
    } else {
      ctx.accept(TokenKind.COMMA);
      schedule = schedule();
    }
    List<SubQuota> ofWhich = subQuotas.ofWhich();
    return new Clause.Delivery(party, verb, amount, what, schedule, ofWhich, ctx.spanFrom(start));
  }

  private Clause withdrawal(Name party) {
    ctx.expectWord("from");
    Text area = ctx.text("the area in quotes, e.g. `\"populated areas\"`");
    Schedule deadline = deadline();
    return new Clause.Withdrawal(party, area, deadline, ctx.spanFrom(party.span().offset()));
  }

  private Clause undertaking(Name party) {
    Text duty = ctx.text("the duty in quotes, e.g. `\"no flights over the south\"`");
    Optional<Clause.DayMark> from = Optional.empty();
    if (ctx.atWord("from")) {
      ctx.cursor.advance();
      int dayStart = ctx.peek().offset();
      long day = ctx.dayNumber("from", "the phase");
      from = Optional.of(new Clause.DayMark(day, ctx.spanFrom(dayStart)));
    }
    Optional<Schedule> deadline = atDeadline() ? Optional.of(deadline()) : Optional.empty();
    return new Clause.Undertaking(party, duty, from, deadline, ctx.spanFrom(party.span().offset()));
  }

  /** {@code on day N}, {@code by day N}, {@code K every D days [from day N]}, {@code K per day}. */
  Schedule schedule() {
    if (ctx.atWord("on") || ctx.atWord("by")) {
      return deadline();
    }
    int start = ctx.peek().offset();
    long size = ctx.number("a schedule such as `on day 5`, `by day 42` or `3 every 7 days`");
    if (!atInterval()) {
      throw ctx.expected("`every` or `per`");
    }
    return batches(size, start, interval());
  }

  /** At {@code every}, {@code per}, {@code weekly} or {@code daily}. */
  private boolean atInterval() {
    return ctx.atWord("every") || ctx.atWord("per") || ctx.atWord("weekly") || ctx.atWord("daily");
  }

  /**
   * {@code every [N] days}, {@code per day}, and their synonyms {@code weekly} ({@code every week})
   * and {@code daily} ({@code every day}).
   */
  private Length interval() {
    if (ctx.atWord("weekly") || ctx.atWord("daily")) {
      Token t = ctx.cursor.advance();
      return new Length(1, t.isWord("weekly") ? TimeUnit.WEEKS : TimeUnit.DAYS, t.span());
    }
    if (ctx.acceptWord("per")) {
      return perUnit();
    }
    ctx.expectWord("every");
    int intervalStart = ctx.peek().offset();
    long amount = ctx.at(TokenKind.NUMBER) ? ctx.number("a number") : 1;
    TimeUnit unit = ctx.unit(amount);
    return new Length(amount, unit, ctx.spanFrom(intervalStart));
  }

  private Schedule batches(long size, int start, Length interval) {
    Optional<Long> from = Optional.empty();
    if (ctx.acceptWord("from")) {
      from = Optional.of(ctx.dayNumber("from", "the phase"));
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

  /**
   * {@code on day N}, {@code by day N}, {@code by day N of the agreement}, {@code on day N of the
   * agreement} (a window of one day of the agreement; releases only, AgreementDayChecks) or a
   * calendar moment {@code by 2025-01-26 04:00} / {@code by 2025-02-18}.
   */
  Schedule deadline() {
    int start = ctx.peek().offset();
    if (ctx.acceptWord("on")) {
      long day = ctx.dayNumber("on", "the phase");
      if (ctx.atWord("of") && ctx.cursor.peek(1).isWord("the")) {
        ctx.cursor.advance();
        ctx.expectWord("the");
        ctx.expectWord("agreement");
        return new Schedule.AgreementWindow(day, day, ctx.spanFrom(start));
      }
      return new Schedule.OnDay(day, ctx.spanFrom(start));
    }
    if (ctx.acceptWord("by")) {
      if (ctx.at(TokenKind.DATE)) {
        String date = ctx.cursor.advance().text();
        Optional<String> time =
            ctx.at(TokenKind.TIME) ? Optional.of(ctx.cursor.advance().text()) : Optional.empty();
        return new Schedule.ByDate(date, time, ctx.spanFrom(start));
      }
      long day = ctx.dayNumber("by", "the phase");
      if (ctx.acceptWord("of")) {
        ctx.expectWord("the");
        ctx.expectWord("agreement");
        return new Schedule.ByAgreementDay(day, ctx.spanFrom(start));
      }
      return new Schedule.ByDay(day, ctx.spanFrom(start));
    }
    throw ctx.expected("a deadline such as `by day 22`");
  }
}
