package org.truce.negotiate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.truce.model.Conclusion;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Instrument;
import org.truce.model.Interest;
import org.truce.model.Lapse;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.model.Schedule;

/**
 * The numbers of a clause, each under a short name a reader recognises ({@code count}, {@code per
 * unit}, {@code by day}), in the order they are written. Days are the model's: a phase that lasts 6
 * weeks has a duration of 42 days.
 */
public final class Numbers {
  /** A whole number outside quotes that is not part of a name or category ({@code zone2}). */
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(?![\\w.])");

  private Numbers() {}

  /** One number of a clause. */
  public record Named(String name, long value) {}

  public static List<Named> of(Object element) {
    List<Named> out = new ArrayList<>();
    switch (element) {
      case Phase phase -> {
        phase.durationDays().ifPresent(days -> out.add(new Named("duration in days", days)));
        switch (phase.entry()) {
          case Phase.Entry.OnDay on -> out.add(new Named("begins on day", on.day()));
          case Phase.Entry.After after -> {}
          case Phase.Entry.When when -> condition(when.condition(), out);
        }
        phase.endsWhen().ifPresent(ends -> condition(ends, out));
      }
      case PhaseClause clause -> clause(clause, out);
      case Requirement requirement -> {
        condition(requirement.condition(), out);
        requirement.withinDays().ifPresent(days -> out.add(new Named("within days", days)));
      }
      case Conclusion conclusion -> condition(conclusion.condition(), out);
      case Lapse lapse -> {
        lapse.onDay().ifPresent(day -> out.add(new Named("lapses on day", day)));
        lapse.condition().ifPresent(c -> condition(c, out));
      }
      case Interest interest -> condition(interest.condition(), out);
      case Instrument instrument -> {}
      default -> throw new IllegalArgumentException("not a clause: " + element);
    }
    return List.copyOf(out);
  }

  /**
   * The text with every number outside quotes replaced by {@code #}: two clauses with the same
   * shape differ at most in their numbers.
   */
  public static String shape(String text) {
    StringBuilder out = new StringBuilder();
    // Even-numbered pieces lie outside quotes; an escaped quote (\") does not end a text.
    String[] pieces = text.split("(?<!\\\\)\"", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        out.append('"');
      }
      out.append(i % 2 == 0 ? masked(pieces[i]) : pieces[i]);
    }
    return out.toString();
  }

  /** Numbers masked, and {@code 1 day} read as {@code 2 days}: the unit follows the number. */
  private static String masked(String unquoted) {
    return NUMBER.matcher(unquoted).replaceAll("#").replace("# days", "# day");
  }

  private static void clause(PhaseClause clause, List<Named> out) {
    switch (clause) {
      case PhaseClause.Hostilities hostilities -> {}
      case PhaseClause.Release release -> {
        release.count().ifPresent(count -> out.add(new Named("count", count)));
        release.schedule().ifPresent(schedule -> schedule(schedule, out));
      }
      case PhaseClause.Order order -> {}
      case PhaseClause.Exchange exchange -> {
        if (exchange.lump()) {
          out.add(new Named("lump", exchange.perUnit()));
          out.add(new Named("group", exchange.group().orElseThrow()));
        } else {
          out.add(new Named("per unit", exchange.perUnit()));
        }
        out.add(new Named("within days", exchange.withinDays()));
      }
      case PhaseClause.Delivery delivery -> {
        out.add(new Named("amount", delivery.amount()));
        schedule(delivery.schedule(), out);
      }
      case PhaseClause.Withdrawal withdrawal -> schedule(withdrawal.deadline(), out);
      case PhaseClause.Undertaking undertaking ->
          undertaking.deadline().ifPresent(schedule -> schedule(schedule, out));
      case PhaseClause.Talks talks -> out.add(new Named("begin by day", talks.beginByDay()));
      case PhaseClause.Extension extension -> {
        out.add(new Named("step in days", extension.stepDays()));
        switch (extension.trigger()) {
          case PhaseClause.Extension.Trigger.PerReleases per ->
              out.add(new Named("per releases", per.count()));
          case PhaseClause.Extension.Trigger.While during -> condition(during.condition(), out);
        }
        extension.capDays().ifPresent(cap -> out.add(new Named("cap in days", cap)));
      }
      case PhaseClause.Right right -> right.when().ifPresent(when -> condition(when, out));
      case PhaseClause.Assurance assurance -> {
        condition(assurance.condition(), out);
        assurance.scope().ifPresent(scope -> condition(scope.condition(), out));
      }
    }
  }

  private static void schedule(Schedule schedule, List<Named> out) {
    switch (schedule) {
      case Schedule.OnDay on -> out.add(new Named("on day", on.day()));
      case Schedule.ByDay by -> out.add(new Named("by day", by.day()));
      case Schedule.ByAgreementDay by -> out.add(new Named("by day of the agreement", by.day()));
      case Schedule.Batches batches -> {
        out.add(new Named("batch size", batches.size()));
        out.add(new Named("days between batches", batches.everyDays()));
        out.add(new Named("from day", batches.fromDay()));
      }
      case Schedule.BestEffort effort ->
          effort.longStop().ifPresent(day -> out.add(new Named("long stop", day)));
      case Schedule.Window window -> {
        out.add(new Named("window opens on day", window.first()));
        out.add(new Named("window closes on day", window.last()));
      }
      case Schedule.AgreementWindow window -> {
        out.add(new Named("window opens on day of the agreement", window.first()));
        out.add(new Named("window closes on day of the agreement", window.last()));
      }
      case Schedule.After after -> {
        out.add(new Named("days after the trigger", after.withinDays()));
        after.count().ifPresent(n -> out.add(new Named("released to arm it", n)));
      }
    }
  }

  /** Numbers written in a condition ({@code released hostage >= 33}), left to right. */
  private static void condition(Condition condition, List<Named> out) {
    switch (condition) {
      case Condition.And and -> {
        condition(and.left(), out);
        condition(and.right(), out);
      }
      case Condition.Or or -> {
        condition(or.left(), out);
        condition(or.right(), out);
      }
      case Condition.Not not -> condition(not.operand(), out);
      case Condition.Compare compare -> {
        figure(compare.left(), out);
        figure(compare.right(), out);
      }
      default -> {}
    }
  }

  private static void figure(Figure figure, List<Named> out) {
    if (figure instanceof Figure.Literal literal) {
      out.add(new Named("value", literal.value()));
    }
  }
}
