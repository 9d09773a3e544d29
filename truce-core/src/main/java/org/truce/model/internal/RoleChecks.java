package org.truce.model.internal;

import java.util.List;
import java.util.Optional;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Name;
import org.truce.vocabulary.Role;

/**
 * Who may do what: only parties hold, release, deliver, withdraw, undertake, have interests and
 * rights, and judge talks; only guarantors ensure. Each check resolves the name first, so an
 * undeclared name gets E201 and no role error.
 */
public final class RoleChecks {
  private final BuildContext ctx;
  private final Resolver resolver;

  public RoleChecks(BuildContext ctx, Resolver resolver) {
    this.ctx = ctx;
    this.resolver = resolver;
  }

  /**
   * Requires a party; {@code doing} completes "only parties ...", e.g. {@code release units}.
   * Returns the name as written, resolved or not, so that lowering can go on.
   */
  public String party(Name name, String doing) {
    Optional<NameTable.ActorEntry> actor = resolver.actor(name);
    if (actor.isPresent() && !actor.get().has(Role.PARTY)) {
      ctx.report(
          DiagnosticCode.WRONG_ROLE,
          name.span(),
          name.text(),
          Roles.describe(actor.get().roles()),
          "parties",
          doing,
          partyHint());
    }
    return name.text();
  }

  public String guarantor(Name name) {
    Optional<NameTable.ActorEntry> actor = resolver.actor(name);
    if (actor.isPresent() && !actor.get().has(Role.GUARANTOR)) {
      String hint =
          actor.get().has(Role.PARTY)
              ? "a party cannot guarantee its own agreement; name a guarantor"
              : "add the role to its declaration: `"
                  + Roles.keywords(actor.get().roles())
                  + ", guarantor "
                  + name.text()
                  + " \"...\"`";
      ctx.report(
          DiagnosticCode.WRONG_ROLE,
          name.span(),
          name.text(),
          Roles.describe(actor.get().roles()),
          "guarantors",
          "ensure conditions",
          hint);
    }
    return name.text();
  }

  /** Requires a mediator: only mediators confirm breaches (E163, did-you-mean the mediators). */
  public String mediator(Name name) {
    Optional<NameTable.ActorEntry> actor = resolver.actor(name);
    if (actor.isPresent() && !actor.get().has(Role.MEDIATOR)) {
      List<String> mediators =
          resolver.table().actorNames().stream()
              .filter(n -> resolver.table().actor(n).orElseThrow().has(Role.MEDIATOR))
              .toList();
      String hint =
          mediators.isEmpty()
              ? "declare a mediator, e.g. `mediator "
                  + name.text()
                  + " \"...\"`, or name the one the text gives that role"
              : "name a mediator: "
                  + String.join(", ", mediators.stream().map(m -> "`" + m + "`").toList());
      ctx.report(
          DiagnosticCode.CONFIRMER_NOT_A_MEDIATOR,
          name.span(),
          name.text(),
          Roles.describe(actor.get().roles()),
          hint);
    }
    return name.text();
  }

  public String judge(Name name) {
    Optional<NameTable.ActorEntry> actor = resolver.actor(name);
    if (actor.isPresent() && !actor.get().has(Role.PARTY)) {
      ctx.report(
          DiagnosticCode.JUDGE_NOT_A_PARTY,
          name.span(),
          name.text(),
          Roles.describe(actor.get().roles()));
    }
    return name.text();
  }

  private String partyHint() {
    List<String> parties = resolver.table().parties();
    if (parties.isEmpty()) {
      return "declare the parties with `party NAME \"Full name\"`";
    }
    List<String> quoted = parties.stream().map(p -> "`" + p + "`").toList();
    String list =
        quoted.size() == 1
            ? quoted.getFirst()
            : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.getLast();
    return "name a party here: " + list;
  }
}
