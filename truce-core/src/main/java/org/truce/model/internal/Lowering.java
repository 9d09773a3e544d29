package org.truce.model.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.AgreementClock;
import org.truce.model.ClauseRef;
import org.truce.model.Conclusion;
import org.truce.model.Holdings;
import org.truce.model.Interest;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Header;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Item;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Text;

/**
 * Lowers the whole tree to an {@link Agreement}: the header, the top-level clauses and the phases.
 * Runs to the end whatever it finds, so that one build reports every problem; the caller discards
 * the model when an error was reported.
 */
public final class Lowering {
  private final BuildContext ctx;
  private final Resolver resolver;
  private final RoleChecks roles;
  private final TypeChecker types;
  private final ClauseLowering clauses;

  private final List<Actor> actors = new ArrayList<>();
  private final Set<String> actorNames = new HashSet<>();
  private final List<Holdings> holdings = new ArrayList<>();
  private final List<Interest> interests = new ArrayList<>();
  private final List<Phase> phases = new ArrayList<>();
  private final List<PhaseClause.Right> rights = new ArrayList<>();
  private final List<PhaseClause.Assurance> assurances = new ArrayList<>();
  private final List<Requirement> requirements = new ArrayList<>();
  private Optional<Conclusion> conclusion = Optional.empty();
  private Span conclusionSpan = Span.NONE;
  private final LapseLowering lapse;
  private final InstrumentLowering instruments;
  private final Map<String, List<Item>> instrumentBodies = new LinkedHashMap<>();

  public Lowering(BuildContext ctx, NameTable table) {
    this.ctx = ctx;
    this.resolver = new Resolver(ctx, table);
    this.roles = new RoleChecks(ctx, resolver);
    this.types = new TypeChecker(ctx, resolver, roles);
    this.clauses = new ClauseLowering(ctx, resolver, roles, types);
    this.lapse = new LapseLowering(ctx, types);
    this.instruments = new InstrumentLowering(ctx, resolver);
  }

  public Agreement lower(AgreementSyntax tree) {
    Metadata metadata = metadata(tree.header());
    clauses.clock(AgreementClock.of(metadata));
    for (Item item : tree.items()) {
      if (Placement.checkTopLevel(item.clause(), ctx)) {
        topLevel(item, Optional.empty());
      }
    }
    // An instrument's clauses come after the agreement's own, in the order of the instruments, in
    // the lists of rights and assurances: the order ModelPrinter writes them back in.
    for (Map.Entry<String, List<Item>> instrument : instrumentBodies.entrySet()) {
      for (Item inside : instrument.getValue()) {
        if (Placement.checkInInstrument(inside.clause(), instrument.getKey(), ctx)) {
          topLevel(inside, Optional.of(instrument.getKey()));
        }
      }
    }
    Agreement agreement =
        new Agreement(
            metadata,
            actors,
            holdings,
            interests,
            phases,
            rights,
            assurances,
            requirements,
            conclusion,
            lapse.lowered(),
            instruments.lowered());
    return ctx.mapped(agreement, tree.span());
  }

  /** A top-level clause, of the agreement itself or of {@code instrument}. */
  private void topLevel(Item item, Optional<String> instrument) {
    ClauseRef ref = ClauseLowering.ref(item.tag()).in(instrument);
    Span span = item.span();
    switch (item.clause()) {
      case Clause.ActorDecl a -> {
        if (actorNames.add(a.name().text())) {
          actors.add(
              ctx.mapped(new Actor(ref, a.name().text(), a.fullName().value(), a.roles()), span));
        }
      }
      case Clause.Holdings h -> holdings.add(ctx.mapped(holdings(ref, h), span));
      case Clause.Interest i ->
          interests.add(
              ctx.mapped(
                  new Interest(
                      ref,
                      roles.party(i.party(), "have interests"),
                      types.condition(i.condition())),
                  span));
      case Clause.Phase p -> phases.add(ctx.mapped(phase(ref, p), span));
      case Clause.Right r -> rights.add(clauses.right(ref, r, span));
      case Clause.Assurance a -> assurances.add(clauses.assurance(ref, a, span));
      case Clause.Requirement r ->
          requirements.add(
              ctx.mapped(
                  new Requirement(
                      ref, r.kind(), types.condition(r.condition()), r.within().map(clauses::days)),
                  span));
      case Clause.Concludes c -> {
        Conclusion lowered = ctx.mapped(new Conclusion(ref, types.condition(c.condition())), span);
        if (conclusion.isPresent()) {
          ctx.report(DiagnosticCode.TWO_CONCLUSIONS, span, ctx.line(conclusionSpan));
        } else {
          conclusion = Optional.of(lowered);
          conclusionSpan = span;
        }
      }
      case Clause.Lapses l -> lapse.lower(ref, l, span);
      case Clause.Instrument i -> {
        if (instruments.lower(ref, i, span).isPresent()) {
          instrumentBodies.put(i.name().text(), i.body());
        }
      }
      default -> throw new IllegalStateException("placement let through " + item.clause());
    }
  }

