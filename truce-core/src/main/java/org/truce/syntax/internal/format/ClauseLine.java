package org.truce.syntax.internal.format;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.truce.syntax.Clause;
import org.truce.syntax.Expr;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Name;
import org.truce.syntax.Schedule;
import org.truce.syntax.SubQuota;

/**
 * The one-line text of every clause that is not a block, of a phase's opening line and of header
 * fields. Single spaces between words; {@code ;} is never printed.
 */
final class ClauseLine {
  private ClauseLine() {}

  static String of(Clause clause) {
    return switch (clause) {
      case Clause.ActorDecl actor ->
          actor.roles().stream().map(ConditionPrinter::lower).collect(Collectors.joining(", "))
              + " "
              + actor.name().text()
              + " "
              + Words.quote(actor.fullName());
      case Clause.Interest interest ->
          "interest " + interest.party().text() + ": " + condition(interest.condition());
      case Clause.Hostilities hostilities ->
          "hostilities " + ConditionPrinter.lower(hostilities.state());
      case Clause.Release release ->
          release.party().text()
              + " releases "
              + switch (release.quantity()) {
                case Clause.Quantity.Count count -> Long.toString(count.value());
                case Clause.Quantity.AllRemaining all -> "all remaining";
              }
              + " "
              + Words.category(release.category())
              + release.schedule().map(Words::schedule).orElse("");
      case Clause.Order order ->
          order.party().text()
              + " releases all "
              + Words.category(order.first())
              + " before any "
              + Words.category(order.then());
      case Clause.Exchange exchange ->
          exchange.party().text()
              + " releases "
              + exchange.perUnit()
              + " "
              + Words.category(exchange.category())
              + exchange
                  .group()
                  .map(
                      group ->
                          " for the "
                              + group
                              + " "
                              + Words.category(exchange.unitCategory())
                              + (exchange.unitReleasedBy().isPresent() ? " released" : ""))
                  .orElse(" per " + Words.category(exchange.unitCategory()) + " released")
              + by(exchange.unitReleasedBy())
              + exchange.within().map(within -> " within " + Words.length(within)).orElse("");
      case Clause.Delivery delivery ->
          delivery.party().text()
              + " "
              + ConditionPrinter.lower(delivery.verb())
              + " "
              + delivery.amount()
              + " "
              + Words.category(delivery.what())
              + deliverySchedule(delivery)
              + ofWhich(delivery.ofWhich());
      case Clause.Withdrawal withdrawal ->
          withdrawal.party().text()
              + " withdraws from "
              + Words.quote(withdrawal.area())
              + Words.schedule(withdrawal.deadline());
      case Clause.Undertaking undertaking ->
          undertaking.party().text()
              + " undertakes "
              + Words.quote(undertaking.duty())
              + undertaking.from().map(f -> " from day " + f.day()).orElse("")
              + undertaking.deadline().map(Words::schedule).orElse("");
      case Clause.Talks talks ->
          "talks on " + talks.onPhase().text() + " begin by day " + talks.beginByDay();
      case Clause.Extension extension -> extension(extension);
      case Clause.Right right ->
          right.party().text()
              + " may "
              + right.action().words()
              + right.when().map(when -> " when " + condition(when)).orElse("");
      case Clause.Assurance assurance -> assurance(assurance);
      case Clause.Requirement requirement ->
          "require "
              + ConditionPrinter.lower(requirement.kind())
              + " "
              + condition(requirement.condition())
              + requirement.within().map(within -> " within " + Words.length(within)).orElse("");
      case Clause.Concludes concludes -> "concludes when " + condition(concludes.condition());
      case Clause.Lapses lapses ->
          lapses
              .onDay()
              .map(
                  d ->
                      "lapses on day "
                          + d.day()
                          + lapses.condition().map(c -> " unless " + condition(c)).orElse(""))
              .orElseGet(() -> "lapses when " + condition(lapses.condition().orElseThrow()));
      case Clause.Holdings holdings ->
          throw new IllegalArgumentException("a holdings block is not one line");
      case Clause.Phase phase -> throw new IllegalArgumentException("a phase is not one line");
      case Clause.Instrument instrument ->
          throw new IllegalArgumentException("an instrument is not one line");
    };
  }

  /**
   * {@code instrument letter "Title" side letter from us to israel, not published, ranks below
   * agreement {}.
   */
  static String instrumentOpening(Clause.Instrument instrument) {
    StringBuilder out =
        new StringBuilder("instrument ")
            .append(instrument.name().text())
            .append(' ')
            .append(Words.quote(instrument.title()))
            .append(' ')
            .append(instrument.kind().words());
    instrument
        .from()
        .ifPresent(
            from ->
                out.append(" from ")
                    .append(from.text())
                    .append(" to ")
                    .append(instrument.to().orElseThrow().text()));
    if (!instrument.published()) {
      out.append(", not published");
    }
    instrument
        .rank()
        .ifPresent(
            rank ->
                out.append(", ranks ")
                    .append(rank.relation().word())
                    .append(' ')
                    .append(rank.other().map(Name::text).orElse("agreement")));
    return out.append(" {").toString();
  }

