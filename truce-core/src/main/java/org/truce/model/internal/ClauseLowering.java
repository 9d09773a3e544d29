package org.truce.model.internal;

import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.source.Span;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Tag;
import org.truce.syntax.Text;

/**
 * Lowers the clauses that may stand in a phase (and rights and assurances, which may also stand at
 * the top level) to {@link PhaseClause}s, resolving names and checking roles on the way. A clause
 * is mapped to its item's span, which begins at its tag: the line a reader looks for. Weeks become
 * days; a missing schedule start becomes day 1.
 */
public final class ClauseLowering {
  private final BuildContext ctx;
  private final Resolver resolver;
  private final RoleChecks roles;
  private final TypeChecker types;

  public ClauseLowering(BuildContext ctx, Resolver resolver, RoleChecks roles, TypeChecker types) {
    this.ctx = ctx;
    this.resolver = resolver;
    this.roles = roles;
    this.types = types;
  }

  public static ClauseRef ref(Optional<Tag> tag) {
    return tag.isEmpty()
        ? ClauseRef.NONE
        : new ClauseRef(Optional.of(tag.get().id()), tag.get().label().map(Text::value));
  }

  /** Lowers a clause already known to be in its place inside a phase. */
  public PhaseClause phaseClause(Item item) {
    ClauseRef ref = ref(item.tag());
    PhaseClause lowered =
        switch (item.clause()) {
          case Clause.Hostilities h -> new PhaseClause.Hostilities(ref, h.state());
          case Clause.Release r -> release(ref, r);
          case Clause.Exchange e -> exchange(ref, e);
          case Clause.Delivery d ->
              new PhaseClause.Delivery(
                  ref,
                  roles.party(d.party(), "deliver or allow goods"),
                  d.verb(),
                  d.amount(),
                  Categories.of(d.what()),
                  schedule(d.schedule()));
          case Clause.Withdrawal w ->
              new PhaseClause.Withdrawal(
                  ref,
                  roles.party(w.party(), "withdraw"),
                  w.area().value(),
                  schedule(w.deadline()));
          case Clause.Undertaking u ->
              new PhaseClause.Undertaking(
                  ref,
                  roles.party(u.party(), "take on undertakings"),
                  u.duty().value(),
                  u.from().map(Clause.DayMark::day),
                  u.deadline().map(this::schedule));
          case Clause.Talks t -> {
            resolver.phase(t.onPhase());
            yield new PhaseClause.Talks(ref, t.onPhase().text(), t.beginByDay());
          }
          case Clause.Extension e -> extension(ref, e);
          case Clause.Right r -> right(ref, r, item.span());
          case Clause.Assurance a -> assurance(ref, a, item.span());
          default -> throw new IllegalStateException("not a phase clause: " + item.clause());
        };
    return ctx.mapped(lowered, item.span());
  }

  /** {@code span} is the item's: the clause with its tag. */
  public PhaseClause.Right right(ClauseRef ref, Clause.Right r, Span span) {
    String party = roles.party(r.party(), "have rights");
    return ctx.mapped(
        new PhaseClause.Right(ref, party, r.action(), r.when().map(types::rightCondition)), span);
  }

  public PhaseClause.Assurance assurance(ClauseRef ref, Clause.Assurance a, Span span) {
    var guarantors = a.guarantors().stream().map(roles::guarantor).toList();
    var scope =
        a.scope()
            .map(
                s ->
                    ctx.mapped(
                        new PhaseClause.Assurance.Scope(s.kind(), types.condition(s.condition())),
                        s.span()));
    return ctx.mapped(
        new PhaseClause.Assurance(ref, guarantors, types.condition(a.condition()), scope), span);
  }

  private PhaseClause release(ClauseRef ref, Clause.Release r) {
    String party = roles.party(r.party(), "release units");
    Category category = resolver.category(r.category(), Optional.of(r.party()));
    Optional<Long> count =
        r.quantity() instanceof Clause.Quantity.Count c ? Optional.of(c.value()) : Optional.empty();
    return new PhaseClause.Release(ref, party, count, category, r.schedule().map(this::schedule));
  }

  private PhaseClause exchange(ClauseRef ref, Clause.Exchange e) {
    String party = roles.party(e.party(), "release units");
    Category category = resolver.category(e.category(), Optional.of(e.party()));
    e.unitReleasedBy().ifPresent(by -> roles.party(by, "release units"));
    Category unit = resolver.category(e.unitCategory(), e.unitReleasedBy());
    return new PhaseClause.Exchange(
        ref,
        party,
        e.perUnit(),
        category,
        unit,
        e.unitReleasedBy().map(Name::text),
        e.within().map(Length::days).orElse(0L));
  }

  private PhaseClause extension(ClauseRef ref, Clause.Extension e) {
    PhaseClause.Extension.Trigger trigger =
        switch (e.trigger()) {
          case Clause.ExtensionTrigger.PerReleases p -> {
            p.by().ifPresent(by -> roles.party(by, "release units"));
            yield new PhaseClause.Extension.Trigger.PerReleases(
                p.count(), resolver.category(p.category(), p.by()), p.by().map(Name::text));
          }
          case Clause.ExtensionTrigger.While w ->
              new PhaseClause.Extension.Trigger.While(types.condition(w.condition()));
        };
    ctx.mapped(trigger, e.trigger().span());
    return new PhaseClause.Extension(ref, e.step().days(), trigger, e.cap().map(Length::days));
  }

  public Schedule schedule(org.truce.syntax.Schedule s) {
    Schedule lowered =
        switch (s) {
          case org.truce.syntax.Schedule.OnDay d -> new Schedule.OnDay(d.day());
          case org.truce.syntax.Schedule.ByDay d -> new Schedule.ByDay(d.day());
          case org.truce.syntax.Schedule.ByAgreementDay d -> new Schedule.ByAgreementDay(d.day());
          case org.truce.syntax.Schedule.Batches b ->
              new Schedule.Batches(b.size(), b.interval().days(), b.from().orElse(1L));
          case org.truce.syntax.Schedule.BestEffort b ->
              new Schedule.BestEffort(b.pace(), b.longStop());
          case org.truce.syntax.Schedule.Window w -> new Schedule.Window(w.first(), w.last());
          case org.truce.syntax.Schedule.AgreementWindow w ->
              new Schedule.AgreementWindow(w.first(), w.last());
        };
    return ctx.mapped(lowered, s.span());
  }
}
