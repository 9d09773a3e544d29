package org.truce.model.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.model.Category;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Tag;
import org.truce.vocabulary.Role;

/**
 * Collects the declarations into a {@link NameTable} and reports what is wrong with them as
 * declarations: names, roles, clause ids, holdings lines and talks declared twice or in conflict.
 * Only clauses in their proper place are collected; misplaced ones are reported by {@link
 * Placement}.
 */
public final class Declarations {
  private final BuildContext ctx;
  private final NameTable table = new NameTable();
  private final Map<String, Span> clauseIds = new HashMap<>();
  private final Map<String, Span> talksSites = new HashMap<>();

  private Declarations(BuildContext ctx) {
    this.ctx = ctx;
  }

  public static NameTable collect(AgreementSyntax tree, BuildContext ctx) {
    Declarations d = new Declarations(ctx);
    for (Item item : tree.items()) {
      d.tag(item.tag());
      d.register(item);
      switch (item.clause()) {
        case Clause.ActorDecl actor -> d.actor(actor);
        case Clause.Holdings holdings -> d.holdings(holdings);
        case Clause.Phase phase -> d.phase(phase);
        default -> {}
      }
    }
    return d.table;
  }

  private void tag(Optional<Tag> tag) {
    tag.ifPresent(
        t -> {
          Span first = clauseIds.putIfAbsent(t.id(), t.span());
          if (first != null) {
            ctx.report(DiagnosticCode.DUPLICATE_CLAUSE_ID, t.span(), t.id(), ctx.line(first));
          }
        });
  }

  /** Keeps the first clause of each id, for the conditions that name a clause (breaches). */
  private void register(Item item) {
    item.tag().ifPresent(t -> table.clauses.putIfAbsent(t.id(), item.clause()));
  }

  private void actor(Clause.ActorDecl decl) {
    String name = decl.name().text();
    Set<Role> roles = NameTable.roles(decl.roles());
    if (roles.contains(Role.PARTY) && roles.size() > 1) {
      ctx.report(DiagnosticCode.PARTY_ALSO_THIRD_PARTY, decl.span(), name, otherRoleWord(roles));
    }
    NameTable.ActorEntry first = table.actors.get(name);
    if (first == null) {
      table.actors.put(name, new NameTable.ActorEntry(name, roles, decl.name().span()));
      return;
    }
    Set<Role> union = EnumSet.copyOf(first.roles());
    union.addAll(roles);
    table.actors.put(name, new NameTable.ActorEntry(name, union, first.span()));
    Span at = decl.name().span();
    if (first.roles().equals(roles)) {
      ctx.report(DiagnosticCode.DUPLICATE_NAME, at, name, ctx.line(first.span()));
    } else if (union.contains(Role.PARTY)) {
      ctx.report(DiagnosticCode.PARTY_ALSO_THIRD_PARTY, at, name, otherRoleWord(union));
    } else {
      String combined = Roles.keywords(union) + " " + name + " \"" + decl.fullName().value() + "\"";
      ctx.report(
          DiagnosticCode.TWO_ROLES,
          at,
          name,
          "`" + Roles.keywords(first.roles()) + "`",
          "`" + Roles.keywords(roles) + "`",
          combined);
    }
  }

  private static String otherRoleWord(Set<Role> roles) {
    return roles.stream().filter(r -> r != Role.PARTY).map(ExprText::word).findFirst().orElse("");
  }

  private void holdings(Clause.Holdings block) {
    String holder = block.holder().text();
    List<NameTable.Held> lines = table.holdings.computeIfAbsent(holder, h -> new ArrayList<>());
    HeldIndex index = table.heldIndex.computeIfAbsent(holder, h -> new HeldIndex());
    for (Clause.Holding holding : block.entries()) {
      Category category = Categories.of(holding.category());
      Span at = holding.category().span();
      Optional<NameTable.Held> clash = index.clash(category);
      if (clash.isPresent() && clash.get().category().equals(category)) {
        ctx.report(DiagnosticCode.DUPLICATE_HOLDING, at, category.path(), holder);
      } else if (clash.isPresent()) {
        ctx.report(
            DiagnosticCode.OVERLAPPING_HOLDINGS,
            at,
            category.path(),
            clash.get().category().path(),
            holder);
      } else {
        NameTable.Held held = new NameTable.Held(category, holding.amount().value(), at);
        lines.add(held);
        index.add(held);
        if (!holding.either().isEmpty()) {
          table
              .unknown
              .computeIfAbsent(holder, h -> new ArrayList<>())
              .add(
                  new NameTable.Unknown(
                      category,
                      holding.amount().value(),
                      holding.either().stream().map(Categories::of).toList()));
        }
      }
    }
  }

  private void phase(Clause.Phase phase) {
    String name = phase.name().text();
    Clause.Phase first = table.phases.putIfAbsent(name, phase);
    if (first != null) {
      ctx.report(
          DiagnosticCode.DUPLICATE_NAME, phase.name().span(), name, ctx.line(first.name().span()));
    }
    for (Item item : phase.body()) {
      tag(item.tag());
      register(item);
      if (item.clause() instanceof Clause.Talks talks) {
        talks(name, talks);
      }
    }
  }

  private void talks(String inPhase, Clause.Talks talks) {
    String on = talks.onPhase().text();
    if (on.equals(inPhase)) {
      ctx.report(DiagnosticCode.TALKS_ON_OWN_PHASE, talks.onPhase().span(), inPhase);
    }
    Span first = talksSites.putIfAbsent(on, talks.span());
    if (first != null) {
      ctx.report(DiagnosticCode.DUPLICATE_TALKS, talks.span(), on, ctx.line(first));
      return;
    }
    table.talks.put(on, new NameTable.TalksEntry(inPhase, talks));
  }
}
