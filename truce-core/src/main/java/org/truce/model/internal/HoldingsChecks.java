package org.truce.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.model.Category;
import org.truce.model.Counts;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Name;

/**
 * Obligations against what each side holds: no party must release more than it holds (E302); a
 * ratio must be meetable if the other side releases everything it holds (E303); an exchange is
 * against the other side's releases (E305). Holdings given as {@code about}, {@code at least} or
 * {@code at most} N count as N. Releases of unknown parties or categories were reported already and
 * are skipped.
 */
public final class HoldingsChecks {
  private record FixedRelease(Category category, long count, Clause.Quantity.Count site) {}

  private final BuildContext ctx;
  private final NameTable table;

  private HoldingsChecks(BuildContext ctx, NameTable table) {
    this.ctx = ctx;
    this.table = table;
  }

  public static void run(AgreementSyntax tree, NameTable table, BuildContext ctx) {
    HoldingsChecks checks = new HoldingsChecks(ctx, table);
    Map<String, List<FixedRelease>> releases = new LinkedHashMap<>();
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      for (Clause clause : PhaseBodies.clauses(phase)) {
        if (clause instanceof Clause.Release r
            && r.quantity() instanceof Clause.Quantity.Count c
            && table.holdsKnown(r.party().text(), Categories.of(r.category()))) {
          releases
              .computeIfAbsent(r.party().text(), p -> new ArrayList<>())
              .add(new FixedRelease(Categories.of(r.category()), c.value(), c));
        } else if (clause instanceof Clause.Exchange e) {
          checks.exchange(e);
        }
      }
    }
    releases.forEach(checks::totals);
  }

  private boolean holds(Name party, Category category) {
    return category != Categories.MALFORMED && table.holds(party.text(), category);
  }

  /**
   * For each category a party releases, and each category above it, the releases at or below it
   * against what it holds of it: releases of sibling categories ({@code hostage.living}, {@code
   * hostage.remains}) all draw on one broader held line ({@code hostage}), so they are compared
   * with it together. The finest category that is overdrawn is reported, not every category above
   * it too.
   */
  private void totals(String party, List<FixedRelease> releases) {
    // For each category released and each one above it: the sum of the releases at or below it,
    // and the last of them. Each release adds to its own levels only (at most 16, E123), so this
    // is linear in the releases, whatever the number of categories.
    Map<Category, Long> required = new LinkedHashMap<>();
    Map<Category, Integer> lastIndex = new HashMap<>();
    for (int i = 0; i < releases.size(); i++) {
      FixedRelease release = releases.get(i);
      for (String path : HeldIndex.selfAndAbove(release.category())) {
        Category level = new Category(path);
        required.merge(level, release.count(), Counts::saturatedSum);
        lastIndex.put(level, i);
      }
    }
    List<Category> categories =
        required.keySet().stream()
            // Deepest first; a lambda of truce's own (see Diagnostic.IN_SOURCE_ORDER).
            .sorted((a, b) -> Integer.compare(depth(b), depth(a)))
            .toList();
    // Categories above one reported already: the finest overdrawn category is reported, not every
    // category above it too.
    Set<Category> aboveReported = new HashSet<>();
    for (Category category : categories) {
      if (aboveReported.contains(category)) {
        continue;
      }
      long held = table.amountHeld(party, category);
      if (required.get(category) > held) {
        HeldIndex.selfAndAbove(category).forEach(path -> aboveReported.add(new Category(path)));
        ctx.report(
            DiagnosticCode.RELEASES_MORE_THAN_HELD,
            releases.get(lastIndex.get(category)).site().span(),
            party,
            required.get(category),
            category.path(),
            held,
            party);
      }
    }
  }

  private static int depth(Category category) {
    int depth = 1;
    for (int i = 0; i < category.path().length(); i++) {
      if (category.path().charAt(i) == '.') {
        depth++;
      }
    }
    return depth;
  }

  private void exchange(Clause.Exchange e) {
    String party = e.party().text();
    Category category = Categories.of(e.category());
    Category unit = Categories.of(e.unitCategory());
    if (!holds(e.party(), category) || unit == Categories.MALFORMED) {
      return;
    }
    Optional<String> by = e.unitReleasedBy().map(Name::text);
    List<String> others =
        by.isPresent()
            ? List.of(by.get())
            : table.holders().stream().filter(h -> !h.equals(party)).toList();
    long units = others.stream().mapToLong(h -> table.amountHeld(h, unit)).sum();
    boolean ownReleases = by.map(party::equals).orElse(units == 0 && table.holds(party, unit));
    if (ownReleases) {
      ctx.report(DiagnosticCode.SELF_EXCHANGE, e.span(), party, category.path());
      return;
    }
    long held = table.amountHeld(party, category);
    if (e.group().isPresent()) {
      lump(e, e.group().get(), units, held, by.orElse(String.join(", ", others)));
      return;
    }
    long most = Counts.saturatedProduct(units, e.perUnit());
    if (units > 0 && most > held) {
      ctx.report(
          DiagnosticCode.RATIO_UNMEETABLE,
          e.span(),
          e.perUnit(),
          category.path(),
          unit.path(),
          party,
          most,
          category.path(),
          held);
    }
  }

  /**
   * A lump ({@code releases 120 C for the 15 U}): the group must fit in what its holders hold
   * (E176), and the lump in what the lump's party holds (E177).
   */
  private void lump(Clause.Exchange e, long size, long units, long held, String holders) {
    String party = e.party().text();
    Category category = Categories.of(e.category());
    Category unit = Categories.of(e.unitCategory());
    if (units > 0 && size > units) {
      ctx.report(DiagnosticCode.LUMP_GROUP_TOO_LARGE, e.span(), size, unit.path(), units, holders);
    }
    if (e.perUnit() > held) {
      ctx.report(
          DiagnosticCode.LUMP_UNMEETABLE, e.span(), party, e.perUnit(), category.path(), held);
    }
  }
}
