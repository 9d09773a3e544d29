package org.truce.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.truce.model.Category;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.SubQuota;

/**
 * A delivery's sub-quotas ({@code , of which 40 aid.truck.fuel and 200 "to the north"}): each at
 * least 1 (E301); a category strictly below the delivery's (E185); no category or qualifier named
 * twice, nor a category below another one of the list (E188); the categories, which cannot overlap,
 * add up to at most the amount, and so does each qualifier (E186); all of them together above the
 * amount is a warning (W187), since a qualifier may overlap the others.
 */
final class SubQuotaChecks {
  private SubQuotaChecks() {}

  static void run(AgreementSyntax tree, BuildContext ctx) {
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      for (Clause clause : PhaseBodies.clauses(phase)) {
        if (clause instanceof Clause.Delivery d && !d.ofWhich().isEmpty()) {
          check(d, ctx);
        }
      }
    }
  }

  private static void check(Clause.Delivery d, BuildContext ctx) {
    Category total = Categories.of(d.what());
    List<Category> categories = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    long categorySum = 0;
    long sum = 0;
    boolean wrong = false;
    for (SubQuota part : d.ofWhich()) {
      if (part.amount() < 1) {
        ctx.report(
            DiagnosticCode.NOT_POSITIVE, part.span(), "the number of a sub-quota", part.amount());
        wrong = true;
        continue;
      }
      sum += part.amount();
      if (part.category().isPresent()) {
        Category category = Categories.of(part.category().get());
        if (!total.covers(category) || total.equals(category)) {
          ctx.report(
              DiagnosticCode.SUB_QUOTA_NOT_BELOW, part.span(), category.path(), total.path());
          wrong = true;
          continue;
        }
        Category other =
            categories.stream()
                .filter(seen -> Categories.related(seen, category))
                .findFirst()
                .orElse(null);
        if (other != null) {
          ctx.report(DiagnosticCode.SUB_QUOTA_TWICE, part.span(), other.path(), category.path());
          wrong = true;
          continue;
        }
        categories.add(category);
        categorySum += part.amount();
      } else {
        String qualifier = part.qualifier().orElseThrow().value();
        if (qualifiers.contains(qualifier)) {
          String quoted = "\"" + qualifier + "\"";
          ctx.report(DiagnosticCode.SUB_QUOTA_TWICE, part.span(), quoted, quoted);
          wrong = true;
          continue;
        }
        qualifiers.add(qualifier);
        if (part.amount() > d.amount()) {
          ctx.report(
              DiagnosticCode.SUB_QUOTAS_EXCEED_TOTAL,
              part.span(),
              part.amount(),
              d.amount(),
              total.path());
          wrong = true;
        }
      }
    }
    if (wrong) {
      return;
    }
    Span list = list(d);
    if (categorySum > d.amount()) {
      ctx.report(
          DiagnosticCode.SUB_QUOTAS_EXCEED_TOTAL, list, categorySum, d.amount(), total.path());
    } else if (sum > d.amount()) {
      ctx.report(
          DiagnosticCode.SUB_QUOTAS_MUST_OVERLAP,
          list,
          sum,
          d.amount(),
          total.path(),
          "\"" + qualifiers.get(0) + "\"");
    }
  }

  /** From the first sub-quota to the last. */
  private static Span list(Clause.Delivery d) {
    Span first = d.ofWhich().get(0).span();
    Span last = d.ofWhich().get(d.ofWhich().size() - 1).span();
    return new Span(first.offset(), last.offset() + last.length() - first.offset());
  }
}
