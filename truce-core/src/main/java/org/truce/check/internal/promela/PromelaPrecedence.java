package org.truce.check.internal.promela;

import org.truce.check.internal.system.Tables.AssuranceInfo;
import org.truce.check.internal.system.Tables.RightInfo;
import org.truce.check.internal.system.TransitionSystem;

/**
 * Precedence between instruments as the export reads it (docs/semantics.md, "Instruments and
 * precedence"): a right of an instrument that ranks above an assurance's is not removed by that
 * assurance, so its {@code may_P_ACTION} term leaves the assurance out. Ranks are compared as the
 * checker's {@code Rights} compares them, clause by clause.
 */
final class PromelaPrecedence {
  private final TransitionSystem ts;
  private final boolean any;

  PromelaPrecedence(TransitionSystem ts) {
    this.ts = ts;
    boolean found = false;
    for (RightInfo r : ts.rights()) {
      for (AssuranceInfo a : ts.assurances()) {
        found |= outranks(r, a);
      }
    }
    this.any = found;
  }

  /** True when some right outranks some assurance: the rights' terms then differ one by one. */
  boolean any() {
    return any;
  }

  /** True when right {@code r} ranks above assurance {@code a}, which then does not remove it. */
  boolean outranks(RightInfo r, AssuranceInfo a) {
    return ts.agreement().rankOf(r.right().ref()) > ts.agreement().rankOf(a.assurance().ref());
  }
}
