package org.truce.model.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.truce.model.Category;
import org.truce.source.DiagnosticCode;
import org.truce.source.Suggestions;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Name;
import org.truce.vocabulary.Role;

/**
 * Resolves names against the {@link NameTable}: actors, phases and held categories. Each unknown
 * name is reported where it is used, with "did you mean" suggestions.
 */
public final class Resolver {
  /**
   * Unknown names past this many get no "did you mean": each search compares the name with up to a
   * thousand declared ones, and a text of thousands of misspelt references would otherwise take
   * time quadratic in its length (issue 16). Every one is still reported.
   */
  static final int MOST_SUGGESTED = 100;

  private final BuildContext ctx;
  private final NameTable table;
  private int suggested;

  public Resolver(BuildContext ctx, NameTable table) {
    this.ctx = ctx;
    this.table = table;
  }

  public NameTable table() {
    return table;
  }

  private List<String> suggest(String unknown, Supplier<Collection<String>> declared) {
    return suggested++ < MOST_SUGGESTED ? Suggestions.forName(unknown, declared.get()) : List.of();
  }

  /** The declared actor, or empty after reporting E201. */
  public Optional<NameTable.ActorEntry> actor(Name name) {
    Optional<NameTable.ActorEntry> entry = table.actor(name.text());
    if (entry.isEmpty()) {
      ctx.report(
          suggest(name.text(), table::actorNames),
          DiagnosticCode.UNKNOWN_PARTY,
          name.span(),
          name.text(),
          name.text());
    }
    return entry;
  }

  /** True when the phase is declared; otherwise reports E202. */
  public boolean phase(Name name) {
    if (table.phase(name.text()).isPresent()) {
      return true;
    }
    ctx.report(
        suggest(name.text(), table::phaseNames),
        DiagnosticCode.UNKNOWN_PHASE,
        name.span(),
        name.text());
    return false;
  }

  /**
   * Checks that {@code holder} (or, when absent, anyone) holds units {@code name} may name: some
   * held line covers it or lies below it. A holder that is undeclared or not a party was reported
   * already by the caller.
   */
  public Category category(CategoryName name, Optional<Name> holder) {
    Category category = Categories.of(name);
    if (category == Categories.MALFORMED) {
      return category;
    }
    if (holder.isPresent()) {
      String by = holder.get().text();
      boolean party = table.actor(by).filter(a -> a.has(Role.PARTY)).isPresent();
      if (party && !table.holds(by, category) && !heldByAnUndeclaredHolder(category)) {
        ctx.report(
            suggest(category.path(), () -> table.categoryPaths(Optional.of(by))),
            DiagnosticCode.UNKNOWN_CATEGORY,
            name.span(),
            by,
            category.path(),
            by);
      }
    } else if (table.holders().stream().noneMatch(h -> table.holds(h, category))) {
      ctx.report(
          suggest(category.path(), () -> table.categoryPaths(Optional.empty())),
          DiagnosticCode.NOBODY_HOLDS,
          name.span(),
          category.path());
    }
    return category;
  }

  /**
   * True when a {@code held by} block of an undeclared holder (already reported, e.g. a misspelt
   * {@code held by sout}) holds units this category may name: the units are probably the party's,
   * and saying at every use that it holds none of them would bury the one real mistake.
   */
  private boolean heldByAnUndeclaredHolder(Category category) {
    return table.holders().stream()
        .anyMatch(h -> table.actor(h).isEmpty() && table.holds(h, category));
  }
}
