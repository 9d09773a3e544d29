package org.truce.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.truce.model.Category;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;

/**
 * Lines whose status is unknown at signing ({@code hostage.unknown 20 either hostage.living or
 * hostage.remains}): at least two categories (E190) that exclude each other (E191), none at, above
 * or below the line's own (E192), none held by another holder (E193); and no release names a
 * category its party holds only among units of unknown status (E194).
 */
final class UnknownStatusChecks {
  private UnknownStatusChecks() {}

  static void run(AgreementSyntax tree, NameTable table, BuildContext ctx) {
    for (Item item : tree.items()) {
      if (item.clause() instanceof Clause.Holdings block) {
        for (Clause.Holding line : block.entries()) {
          if (!line.either().isEmpty()) {
            line(block.holder().text(), line, table, ctx);
          }
        }
      }
    }
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      for (Clause clause : PhaseBodies.clauses(phase)) {
        if (clause instanceof Clause.Release r) {
          release(r, table, ctx);
        }
      }
    }
  }

  private static void line(String holder, Clause.Holding line, NameTable table, BuildContext ctx) {
    Category own = Categories.of(line.category());
    if (line.either().size() < 2) {
      ctx.report(DiagnosticCode.EITHER_ONE_CATEGORY, line.either().getFirst().span());
      return;
    }
    List<Category> seen = new ArrayList<>();
    for (CategoryName name : line.either()) {
      Category category = Categories.of(name);
      if (category == Categories.MALFORMED) {
        continue;
      }
      Category overlap =
          seen.stream().filter(s -> Categories.related(s, category)).findFirst().orElse(null);
      if (overlap != null) {
        ctx.report(DiagnosticCode.EITHER_OVERLAP, name.span(), overlap.path(), category.path());
        continue;
      }
      seen.add(category);
      if (Categories.related(own, category)) {
        String relation = own.equals(category) ? "" : category.covers(own) ? "above" : "below";
        ctx.report(
            DiagnosticCode.EITHER_RELATED_TO_LINE,
            name.span(),
            category.path(),
            relation.isEmpty() ? "the same as" : relation,
            own.path());
        continue;
      }
      for (String other : table.holders()) {
        if (!other.equals(holder) && table.holdsKnown(other, category)) {
          ctx.report(
              DiagnosticCode.EITHER_HELD_BY_OTHER, name.span(), category.path(), other, holder);
          break;
        }
      }
    }
  }

  private static void release(Clause.Release r, NameTable table, BuildContext ctx) {
    String party = r.party().text();
    Category category = Categories.of(r.category());
    if (category == Categories.MALFORMED
        || table.holdsKnown(party, category)
        || !table.holds(party, category)) {
      return;
    }
    table.unknownLines(party).stream()
        .filter(u -> u.either().stream().anyMatch(e -> Categories.related(e, category)))
        .findFirst()
        .ifPresent(
            u ->
                ctx.report(
                    DiagnosticCode.RELEASE_OF_UNREVEALED_STATUS,
                    r.category().span(),
                    party,
                    category.path(),
                    u.line().path()));
  }
}
