package org.truce.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Amount;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Expr;
import org.truce.syntax.Header;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Item;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Schedule;
import org.truce.syntax.Tag;
import org.truce.syntax.Text;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.TalkState;
import org.truce.vocabulary.TimeUnit;

/**
 * Builds syntax trees by hand for model tests, without the parser. Every node gets a fresh span one
 * character long at the next offset, over a source made of empty lines, so that the node at offset
 * n is on line n + 1 and tests can check which node a diagnostic points at.
 */
final class Trees {
  private static final SourceText SOURCE = new SourceText("test.truce", "\n".repeat(10_000));
  private int next;
  private final List<HeaderField> fields = new ArrayList<>();

  Span span() {
    return new Span(next++, 1);
  }

  Name name(String text) {
    return new Name(text, span());
  }

  Text text(String value) {
    return new Text(value, span());
  }

  CategoryName cat(String path) {
    return new CategoryName(List.of(path.split("\\.")), span());
  }

  Length days(long n) {
    return new Length(n, TimeUnit.DAYS, span());
  }

  Length weeks(long n) {
    return new Length(n, TimeUnit.WEEKS, span());
  }

  // ---- header and items -------------------------------------------------------------------

  Trees field(HeaderField field) {
    fields.add(field);
    return this;
  }

  HeaderField.Dated dated(String date) {
    return new HeaderField.Dated(date, span());
  }

  HeaderField.Starts starts(String date, String time) {
    return new HeaderField.Starts(date, Optional.ofNullable(time), span());
  }

  Item item(Clause clause) {
    return new Item(Optional.empty(), clause, clause.span());
  }

  Item tagged(String id, String label, Clause clause) {
    Tag tag = new Tag(id, Optional.ofNullable(label).map(this::text), span());
    return new Item(Optional.of(tag), clause, tag.span().to(clause.span()));
  }

  ParseResult parse(Item... items) {
    Header header = new Header(new Text("Test", Span.NONE), fields, span());
    AgreementSyntax tree = new AgreementSyntax(header, Arrays.asList(items), Span.NONE);
    return new ParseResult(SOURCE, Optional.of(tree), List.of(), List.of());
  }

  ModelResult build(Item... items) {
    return ModelBuilder.build(parse(items));
  }

  /** The codes reported, in source order. */
  List<DiagnosticCode> codes(Item... items) {
    return build(items).diagnostics().stream().map(Diagnostic::code).toList();
  }

  /**
   * A valid setting without phases: parties israel and hamas with interests, mediator qatar,
   * mediator and guarantor us, and what each party holds.
   */
  List<Item> world() {
    return List.of(
        item(party("israel")),
        item(party("hamas")),
        item(actor("qatar", Role.MEDIATOR)),
        item(actor("us", Role.MEDIATOR, Role.GUARANTOR)),
        item(
            held(
                "hamas",
                "hostage.living.civilian",
                50,
                "hostage.living.soldier",
                15,
                "hostage.remains",
                40)),
        item(held("israel", "prisoner.general", 4000, "prisoner.life", 300)),
        item(interest("israel", allReleased("hostage.living", "hamas"))),
        item(interest("hamas", hostilitiesAre(HostilityState.ENDED))));
  }

  /** The world, then the given items. */
  ModelResult inWorld(Item... items) {
    List<Item> all = new ArrayList<>(world());
    all.addAll(Arrays.asList(items));
    return build(all.toArray(Item[]::new));
  }

  /** A phase one of 42 days with paused hostilities and the given clauses, in the world. */
  ModelResult inPhase(Clause... clauses) {
    List<Item> body = new ArrayList<>(List.of(item(paused())));
    Arrays.stream(clauses).map(this::item).forEach(body::add);
    return inWorld(item(phase("one", 42L, null, body.toArray(Item[]::new))));
  }

