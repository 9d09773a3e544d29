package org.truce.model.internal;

import java.util.List;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;

/** The top-level phases of a tree and the clauses in place in their bodies, for the checks. */
public final class PhaseBodies {
  private PhaseBodies() {}

  public static List<Clause.Phase> phases(AgreementSyntax tree) {
    return tree.items().stream()
        .map(Item::clause)
        .filter(Clause.Phase.class::isInstance)
        .map(Clause.Phase.class::cast)
        .toList();
  }

  /** The clauses of the phase body that may stand there; misplaced ones were reported. */
  public static List<Clause> clauses(Clause.Phase phase) {
    return phase.body().stream().map(Item::clause).filter(Placement::allowedInPhase).toList();
  }
}
