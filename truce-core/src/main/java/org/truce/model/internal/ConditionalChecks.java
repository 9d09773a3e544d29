package org.truce.model.internal;

import java.util.List;
import org.truce.model.Category;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Schedule;

/**
 * Conditional releases ({@code within 3 days after hamas has released all hostage.living},
 * docs/semantics.md "Conditional releases"): a trigger count larger than what its party holds can
 * never be reached (E180); a conditional release of the last phase, in a text that concludes when
 * every phase has ended, can be left unmade when the phase ends inside its period (W178). The
 * trigger's party and category are resolved, with their own errors, when the clause is lowered.
 */
public final class ConditionalChecks {
  private ConditionalChecks() {}

  public static void run(AgreementSyntax tree, NameTable table, BuildContext ctx) {
    List<Clause.Phase> phases = PhaseBodies.phases(tree);
    boolean concludesWhen =
        tree.items().stream().map(Item::clause).anyMatch(Clause.Concludes.class::isInstance);
    for (Clause.Phase phase : phases) {
      boolean last = phase == phases.getLast();
      boolean ends = phase.duration().isPresent() || phase.endsWhen().isPresent();
      for (Clause clause : PhaseBodies.clauses(phase)) {
        if (clause instanceof Clause.Release r
            && r.schedule().orElse(null) instanceof Schedule.After after) {
          unreachable(after, table, ctx);
          if (last && ends && !concludesWhen) {
            ctx.report(
                DiagnosticCode.CONDITIONAL_AFTER_CONCLUSION,
                r.span(),
                r.party().text(),
                r.category().path(),
                phase.name().text());
          }
        }
      }
    }
  }

  /** E180: {@code after P has released N C} with N above what P holds of C. */
  private static void unreachable(Schedule.After after, NameTable table, BuildContext ctx) {
    Category category = Categories.of(after.category());
    String party = after.party().text();
    if (after.count().isEmpty()
        || category == Categories.MALFORMED
        || !table.holdsKnown(party, category)) {
      return;
    }
    long held = table.amountHeld(party, category);
    long count = after.count().get();
    if (count > held) {
      ctx.report(
          DiagnosticCode.TRIGGER_UNREACHABLE, after.span(), party, held, category.path(), count);
    }
  }
}
