package org.truce.model.internal.print;

import static org.truce.model.internal.print.Nodes.NONE;
import static org.truce.model.internal.print.Nodes.category;
import static org.truce.model.internal.print.Nodes.item;
import static org.truce.model.internal.print.Nodes.name;
import static org.truce.model.internal.print.Nodes.names;
import static org.truce.model.internal.print.Nodes.text;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.Condition;
import org.truce.model.Holdings;
import org.truce.model.Instrument;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Amount;
import org.truce.syntax.Clause;
import org.truce.syntax.Header;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Item;

/**
 * Turns a model back into a syntax tree: top-level clauses grouped by kind (actors, holdings,
 * interests, phases, rights, assurances, requirements, conclusion), durations in days, and no
 * {@code begins on day 1} on the first phase, since that is where a first phase begins anyway.
 */
public final class AgreementSyntaxBuilder {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private AgreementSyntaxBuilder() {}

  public static AgreementSyntax of(Agreement agreement) {
    List<Item> items = new ArrayList<>();
    agreement
        .actors()
        .forEach(
            actor ->
                items.add(
                    item(
                        actor.ref(),
                        new Clause.ActorDecl(
                            actor.roles(), name(actor.name()), text(actor.fullName()), NONE))));
    agreement.holdings().forEach(holdings -> items.add(holdings(holdings)));
    agreement
        .interests()
        .forEach(
            interest ->
                items.add(
                    item(
                        interest.ref(),
                        new Clause.Interest(
                            name(interest.party()),
                            ConditionSyntax.of(interest.condition()),
                            NONE))));
    List<Phase> phases = agreement.phases();
    for (int i = 0; i < phases.size(); i++) {
      items.add(phase(phases.get(i), i == 0));
    }
    agreement.rights().stream()
        .filter(r -> r.ref().instrument().isEmpty())
        .forEach(right -> items.add(PhaseClauseSyntax.of(right)));
    agreement.assurances().stream()
        .filter(a -> a.ref().instrument().isEmpty())
        .forEach(assurance -> items.add(PhaseClauseSyntax.of(assurance)));
    agreement
        .requirements()
        .forEach(
            requirement ->
                items.add(
                    item(
                        requirement.ref(),
                        new Clause.Requirement(
                            requirement.kind(),
                            ConditionSyntax.of(requirement.condition()),
                            requirement.withinDays().map(Nodes::days),
                            NONE))));
    agreement
        .conclusion()
        .ifPresent(
            conclusion ->
                items.add(
                    item(
                        conclusion.ref(),
                        new Clause.Concludes(ConditionSyntax.of(conclusion.condition()), NONE))));
    agreement
        .lapse()
        .ifPresent(
            lapse ->
                items.add(
                    item(
                        lapse.ref(),
                        new Clause.Lapses(
                            lapse.onDay().map(d -> new Clause.DayMark(d, NONE)),
                            lapse
                                .condition()
                                .or(
                                    () ->
                                        lapse.onDay().isPresent()
                                            ? Optional.empty()
                                            : Optional.of(new Condition.Constant(false)))
                                .map(ConditionSyntax::of),
                            NONE))));
    agreement.instruments().forEach(instrument -> items.add(instrument(agreement, instrument)));
    return new AgreementSyntax(header(agreement.metadata()), items, NONE);
  }

  /** An instrument block with its rights, then its assurances, as the model lists them. */
  private static Item instrument(Agreement agreement, Instrument instrument) {
    Optional<String> name = Optional.of(instrument.name());
    List<Item> body = new ArrayList<>();
    agreement.rights().stream()
        .filter(r -> r.ref().instrument().equals(name))
        .forEach(right -> body.add(PhaseClauseSyntax.of(right)));
    agreement.assurances().stream()
        .filter(a -> a.ref().instrument().equals(name))
        .forEach(assurance -> body.add(PhaseClauseSyntax.of(assurance)));
    Optional<Clause.Rank> rank =
        instrument.rankUnstated()
            ? Optional.empty()
            : Optional.of(
                new Clause.Rank(
                    instrument.relation(), instrument.relativeTo().map(Nodes::name), NONE));
    return item(
        instrument.ref(),
        new Clause.Instrument(
            name(instrument.name()),
            text(instrument.title()),
            instrument.kind(),
            instrument.from().map(Nodes::name),
            instrument.to().map(Nodes::name),
            instrument.published(),
            rank,
            body,
            NONE));
  }

  private static Header header(Metadata metadata) {
    List<HeaderField> fields = new ArrayList<>();
    metadata
        .version()
        .ifPresent(version -> fields.add(new HeaderField.Version(text(version), NONE)));
    metadata.dated().ifPresent(date -> fields.add(new HeaderField.Dated(date.toString(), NONE)));
    metadata
        .tabledBy()
        .ifPresent(
            party ->
                fields.add(new HeaderField.TabledBy(name(party), names(metadata.via()), NONE)));
    metadata
        .previous()
        .ifPresent(previous -> fields.add(new HeaderField.Previous(text(previous), NONE)));
    metadata
        .startDate()
        .ifPresent(
            date ->
                fields.add(
                    new HeaderField.Starts(
                        date.toString(), metadata.startTime().map(TIME::format), NONE)));
    metadata.zone().ifPresent(zone -> fields.add(new HeaderField.Zone(text(zone.getId()), NONE)));
    return new Header(text(metadata.title()), fields, NONE);
  }

  private static Item holdings(Holdings holdings) {
    List<Clause.Holding> entries =
        holdings.entries().stream()
            .map(
                entry ->
                    new Clause.Holding(
                        category(entry.category()),
                        new Amount(entry.bound(), entry.count(), NONE),
                        entry.description().map(Nodes::text),
                        entry.either().stream().map(Nodes::category).toList(),
                        NONE))
            .toList();
    return item(holdings.ref(), new Clause.Holdings(name(holdings.holder()), entries, NONE));
  }

  private static Item phase(Phase phase, boolean first) {
    Optional<Clause.Begins> begins =
        switch (phase.entry()) {
          case Phase.Entry.OnDay on when first && on.day() == 1 -> Optional.empty();
          case Phase.Entry.OnDay on -> Optional.of(new Clause.Begins.OnDay(on.day(), NONE));
          case Phase.Entry.After after ->
              Optional.of(new Clause.Begins.After(name(after.phase()), NONE));
          case Phase.Entry.When when ->
              Optional.of(new Clause.Begins.When(ConditionSyntax.of(when.condition()), NONE));
        };
    List<Item> body = phase.clauses().stream().map(PhaseClauseSyntax::of).toList();
    return item(
        phase.ref(),
        new Clause.Phase(
            name(phase.name()),
            phase.title().map(Nodes::text),
            phase.durationDays().map(Nodes::days),
            begins,
            phase.endsWhen().map(ConditionSyntax::of),
            body,
            NONE));
  }
}