  private Holdings holdings(ClauseRef ref, Clause.Holdings h) {
    String holder = roles.party(h.holder(), "hold units");
    List<Holdings.Entry> entries =
        h.entries().stream()
            .map(
                e ->
                    ctx.mapped(
                        new Holdings.Entry(
                            Categories.of(e.category()),
                            e.amount().bound(),
                            e.amount().value(),
                            e.description().map(Text::value),
                            e.either().stream().map(Categories::of).toList()),
                        e.span()))
            .toList();
    return new Holdings(ref, holder, entries);
  }

  private Phase phase(ClauseRef ref, Clause.Phase p) {
    Phase.Entry entry = entry(p);
    List<PhaseClause> body = new ArrayList<>();
    for (Item item : p.body()) {
      if (Placement.checkInPhase(item.clause(), ctx)) {
        body.add(clauses.phaseClause(item));
      }
    }
    return new Phase(
        ref,
        p.name().text(),
        p.title().map(Text::value),
        p.duration().map(Length::days),
        entry,
        p.endsWhen().map(types::condition),
        body);
  }

  /** The first phase begins on day 1 unless it says otherwise; every later one must say. */
  private Phase.Entry entry(Clause.Phase p) {
    if (p.begins().isEmpty()) {
      if (!phases.isEmpty()) {
        ctx.report(
            DiagnosticCode.NO_ENTRY, p.name().span(), p.name().text(), phases.getLast().name());
      }
      return new Phase.Entry.OnDay(1);
    }
    Phase.Entry entry =
        switch (p.begins().get()) {
          case Clause.Begins.OnDay d -> new Phase.Entry.OnDay(d.day());
          case Clause.Begins.After a -> {
            resolver.phase(a.phase());
            yield new Phase.Entry.After(a.phase().text());
          }
          case Clause.Begins.When w -> new Phase.Entry.When(types.condition(w.condition()));
        };
    return ctx.mapped(entry, p.begins().get().span());
  }

  private Metadata metadata(Header header) {
    Optional<String> version = Optional.empty();
    Optional<LocalDate> dated = Optional.empty();
    Optional<String> tabledBy = Optional.empty();
    List<String> via = List.of();
    Optional<String> previous = Optional.empty();
    Optional<LocalDate> startDate = Optional.empty();
    Optional<LocalTime> startTime = Optional.empty();
    Optional<ZoneId> zone = Optional.empty();
    for (HeaderField field : header.fields()) {
      switch (field) {
        case HeaderField.Version v -> version = Optional.of(v.label().value());
        case HeaderField.Dated d -> dated = date(d.date());
        case HeaderField.TabledBy t -> {
          resolver.actor(t.party());
          t.via().forEach(resolver::actor);
          tabledBy = Optional.of(t.party().text());
          via = t.via().stream().map(Name::text).toList();
        }
        case HeaderField.Previous p -> previous = Optional.of(p.version().value());
        case HeaderField.Starts s -> {
          startDate = date(s.date());
          startTime = s.time().flatMap(Lowering::time);
        }
        case HeaderField.Zone z -> zone = zone(z);
      }
    }
    if (zone.isPresent() && startDate.isEmpty()) {
      header.fields().stream()
          .filter(HeaderField.Zone.class::isInstance)
          .findFirst()
          .ifPresent(z -> ctx.report(DiagnosticCode.ZONE_WITHOUT_ENTRY, z.span()));
    }
    return ctx.mapped(
        new Metadata(
            header.title().value(),
            version,
            dated,
            tabledBy,
            via,
            previous,
            startDate,
            startTime,
            zone),
        header.span());
  }

  /** The parser has reported malformed dates and times (E105, E106); they are left out here. */
  static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The zone named, or empty after E220 (with the ids closest to what was written). */
  private Optional<ZoneId> zone(HeaderField.Zone z) {
    Optional<ZoneId> zone = Zones.parse(z.id().value());
    if (zone.isEmpty()) {
      ctx.report(
          Zones.suggestions(z.id().value()),
          DiagnosticCode.UNKNOWN_ZONE,
          z.id().span(),
          z.id().value());
    }
    return zone;
  }

  static Optional<LocalTime> time(String text) {
    try {
      return Optional.of(LocalTime.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
