package org.truce.syntax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;
import org.truce.syntax.Expr;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Text;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;

/**
 * Chooses the clause from its first words and parses the short ones: actors, interests,
 * hostilities, talks, rights, assurances, requirements and the conclusion. Holdings, phases and
 * obligations have their own parsers.
 */
final class ClauseParser {
  private final ParseContext ctx;
  private final ConditionParser conditions;
  private final ObligationParser obligations;
  private final HoldingsParser holdings;
  private final PhaseParser phases;
  private final InstrumentParser instruments;

  ClauseParser(ParseContext ctx, ItemParser items) {
    this.ctx = ctx;
    this.conditions = new ConditionParser(ctx);
    this.obligations = new ObligationParser(ctx);
    this.holdings = new HoldingsParser(ctx);
    this.phases = new PhaseParser(ctx, conditions, items);
    this.instruments = new InstrumentParser(ctx, phases);
  }

  static boolean isRole(Token t) {
    return t.isWord("party")
        || t.isWord("mediator")
        || t.isWord("guarantor")
        || t.isWord("endorser");
  }

  /** Whether a clause led by a party's name follows: {@code NAME releases|may|ensure|,}. */
  static boolean isPartyVerb(Token t) {
    return ObligationParser.isVerb(t) || t.isWord("may") || isEnsure(t);
  }

  private static boolean isEnsure(Token t) {
    return t.isWord("ensure") || t.isWord("ensures");
  }

  Clause clause() {
    Token t = ctx.peek();
    if (t.kind() == TokenKind.WORD) {
      switch (t.text()) {
        case "party", "mediator", "guarantor", "endorser" -> {
          return actor();
        }
        case "held" -> {
          return holdings.holdings();
        }
        case "interest" -> {
          return interest();
        }
        case "phase" -> {
          return phases.phase();
        }
        case "instrument" -> {
          return instruments.instrument();
        }
        case "hostilities" -> {
          return hostilities();
        }
        case "talks" -> {
          return talks();
        }
        case "extends" -> {
          return phases.extension();
        }
        case "require" -> {
          return requirement();
        }
        case "concludes" -> {
          return conclusion();
        }
        case "lapses" -> {
          return lapse();
        }
        default -> {
          Token next = ctx.cursor.peek(1);
          if (isPartyVerb(next) || next.is(TokenKind.COMMA) || t.isName()) {
            return partyClause();
          }
        }
      }
    }
    ctx.report(DiagnosticCode.UNKNOWN_CLAUSE, t.span(), ctx.describe(t));
    throw Abort.INSTANCE;
  }

  /** {@code party, mediator qatar "Qatar"}. */
  private Clause actor() {
    int start = ctx.peek().offset();
    List<Role> roles = new ArrayList<>();
    roles.add(role());
    while (ctx.accept(TokenKind.COMMA)) {
      roles.add(role());
    }
    Name name =
        ctx.name(
            "a name for the "
                + roles.get(roles.size() - 1).name().toLowerCase(java.util.Locale.ROOT));
    Text fullName = ctx.text("the full name of `" + name.text() + "` in quotes");
    return new Clause.ActorDecl(roles, name, fullName, ctx.spanFrom(start));
  }

  private Role role() {
    Token t = ctx.peek();
    if (!isRole(t)) {
      throw ctx.expected("`party`, `mediator`, `guarantor` or `endorser`");
    }
    ctx.cursor.advance();
    return Role.valueOf(t.text().toUpperCase(java.util.Locale.ROOT));
  }

  private Clause interest() {
    int start = ctx.cursor.advance().offset();
    Name party = ctx.name("a party name");
    ctx.expect(TokenKind.COLON);
    Expr condition = conditions.parse();
    return new Clause.Interest(party, condition, ctx.spanFrom(start));
  }

  private Clause hostilities() {
    int start = ctx.cursor.advance().offset();
    return new Clause.Hostilities(States.hostility(ctx), ctx.spanFrom(start));
  }

  private Clause talks() {
    int start = ctx.cursor.advance().offset();
    ctx.expectWord("on");
    Name phase = ctx.name("a phase name");
    ctx.expectWord("begin");
    ctx.expectWord("by");
    long day = ctx.dayNumber("by", "the phase");
    return new Clause.Talks(phase, day, ctx.spanFrom(start));
  }

