package org.truce.model.internal.print;

import static org.truce.model.internal.print.Nodes.NONE;
import static org.truce.model.internal.print.Nodes.category;
import static org.truce.model.internal.print.Nodes.days;
import static org.truce.model.internal.print.Nodes.item;
import static org.truce.model.internal.print.Nodes.name;
import static org.truce.model.internal.print.Nodes.names;
import static org.truce.model.internal.print.Nodes.text;

import java.util.Optional;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.model.SubQuota;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;

/** The clauses of a phase (and top-level rights and assurances) as syntax. */
final class PhaseClauseSyntax {
  private PhaseClauseSyntax() {}

  static Item of(PhaseClause clause) {
    return item(clause.ref(), clause(clause));
  }

  private static Clause clause(PhaseClause clause) {
    return switch (clause) {
      case PhaseClause.Hostilities hostilities -> new Clause.Hostilities(hostilities.state(), NONE);
      case PhaseClause.Release release ->
          new Clause.Release(
              name(release.party()),
              release
                  .count()
                  .<Clause.Quantity>map(count -> new Clause.Quantity.Count(count, NONE))
                  .orElse(new Clause.Quantity.AllRemaining(NONE)),
              category(release.category()),
              release.schedule().map(PhaseClauseSyntax::schedule),
              NONE);
      case PhaseClause.Order order ->
          new Clause.Order(
              name(order.party()), category(order.first()), category(order.then()), NONE);
      case PhaseClause.Exchange exchange ->
          new Clause.Exchange(
              name(exchange.party()),
              exchange.perUnit(),
              category(exchange.category()),
              category(exchange.unitCategory()),
              name(exchange.unitReleasedBy()),
              exchange.withinDays() == 0
                  ? Optional.empty()
                  : Optional.of(days(exchange.withinDays())),
              exchange.group(),
              NONE);
      case PhaseClause.Delivery delivery ->
          new Clause.Delivery(
              name(delivery.party()),
              delivery.verb(),
              delivery.amount(),
              category(delivery.what()),
              schedule(delivery.schedule()),
              delivery.ofWhich().stream().map(PhaseClauseSyntax::subQuota).toList(),
              NONE);
      case PhaseClause.Withdrawal withdrawal ->
          new Clause.Withdrawal(
              name(withdrawal.party()),
              text(withdrawal.area()),
              schedule(withdrawal.deadline()),
              NONE);
      case PhaseClause.Undertaking undertaking ->
          new Clause.Undertaking(
              name(undertaking.party()),
              text(undertaking.duty()),
              undertaking.fromDay().map(d -> new Clause.DayMark(d, NONE)),
              undertaking.deadline().map(PhaseClauseSyntax::schedule),
              NONE);
      case PhaseClause.Talks talks ->
          new Clause.Talks(name(talks.onPhase()), talks.beginByDay(), NONE);
      case PhaseClause.Extension extension ->
          new Clause.Extension(
              days(extension.stepDays()),
              switch (extension.trigger()) {
                case PhaseClause.Extension.Trigger.PerReleases per ->
                    new Clause.ExtensionTrigger.PerReleases(
                        per.count(), category(per.category()), name(per.by()), NONE);
                case PhaseClause.Extension.Trigger.While during ->
                    new Clause.ExtensionTrigger.While(ConditionSyntax.of(during.condition()), NONE);
              },
              extension.capDays().map(Nodes::days),
              NONE);
      case PhaseClause.Right right ->
          new Clause.Right(
              name(right.party()), right.action(), right.when().map(ConditionSyntax::of), NONE);
      case PhaseClause.Assurance assurance ->
          new Clause.Assurance(
              names(assurance.guarantors()),
              ConditionSyntax.of(assurance.condition()),
              assurance
                  .scope()
                  .map(
                      scope ->
                          new Clause.AssuranceScope(
                              scope.kind(), ConditionSyntax.of(scope.condition()), NONE)),
              NONE);
    };
  }

  /** Batches from day 1 need no {@code from day 1}: that is the default. */
  private static org.truce.syntax.Schedule schedule(Schedule schedule) {
    return switch (schedule) {
      case Schedule.OnDay on -> new org.truce.syntax.Schedule.OnDay(on.day(), NONE);
      case Schedule.ByDay by -> new org.truce.syntax.Schedule.ByDay(by.day(), NONE);
      case Schedule.ByAgreementDay by ->
          by.moment()
              .<org.truce.syntax.Schedule>map(
                  m ->
                      new org.truce.syntax.Schedule.ByDate(
                          m.date().toString(),
                          m.time().map(t -> String.format("%02d:%02d", t.getHour(), t.getMinute())),
                          NONE))
              .orElseGet(() -> new org.truce.syntax.Schedule.ByAgreementDay(by.day(), NONE));
      case Schedule.Batches batches ->
          new org.truce.syntax.Schedule.Batches(
              batches.size(),
              days(batches.everyDays()),
              batches.fromDay() == 1 ? Optional.empty() : Optional.of(batches.fromDay()),
              NONE);
      case Schedule.BestEffort effort ->
          new org.truce.syntax.Schedule.BestEffort(effort.pace(), effort.longStop(), NONE);
      case Schedule.Window window ->
          new org.truce.syntax.Schedule.Window(window.first(), window.last(), NONE);
      case Schedule.AgreementWindow window ->
          new org.truce.syntax.Schedule.AgreementWindow(window.first(), window.last(), NONE);
      case Schedule.After after ->
          new org.truce.syntax.Schedule.After(
              days(after.withinDays()),
              Nodes.name(after.party()),
              after.count(),
              Nodes.category(after.category()),
              NONE);
    };
  }

  private static org.truce.syntax.SubQuota subQuota(SubQuota part) {
    return new org.truce.syntax.SubQuota(
        part.amount(),
        part.category().map(Nodes::category),
        part.qualifier().map(Nodes::text),
        NONE);
  }
}
