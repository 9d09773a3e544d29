package org.truce.model.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.source.DiagnosticCode;
import org.truce.source.Suggestions;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Expr;
import org.truce.syntax.Name;

/**
 * Turns written conditions into typed model {@link Condition}s and {@link Figure}s, resolving the
 * names in them. A number where a condition is expected is E501; a condition where a comparison
 * needs a number is E502. After an error a placeholder is returned so that checking goes on.
 */
public final class TypeChecker {
  private final BuildContext ctx;
  private final Resolver resolver;
  private final RoleChecks roles;

  public TypeChecker(BuildContext ctx, Resolver resolver, RoleChecks roles) {
    this.ctx = ctx;
    this.resolver = resolver;
    this.roles = roles;
  }

  public Condition condition(Expr expr) {
    return ctx.mapped(lowerCondition(expr), expr.span());
  }

  /** The condition of a right: the only place a breach may be read (E164 elsewhere). */
  public Condition rightCondition(Expr expr) {
    boolean outer = inRight;
    inRight = true;
    try {
      return condition(expr);
    } finally {
      inRight = outer;
    }
  }

  private boolean inRight;

  private Condition lowerCondition(Expr expr) {
    return switch (expr) {
      case Expr.And and -> new Condition.And(condition(and.left()), condition(and.right()));
      case Expr.Or or -> new Condition.Or(condition(or.left()), condition(or.right()));
      case Expr.Not not -> new Condition.Not(condition(not.operand()));
      case Expr.Compare c ->
          new Condition.Compare(figure(c.left(), c), c.op(), figure(c.right(), c));
      case Expr.BoolLiteral b -> new Condition.Constant(b.value());
      case Expr.HostilitiesAre h -> new Condition.HostilitiesAre(h.state());
      case Expr.PhaseIs p -> {
        resolver.phase(p.phase());
        yield new Condition.PhaseIs(p.phase().text(), p.state());
      }
      case Expr.AllReleased a ->
          new Condition.AllReleased(
              category(a.category(), a.by(), "release units"), a.by().map(Name::text));
      case Expr.TalksAre t -> talks(t);
      case Expr.Number n -> numberAsCondition(n);
      case Expr.Day d -> numberAsCondition(d);
      case Expr.Released r -> numberAsCondition(r);
      case Expr.Held h -> numberAsCondition(h);
      case Expr.Breached b -> breached(b);
      case Expr.BreachConfirmed c -> confirmed(c);
    };
  }

  private Condition numberAsCondition(Expr expr) {
    String example =
        expr instanceof Expr.Number n ? "day >= " + n.value() : ExprText.text(expr) + " >= 1";
    ctx.report(
        DiagnosticCode.NUMBER_AS_CONDITION, expr.span(), ExprText.describeNumber(expr), example);
    figure(expr, null);
    return new Condition.Constant(false);
  }

  /** Lowers a number; {@code comparison} is the comparison it stands in, for messages. */
  private Figure figure(Expr expr, Expr.Compare comparison) {
    Figure figure =
        switch (expr) {
          case Expr.Number n -> new Figure.Literal(n.value());
          case Expr.Day d -> new Figure.Day();
          case Expr.Released r ->
              new Figure.Released(
                  category(r.category(), r.by(), "release units"), r.by().map(Name::text));
          case Expr.Held h ->
              new Figure.Held(category(h.category(), h.by(), "hold units"), h.by().map(Name::text));
          default -> {
            ctx.report(
                DiagnosticCode.CONDITION_AS_NUMBER,
                expr.span(),
                ExprText.describe(expr),
                comparison.op().symbol());
            condition(expr);
            yield new Figure.Literal(0);
          }
        };
    return ctx.mapped(figure, expr.span());
  }

  private Category category(CategoryName name, Optional<Name> by, String doing) {
    by.ifPresent(party -> roles.party(party, doing));
    return resolver.category(name, by);
  }

  /** Talks without {@code on} mean the only talks declared. */
  private Condition talks(Expr.TalksAre t) {
    t.judgedBy().ifPresent(roles::judge);
    String state = ExprText.word(t.state());
    Map<String, NameTable.TalksEntry> declared = resolver.table().talks();
    String on;
    if (t.on().isPresent()) {
      Name phase = t.on().get();
      on = phase.text();
      if (resolver.phase(phase) && !declared.containsKey(on)) {
        ctx.report(
            Suggestions.forName(on, declared.keySet()),
            DiagnosticCode.UNKNOWN_TALKS,
            phase.span(),
            on,
            on);
      }
    } else if (declared.size() == 1) {
      on = declared.keySet().iterator().next();
    } else {
      if (declared.isEmpty()) {
        ctx.report(DiagnosticCode.NO_TALKS, t.span());
      } else {
        List<String> phases = List.copyOf(declared.keySet());
        ctx.report(DiagnosticCode.AMBIGUOUS_TALKS, t.span(), state, phases.getFirst());
      }
      on = "?";
    }
    return new Condition.TalksAre(on, t.state(), t.judgedBy().map(Name::text));
  }

  private Condition breached(Expr.Breached b) {
    outsideRight(b);
    String party = roles.party(b.party(), "breach obligations");
    b.clause().ifPresent(id -> obligationOf(id, party));
    return new Condition.Breached(party, b.clause().map(Name::text));
  }

  private Condition confirmed(Expr.BreachConfirmed c) {
    outsideRight(c);
    roles.mediator(c.mediator());
    String party = roles.party(c.party(), "breach obligations");
    return new Condition.BreachConfirmed(c.mediator().text(), party);
  }

  private void outsideRight(Expr breach) {
    if (!inRight) {
      ctx.report(DiagnosticCode.BREACH_OUTSIDE_RIGHT, breach.span(), ExprText.text(breach));
    }
  }

  /**
   * E161 for an unknown id, E162 for a clause that is not an obligation of {@code party}: a
   * release, an exchange, a delivery, a withdrawal or an undertaking (docs/semantics.md
   * "Breaches").
   */
  private void obligationOf(Name id, String party) {
    var clause = resolver.table().clause(id.text());
    if (clause.isEmpty()) {
      ctx.report(
          Suggestions.forName(id.text(), resolver.table().clauseIds()),
          DiagnosticCode.UNKNOWN_CLAUSE_ID,
          id.span(),
          id.text(),
          id.text());
      return;
    }
    Optional<String> owner =
        switch (clause.get()) {
          case Clause.Release r -> Optional.of(r.party().text());
          case Clause.Exchange x -> Optional.of(x.party().text());
          case Clause.Order o -> Optional.of(o.party().text());
          case Clause.Delivery d -> Optional.of(d.party().text());
          case Clause.Withdrawal w -> Optional.of(w.party().text());
          case Clause.Undertaking u -> Optional.of(u.party().text());
          default -> Optional.empty();
        };
    if (owner.isPresent() && owner.get().equals(party)) {
      return;
    }
    String hint =
        owner
            .map(
                o ->
                    "clause `"
                        + id.text()
                        + "` is an obligation of `"
                        + o
                        + "`: write `"
                        + o
                        + " breached clause "
                        + id.text()
                        + "`, or name a clause of `"
                        + party
                        + "`")
            .orElse(
                "clause `"
                    + id.text()
                    + "` is no obligation anyone can breach (only a release, an exchange, a"
                    + " delivery, a withdrawal or an undertaking can be): name an obligation of `"
                    + party
                    + "`, or write `"
                    + party
                    + " breached` for any of its obligations");
    ctx.report(DiagnosticCode.BREACH_NOT_AN_OBLIGATION, id.span(), id.text(), party, hint);
  }
}
