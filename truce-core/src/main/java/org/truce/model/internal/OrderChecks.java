package org.truce.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Schedule;

/**
 * Orders between releases ({@code P releases all A before any B}, docs/semantics.md "Order between
 * releases"): two categories that are different (E170) and do not cover one another (E171), no two
 * orders of a party in a phase that contradict one another (E172), no schedule that makes the order
 * impossible (E173: a B due by a day before the As can all be out), and a warning when the party
 * owes no A in the phase (W170). Unknown categories, and categories the party does not hold, are
 * the resolver's (E203).
 */
public final class OrderChecks {
  private final BuildContext ctx;
  private final Clause.Phase phase;

  private OrderChecks(BuildContext ctx, Clause.Phase phase) {
    this.ctx = ctx;
    this.phase = phase;
  }

  public static void run(AgreementSyntax tree, BuildContext ctx) {
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      new OrderChecks(ctx, phase).check();
    }
  }

  private record Order(Clause.Order clause, String party, Category first, Category then) {}

  private void check() {
    List<Order> orders = new ArrayList<>();
    List<Clause.Release> releases = new ArrayList<>();
    for (Clause clause : PhaseBodies.clauses(phase)) {
      if (clause instanceof Clause.Release r) {
        releases.add(r);
      } else if (clause instanceof Clause.Order o) {
        Category first = Categories.of(o.first());
        Category then = Categories.of(o.then());
        if (first == Categories.MALFORMED || then == Categories.MALFORMED) {
          continue;
        }
        if (first.equals(then)) {
          ctx.report(DiagnosticCode.ORDER_SAME_CATEGORY, o.then().span(), first, o.party().text());
        } else if (Categories.related(first, then)) {
          Category broad = first.covers(then) ? first : then;
          ctx.report(DiagnosticCode.ORDER_OVERLAP, o.then().span(), first, then, broad);
        } else {
          orders.add(new Order(o, o.party().text(), first, then));
        }
      }
    }
    for (int i = 0; i < orders.size(); i++) {
      Order o = orders.get(i);
      Optional<String> cycle = cycle(orders, i);
      if (cycle.isPresent()) {
        ctx.report(
            DiagnosticCode.ORDER_CONTRADICTION,
            o.clause().span(),
            o.party(),
            phase.name().text(),
            cycle.get());
        return;
      }
    }
    for (Order o : orders) {
      if (inAgreementDays(o, releases)) {
        continue;
      }
      List<Clause.Release> firsts =
          releases.stream()
              .filter(r -> r.party().text().equals(o.party()))
              .filter(r -> o.first().covers(Categories.of(r.category())))
              .toList();
      if (firsts.isEmpty()) {
        ctx.report(
            DiagnosticCode.ORDER_NOTHING_DUE,
            o.clause().span(),
            o.party(),
            o.first(),
            phase.name().text());
        continue;
      }
      impossible(o, firsts, releases);
    }
  }

  /**
   * The chain of orders that leads from the categories after order {@code i} back to those before
   * it (orders of the same party, each step from a category to one that covers it or lies below
   * it), in words; empty when there is none.
   */
  private static Optional<String> cycle(List<Order> orders, int i) {
    Order start = orders.get(i);
    List<Order> path = new ArrayList<>();
    return walk(orders, start, start.then(), path, new boolean[orders.size()], i)
        ? Optional.of(words(start, path))
        : Optional.empty();
  }

  private static boolean walk(
      List<Order> orders, Order start, Category at, List<Order> path, boolean[] seen, int skip) {
    for (int j = 0; j < orders.size(); j++) {
      Order o = orders.get(j);
      if (j == skip || seen[j] || !o.party().equals(start.party())) {
        continue;
      }
      if (!Categories.related(at, o.first())) {
        continue;
      }
      seen[j] = true;
      path.add(o);
      if (Categories.related(o.then(), start.first())
          || walk(orders, start, o.then(), path, seen, skip)) {
        return true;
      }
      path.removeLast();
    }
    return false;
  }

  private static String words(Order start, List<Order> path) {
    StringBuilder out = new StringBuilder();
    out.append('`').append(start.first()).append("` before `").append(start.then()).append('`');
    for (Order o : path) {
      out.append(", but `").append(o.first()).append("` before `").append(o.then()).append('`');
    }
    return out.toString();
  }

  /**
   * E174: an order counts the days of its phase; a release of either category due in days of the
   * agreement (or by a calendar moment) is placed on a day the order's reading cannot compare yet,
   * so the pair is refused rather than read wrongly. E182: likewise a conditional release, whose
   * days are those of its own period.
   */
  private boolean inAgreementDays(Order o, List<Clause.Release> releases) {
    for (Clause.Release r : releases) {
      Category c = Categories.of(r.category());
      if (r.party().text().equals(o.party())
          && (o.first().covers(c) || o.then().covers(c))
          && r.schedule().orElse(null) instanceof Schedule s
          && (s instanceof Schedule.ByAgreementDay
              || s instanceof Schedule.AgreementWindow
              || s instanceof Schedule.ByDate
              || s instanceof Schedule.After)) {
        ctx.report(
            s instanceof Schedule.After
                ? DiagnosticCode.ORDER_CONDITIONAL
                : DiagnosticCode.ORDER_AGREEMENT_DAYS,
            o.clause().span(),
            o.party(),
            c.path(),
            ctx.line(r.span()));
        return true;
      }
    }
    return false;
  }

  /** E173: a release of the later category due by a day before the earlier ones can be out. */
  private void impossible(Order o, List<Clause.Release> firsts, List<Clause.Release> releases) {
    Clause.Release lastFirst = null;
    long earliest = 0;
    for (Clause.Release r : firsts) {
      long day = earliestAllOut(r);
      if (day > earliest) {
        earliest = day;
        lastFirst = r;
      }
    }
    for (Clause.Release r : releases) {
      if (!r.party().text().equals(o.party()) || !o.then().covers(Categories.of(r.category()))) {
        continue;
      }
      Optional<Long> latest = latestStart(r);
      if (lastFirst != null && latest.isPresent() && latest.get() < earliest) {
        ctx.report(
            DiagnosticCode.ORDER_IMPOSSIBLE,
            o.clause().span(),
            o.party(),
            r.category().path(),
            latest.get(),
            ctx.line(r.span()),
            lastFirst.category().path(),
            earliest,
            ctx.line(lastFirst.span()));
        return;
      }
    }
  }

  /** The first day on which all of a release can have been made, by its schedule. */
  private long earliestAllOut(Clause.Release r) {
    if (r.schedule().isEmpty()) {
      return 1;
    }
    return switch (r.schedule().get()) {
      case Schedule.OnDay on -> on.day();
      case Schedule.Window w -> w.first();
      case Schedule.Batches b -> {
        long from = b.from().orElse(1L);
        if (!(r.quantity() instanceof Clause.Quantity.Count count)
            || b.size() < 1
            || b.interval().days() < 1) {
          yield from;
        }
        long batches = (count.value() + b.size() - 1) / b.size();
        yield from + Math.max(0, batches - 1) * b.interval().days();
      }
      default -> 1;
    };
  }

  /** The last day by which a release must have begun, if its schedule fixes one. */
  private Optional<Long> latestStart(Clause.Release r) {
    if (r.quantity() instanceof Clause.Quantity.Count c && c.value() == 0) {
      return Optional.empty();
    }
    if (r.schedule().isEmpty()) {
      return Optional.of(phase.duration().map(d -> d.days()).orElse(1L));
    }
    return switch (r.schedule().get()) {
      case Schedule.OnDay on -> Optional.of(on.day());
      case Schedule.ByDay by -> Optional.of(by.day());
      case Schedule.Batches b -> Optional.of(b.from().orElse(1L));
      case Schedule.BestEffort b -> b.longStop();
      case Schedule.ByAgreementDay by -> Optional.empty();
      case Schedule.ByDate by -> Optional.empty();
      case Schedule.AgreementWindow w -> Optional.empty();
      case Schedule.Window w -> Optional.of(w.last());
      case Schedule.After a -> Optional.empty();
    };
  }
}