  static List<DiagnosticCode> codes(ModelResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  /** The only diagnostic of a result, asserting there is exactly one. */
  static Diagnostic single(ModelResult result) {
    if (result.diagnostics().size() != 1) {
      throw new AssertionError("expected one diagnostic, got " + result.diagnostics());
    }
    return result.diagnostics().getFirst();
  }

  // ---- declarations -----------------------------------------------------------------------

  Clause.ActorDecl actor(String name, Role... roles) {
    return new Clause.ActorDecl(List.of(roles), name(name), text(name.toUpperCase()), span());
  }

  Clause.ActorDecl party(String name) {
    return actor(name, Role.PARTY);
  }

  /** {@code held by holder { path count ... }} from alternating paths and counts. */
  Clause.Holdings held(String holder, Object... pathsAndCounts) {
    List<Clause.Holding> entries = new ArrayList<>();
    for (int i = 0; i < pathsAndCounts.length; i += 2) {
      long count = ((Number) pathsAndCounts[i + 1]).longValue();
      entries.add(
          new Clause.Holding(
              cat((String) pathsAndCounts[i]),
              new Amount(Bound.EXACTLY, count, span()),
              Optional.empty(),
              span()));
    }
    return new Clause.Holdings(name(holder), entries, span());
  }

  Clause.Interest interest(String party, Expr condition) {
    return new Clause.Interest(name(party), condition, span());
  }

  /** A phase lasting {@code days} (null: indefinitely), beginning as given (null: no begins). */
  Clause.Phase phase(String name, Long days, Clause.Begins begins, Item... body) {
    return phaseLasting(name, days == null ? null : days(days), begins, body);
  }

  /** A phase lasting {@code length} as written (null: indefinitely). */
  Clause.Phase phaseLasting(String name, Length length, Clause.Begins begins, Item... body) {
    return new Clause.Phase(
        name(name),
        Optional.empty(),
        Optional.ofNullable(length),
        Optional.ofNullable(begins),
        Optional.empty(),
        Arrays.asList(body),
        span());
  }

  Clause.Begins.OnDay beginsOn(long day) {
    return new Clause.Begins.OnDay(day, span());
  }

  Clause.Begins.After after(String phase) {
    return new Clause.Begins.After(name(phase), span());
  }

  Clause.Begins.When when(Expr condition) {
    return new Clause.Begins.When(condition, span());
  }

  // ---- phase clauses ----------------------------------------------------------------------

  Clause.Hostilities hostilities(HostilityState state) {
    return new Clause.Hostilities(state, span());
  }

  Clause.Hostilities paused() {
    return hostilities(HostilityState.PAUSED);
  }

  Clause.Release release(String party, long count, String cat, Schedule schedule) {
    return new Clause.Release(
        name(party),
        new Clause.Quantity.Count(count, span()),
        cat(cat),
        Optional.ofNullable(schedule),
        span());
  }

  Clause.Release releaseAll(String party, String cat) {
    return new Clause.Release(
        name(party), new Clause.Quantity.AllRemaining(span()), cat(cat), Optional.empty(), span());
  }

  Clause.Exchange exchange(String party, long ratio, String cat, String unitCat, String by) {
    return new Clause.Exchange(
        name(party),
        ratio,
        cat(cat),
        cat(unitCat),
        Optional.ofNullable(by).map(this::name),
        Optional.empty(),
        span());
  }

  Clause.Delivery delivers(String party, long amount, String what, Schedule schedule) {
    return new Clause.Delivery(
        name(party), DeliveryVerb.DELIVERS, amount, cat(what), schedule, span());
  }

  Clause.Withdrawal withdraws(String party, String area, Schedule deadline) {
    return new Clause.Withdrawal(name(party), text(area), deadline, span());
  }

  Clause.Undertaking undertakes(String party, String duty) {
    return new Clause.Undertaking(name(party), text(duty), Optional.empty(), span());
  }

  Schedule.Batches batches(long size, Length interval, Long from) {
    return new Schedule.Batches(size, interval, Optional.ofNullable(from), span());
  }

  Schedule.OnDay onDay(long day) {
    return new Schedule.OnDay(day, span());
  }

  Schedule.ByDay byDay(long day) {
    return new Schedule.ByDay(day, span());
  }

  Clause.Talks talks(String on, long day) {
    return new Clause.Talks(name(on), day, span());
  }

  Clause.Extension extendWhile(Length step, Expr condition, Length cap) {
    return new Clause.Extension(
        step,
        new Clause.ExtensionTrigger.While(condition, span()),
        Optional.ofNullable(cap),
        span());
  }

  Clause.Extension extendPer(Length step, long count, String cat, String by, Length cap) {
    return new Clause.Extension(
        step,
        new Clause.ExtensionTrigger.PerReleases(
            count, cat(cat), Optional.ofNullable(by).map(this::name), span()),
        Optional.ofNullable(cap),
        span());
  }

  Clause.Right right(String party, RightAction action, Expr when) {
    return new Clause.Right(name(party), action, Optional.ofNullable(when), span());
  }

  Clause.Assurance ensure(Expr condition, String... guarantors) {
    return new Clause.Assurance(
        Arrays.stream(guarantors).map(this::name).toList(), condition, Optional.empty(), span());
  }

  Clause.Requirement require(RequirementKind kind, Expr condition, Length within) {
    return new Clause.Requirement(kind, condition, Optional.ofNullable(within), span());
  }

  Clause.Concludes concludes(Expr condition) {
    return new Clause.Concludes(condition, span());
  }

  // ---- expressions ------------------------------------------------------------------------

  Expr and(Expr l, Expr r) {
    return new Expr.And(l, r, span());
  }

  Expr or(Expr l, Expr r) {
    return new Expr.Or(l, r, span());
  }

  Expr not(Expr e) {
    return new Expr.Not(e, span());
  }

  Expr cmp(Expr l, CompareOp op, Expr r) {
    return new Expr.Compare(l, op, r, span());
  }

  Expr bool(boolean value) {
    return new Expr.BoolLiteral(value, span());
  }

  Expr num(long value) {
    return new Expr.Number(value, span());
  }

  Expr day() {
    return new Expr.Day(span());
  }

  Expr released(String cat, String by) {
    return new Expr.Released(cat(cat), Optional.ofNullable(by).map(this::name), span());
  }

  Expr heldExpr(String cat, String by) {
    return new Expr.Held(cat(cat), Optional.ofNullable(by).map(this::name), span());
  }

  Expr allReleased(String cat, String by) {
    return new Expr.AllReleased(cat(cat), Optional.ofNullable(by).map(this::name), span());
  }

  Expr hostilitiesAre(HostilityState state) {
    return new Expr.HostilitiesAre(state, span());
  }

  Expr talksAre(String on, TalkState state, String judge) {
    return new Expr.TalksAre(
        Optional.ofNullable(on).map(this::name),
        state,
        Optional.ofNullable(judge).map(this::name),
        span());
  }

  Expr phaseIs(String phase, PhaseState state) {
    return new Expr.PhaseIs(name(phase), state, span());
  }
}
