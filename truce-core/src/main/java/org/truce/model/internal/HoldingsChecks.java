package org.truce.model.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
            && checks.holds(r.party(), Categories.of(r.category()))) {
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
    // Sum per distinct category first: a party may have thousands of releases over a few dozen
    // categories, and each category (or one above it) is compared with every one below.
    Map<Category, Long> sums = new LinkedHashMap<>();
    Map<Category, Integer> lastIndex = new LinkedHashMap<>();
    for (int i = 0; i < releases.size(); i++) {
      FixedRelease release = releases.get(i);
      sums.merge(release.category(), release.count(), Long::sum);
      lastIndex.put(release.category(), i);
    }
    Set<Category> levels = new LinkedHashSet<>();
    sums.keySet().forEach(category -> levels.addAll(selfAndAbove(category)));
    List<Category> categories =
        levels.stream()
            .sorted(Comparator.comparingInt((Category c) -> -c.segments().size()))
            .toList();
    List<Category> reported = new ArrayList<>();
    for (Category category : categories) {
      if (reported.stream().anyMatch(category::covers)) {
        continue;
      }
      long required = 0;
      int last = -1;
      for (Map.Entry<Category, Long> below : sums.entrySet()) {
        if (category.covers(below.getKey())) {
          required += below.getValue();
          last = Math.max(last, lastIndex.get(below.getKey()));
        }
      }
      long held = table.amountHeld(party, category);
      if (required > held) {
        reported.add(category);
        ctx.report(
            DiagnosticCode.RELEASES_MORE_THAN_HELD,
            releases.get(last).site().span(),
            party,
            required,
            category.path(),
            held,
            party);
      }
    }
  }

  /** {@code hostage.living.civilian}, {@code hostage.living}, {@code hostage}. */
  private static List<Category> selfAndAbove(Category category) {
    List<String> segments = category.segments();
    List<Category> levels = new ArrayList<>();
    for (int n = segments.size(); n > 0; n--) {
      levels.add(new Category(String.join(".", segments.subList(0, n))));
    }
    return levels;
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
    long most = Counts.saturatedProduct(units, e.perUnit());
    long held = table.amountHeld(party, category);
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
}