  /** A clause that starts with a party's name: an obligation, a right or an assurance. */
  private Clause partyClause() {
    Token first = ctx.peek();
    Token next = ctx.cursor.peek(1);
    if (!isPartyVerb(next) && !next.is(TokenKind.COMMA)) {
      if (next.lineStart()) {
        ctx.report(DiagnosticCode.UNKNOWN_CLAUSE, first.span(), ctx.describe(first));
        throw Abort.INSTANCE;
      }
      ctx.cursor.advance();
      throw ctx.expected(
          "a verb such as `releases`, `may` or `ensures` after `" + first.text() + "`");
    }
    Name party = ctx.name("a party name");
    if (ObligationParser.isVerb(ctx.peek())) {
      return obligations.obligation(party);
    }
    if (ctx.atWord("may")) {
      return right(party);
    }
    return assurance(party);
  }

  private Clause right(Name party) {
    ctx.expectWord("may");
    RightAction action;
    if (ctx.acceptWord("resume")) {
      ctx.expectWord("hostilities");
      action = RightAction.RESUME_HOSTILITIES;
    } else if (ctx.acceptWord("suspend")) {
      ctx.expectWord("obligations");
      action = RightAction.SUSPEND_OBLIGATIONS;
    } else if (ctx.acceptWord("terminate")) {
      ctx.expectWord("agreement");
      action = RightAction.TERMINATE_AGREEMENT;
    } else {
      throw ctx.expected("`resume hostilities`, `suspend obligations` or `terminate agreement`");
    }
    Optional<Expr> when =
        ctx.acceptWord("when") ? Optional.of(conditions.parse()) : Optional.empty();
    return new Clause.Right(party, action, when, ctx.spanFrom(party.span().offset()));
  }

  private Clause assurance(Name first) {
    List<Name> guarantors = new ArrayList<>();
    guarantors.add(first);
    while (ctx.accept(TokenKind.COMMA)) {
      guarantors.add(ctx.name("a guarantor's name"));
    }
    if (!isEnsure(ctx.peek())) {
      throw ctx.expected("`ensure`");
    }
    ctx.cursor.advance();
    Expr condition = conditions.parse();
    Optional<Clause.AssuranceScope> scope = Optional.empty();
    Token t = ctx.peek();
    if (t.isWord("until") || t.isWord("while")) {
      ctx.cursor.advance();
      ScopeKind kind = t.isWord("until") ? ScopeKind.UNTIL : ScopeKind.WHILE;
      Expr scopeCondition = conditions.parse();
      scope =
          Optional.of(new Clause.AssuranceScope(kind, scopeCondition, ctx.spanFrom(t.offset())));
    }
    return new Clause.Assurance(guarantors, condition, scope, ctx.spanFrom(first.span().offset()));
  }

  private Clause requirement() {
    int start = ctx.cursor.advance().offset();
    RequirementKind kind =
        switch (ctx.peek().kind() == TokenKind.WORD ? ctx.peek().text() : "") {
          case "always" -> RequirementKind.ALWAYS;
          case "never" -> RequirementKind.NEVER;
          case "eventually" -> RequirementKind.EVENTUALLY;
          default -> throw ctx.expected("`always`, `never` or `eventually`");
        };
    ctx.cursor.advance();
    Expr condition = conditions.parse();
    Optional<Length> within =
        ctx.acceptWord("within")
            ? Optional.of(ctx.deadlineLength("a number of days or hours"))
            : Optional.empty();
    return new Clause.Requirement(kind, condition, within, ctx.spanFrom(start));
  }

  private Clause conclusion() {
    int start = ctx.cursor.advance().offset();
    ctx.expectWord("when");
    return new Clause.Concludes(conditions.parse(), ctx.spanFrom(start));
  }

  /** {@code lapses when C} or {@code lapses on day N [unless C]}. */
  private Clause lapse() {
    int start = ctx.cursor.advance().offset();
    if (ctx.acceptWord("when")) {
      return new Clause.Lapses(
          Optional.empty(), Optional.of(conditions.parse()), ctx.spanFrom(start));
    }
    if (!ctx.atWord("on")) {
      throw ctx.expected("`when` or `on day`");
    }
    ctx.cursor.advance();
    int dayStart = ctx.peek().offset();
    long day = ctx.dayNumber("lapses on", "the agreement");
    Clause.DayMark mark = new Clause.DayMark(day, ctx.spanFrom(dayStart));
    Optional<Expr> unless =
        ctx.acceptWord("unless") ? Optional.of(conditions.parse()) : Optional.empty();
    return new Clause.Lapses(Optional.of(mark), unless, ctx.spanFrom(start));
  }
}