  /** {@code phase one "Title" lasts 42 days, begins after zero, ends when C {}. */
  static String phaseOpening(Clause.Phase phase) {
    StringBuilder out = new StringBuilder("phase ").append(phase.name().text());
    phase.title().ifPresent(title -> out.append(' ').append(Words.quote(title)));
    out.append(" lasts ").append(phase.duration().map(Words::length).orElse("indefinitely"));
    phase
        .begins()
        .ifPresent(
            begins ->
                out.append(", begins ")
                    .append(
                        switch (begins) {
                          case Clause.Begins.OnDay on -> "on day " + on.day();
                          case Clause.Begins.After after -> "after " + after.phase().text();
                          case Clause.Begins.When when -> "when " + condition(when.condition());
                        }));
    phase.endsWhen().ifPresent(ends -> out.append(", ends when ").append(condition(ends)));
    return out.append(" {").toString();
  }

  static String headerField(HeaderField field) {
    return switch (field) {
      case HeaderField.Version version -> "version " + Words.quote(version.label());
      case HeaderField.Dated dated -> "dated " + dated.date();
      case HeaderField.TabledBy tabled ->
          "tabled by "
              + tabled.party().text()
              + (tabled.via().isEmpty() ? "" : " via " + names(tabled.via()));
      case HeaderField.Previous previous -> "previous " + Words.quote(previous.version());
      case HeaderField.Starts starts ->
          "starts " + starts.date() + starts.time().map(time -> " " + time).orElse("");
      case HeaderField.Zone zone -> "zone " + Words.quote(zone.id());
    };
  }

  /** The fixed order of header fields: version, dated, tabled by, previous, starts. */
  static int headerRank(HeaderField field) {
    return switch (field) {
      case HeaderField.Version version -> 0;
      case HeaderField.Dated dated -> 1;
      case HeaderField.TabledBy tabled -> 2;
      case HeaderField.Previous previous -> 3;
      case HeaderField.Starts starts -> 4;
      case HeaderField.Zone zone -> 5;
    };
  }

  /**
   * {@code allows 600 aid.truck per day}: when each batch is the whole amount, once a day or a
   * week, the batch size is not repeated. The short form has no {@code from day N} in the grammar,
   * so a delivery with a first day keeps the full schedule.
   */
  private static String deliverySchedule(Clause.Delivery delivery) {
    if (delivery.schedule() instanceof Schedule.Batches batches
        && batches.size() == delivery.amount()
        && batches.interval().amount() == 1
        && batches.from().isEmpty()) {
      return " per " + Words.unit(batches.interval().unit(), false);
    }
    return Words.schedule(delivery.schedule());
  }

  /** {@code , of which 40 aid.truck.fuel and 200 "to the north"}, or nothing. */
  private static String ofWhich(List<SubQuota> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    return ", of which "
        + parts.stream()
            .map(
                part ->
                    part.amount()
                        + " "
                        + part.category()
                            .map(Words::category)
                            .orElseGet(() -> Words.quote(part.qualifier().orElseThrow())))
            .collect(Collectors.joining(" and "));
  }

  private static String extension(Clause.Extension extension) {
    String trigger =
        switch (extension.trigger()) {
          case Clause.ExtensionTrigger.PerReleases per ->
              "per "
                  + per.count()
                  + " additional "
                  + Words.category(per.category())
                  + " released"
                  + by(per.by());
          case Clause.ExtensionTrigger.While during -> "while " + condition(during.condition());
        };
    return "extends by "
        + Words.length(extension.step())
        + " "
        + trigger
        + extension.cap().map(cap -> ", up to " + Words.length(cap)).orElse("");
  }

  private static String assurance(Clause.Assurance assurance) {
    String verb = assurance.guarantors().size() == 1 ? " ensures " : " ensure ";
    return names(assurance.guarantors())
        + verb
        + condition(assurance.condition())
        + assurance
            .scope()
            .map(
                scope ->
                    " " + ConditionPrinter.lower(scope.kind()) + " " + condition(scope.condition()))
            .orElse("");
  }

  private static String condition(Expr expr) {
    return ConditionPrinter.print(expr);
  }

  private static String names(List<Name> names) {
    return names.stream().map(Name::text).collect(Collectors.joining(", "));
  }

  private static String by(Optional<Name> by) {
    return by.map(name -> " by " + name.text()).orElse("");
  }
}
