package org.truce.model.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.truce.model.AgreementClock;
import org.truce.model.CalendarMoment;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.model.SubQuota;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Tag;
import org.truce.syntax.Text;
import org.truce.vocabulary.TimeUnit;

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

  private Optional<AgreementClock> clock = Optional.empty();

  /** The agreement's clock, read by deadlines written as calendar moments. */
  public void clock(Optional<AgreementClock> clock) {
    this.clock = clock;
  }

  public static ClauseRef ref(Optional<Tag> tag) {
    return tag.isEmpty()
        ? ClauseRef.NONE
        : new ClauseRef(Optional.of(tag.get().id()), tag.get().label().map(Text::value));
  }

  private static SubQuota subQuota(org.truce.syntax.SubQuota part) {
    return new SubQuota(
        part.amount(), part.category().map(Categories::of), part.qualifier().map(Text::value));
  }

  /** Lowers a clause already known to be in its place inside a phase. */
  public PhaseClause phaseClause(Item item) {
    ClauseRef ref = ref(item.tag());
    PhaseClause lowered =
        switch (item.clause()) {
          case Clause.Hostilities h -> new PhaseClause.Hostilities(ref, h.state());
          case Clause.Release r -> release(ref, r);
          case Clause.Exchange e -> exchange(ref, e);
          case Clause.Order o -> order(ref, o);
          case Clause.Delivery d ->
              new PhaseClause.Delivery(
                  ref,
                  roles.party(d.party(), "deliver or allow goods"),
                  d.verb(),
                  d.amount(),
                  Categories.of(d.what()),
                  schedule(d.schedule()),
                  d.ofWhich().stream().map(ClauseLowering::subQuota).toList());
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

  private PhaseClause order(ClauseRef ref, Clause.Order o) {
    String party = roles.party(o.party(), "release units");
    Category first = resolver.category(o.first(), Optional.of(o.party()));
    Category then = resolver.category(o.then(), Optional.of(o.party()));
    return new PhaseClause.Order(ref, party, first, then);
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
        e.within().map(this::days).orElse(0L),
        e.group());
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

  /**
   * {@code by 2025-01-26 04:00}: the day of the agreement by whose end the moment falls
   * (docs/semantics.md, "Hours, dates and zones"); E221 without an entry moment, E222 when it is
   * not after entry. A malformed date or hour was reported by the parser (E105, E106).
   */
  private Schedule byDate(org.truce.syntax.Schedule.ByDate d) {
    Optional<LocalDate> date = Lowering.date(d.date());
    Optional<LocalTime> time = d.time().flatMap(Lowering::time);
    if (date.isEmpty() || (d.time().isPresent() && time.isEmpty())) {
      return new Schedule.ByAgreementDay(1);
    }
    CalendarMoment moment = new CalendarMoment(date.get(), time);
    if (clock.isEmpty()) {
      ctx.report(DiagnosticCode.DATE_WITHOUT_ENTRY, d.span(), moment);
      return new Schedule.ByAgreementDay(1, Optional.of(moment));
    }
    long day = clock.get().dueDay(moment);
    if (day < 1) {
      ctx.report(
          DiagnosticCode.DATE_BEFORE_ENTRY,
          d.span(),
          moment,
          clock.get().entry().toLocalDate() + " " + clock.get().entry().toLocalTime());
      return new Schedule.ByAgreementDay(1, Optional.of(moment));
    }
    if (day > QuantityChecks.MAX_DAYS) {
      ctx.report(DiagnosticCode.DAY_TOO_LATE, d.span(), day, QuantityChecks.MAX_DAYS);
      return new Schedule.ByAgreementDay(1, Optional.of(moment));
    }
    return new Schedule.ByAgreementDay(day, Optional.of(moment));
  }

  /**
   * A deadline's period in whole days: hours are rounded up, with W220 when that adds hours
   * (docs/semantics.md, "Hours, dates and zones").
   */
  public long days(Length length) {
    if (length.unit() == TimeUnit.HOURS && length.hours() % 24 != 0 && length.hours() > 0) {
      ctx.report(
          DiagnosticCode.HOURS_ROUNDED,
          length.span(),
          length.hours(),
          length.days(),
          length.days() * 24 - length.hours());
    }
    return length.days();
  }

  public Schedule schedule(org.truce.syntax.Schedule s) {
    Schedule lowered =
        switch (s) {
          case org.truce.syntax.Schedule.OnDay d -> new Schedule.OnDay(d.day());
          case org.truce.syntax.Schedule.ByDay d -> new Schedule.ByDay(d.day());
          case org.truce.syntax.Schedule.ByAgreementDay d -> new Schedule.ByAgreementDay(d.day());
          case org.truce.syntax.Schedule.ByDate d -> byDate(d);
          case org.truce.syntax.Schedule.Batches b ->
              new Schedule.Batches(b.size(), b.interval().days(), b.from().orElse(1L));
          case org.truce.syntax.Schedule.BestEffort b ->
              new Schedule.BestEffort(b.pace(), b.longStop());
          case org.truce.syntax.Schedule.Window w -> new Schedule.Window(w.first(), w.last());
          case org.truce.syntax.Schedule.AgreementWindow w ->
              new Schedule.AgreementWindow(w.first(), w.last());
          case org.truce.syntax.Schedule.After a -> after(a);
        };
    return ctx.mapped(lowered, s.span());
  }

  /** A conditional release's period and trigger; the trigger's party and category resolved. */
  private Schedule.After after(org.truce.syntax.Schedule.After a) {
    String party = roles.party(a.party(), "release units");
    Category category = resolver.category(a.category(), Optional.of(a.party()));
    return new Schedule.After(days(a.within()), party, a.count(), category);
  }
}
