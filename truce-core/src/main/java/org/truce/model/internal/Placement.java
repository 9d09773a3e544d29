package org.truce.model.internal;

import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;

/**
 * Where each clause may stand. The parser accepts every clause anywhere so that a misplaced one
 * gets this precise message (E117) instead of a syntax error: hostilities, obligations, talks and
 * extensions belong inside a phase; declarations, holdings, interests, phases, requirements and the
 * conclusion at the top level; rights and assurances in both.
 */
public final class Placement {
  private Placement() {}

  /** True when the clause may stand at the top level; otherwise reports E117. */
  public static boolean checkTopLevel(Clause clause, BuildContext ctx) {
    return report(clause, "outside a phase", topLevelHint(clause), ctx);
  }

  /** True when the clause may stand inside a phase; otherwise reports E117. */
  public static boolean checkInPhase(Clause clause, BuildContext ctx) {
    return report(clause, "inside a phase", inPhaseHint(clause), ctx);
  }

  /**
   * True when the clause may stand in an instrument (a right or an assurance); otherwise reports
   * E475 at it.
   */
  public static boolean checkInInstrument(Clause clause, String instrument, BuildContext ctx) {
    if (clause instanceof Clause.Right || clause instanceof Clause.Assurance) {
      return true;
    }
    ctx.report(DiagnosticCode.CLAUSE_IN_INSTRUMENT, clause.span(), what(clause), instrument);
    return false;
  }

  public static boolean allowedInPhase(Clause clause) {
    return inPhaseHint(clause) == null;
  }

  /** The fix for a clause that is out of place at the top level; null when it is in place. */
  private static String topLevelHint(Clause clause) {
    return switch (clause) {
      case Clause.Hostilities h -> "move it into the phase it describes";
      case Clause.Release r -> obligationHint();
      case Clause.Exchange e -> obligationHint();
      case Clause.Order o -> "move it into the phase whose releases it orders";
      case Clause.Delivery d -> obligationHint();
      case Clause.Withdrawal w -> obligationHint();
      case Clause.Undertaking u -> obligationHint();
      case Clause.Talks t -> "move them into the phase during which they take place";
      case Clause.Extension e -> "move it into the phase it extends";
      default -> null;
    };
  }

  /** The fix for a clause that is out of place in a phase; null when it is in place. */
  private static String inPhaseHint(Clause clause) {
    return switch (clause) {
      case Clause.ActorDecl a ->
          "declare parties, mediators, guarantors and endorsers at the top level";
      case Clause.Holdings h ->
          "list holdings at the top level: they are what each side holds when the agreement"
              + " starts";
      case Clause.Interest i ->
          "state interests at the top level: an interest is secured or not by the whole"
              + " agreement";
      case Clause.Phase p -> "phases are not nested: close the enclosing phase with `}` first";
      case Clause.Instrument i ->
          "declare instruments at the top level: an instrument holds top-level rights and"
              + " assurances";
      case Clause.Requirement r ->
          "state requirements at the top level; to speak of this phase, write `phase NAME"
              + " active` in the condition";
      case Clause.Concludes c ->
          "state it at the top level: it says when the whole agreement is complete";
      case Clause.Lapses l ->
          "state it at the top level: a lapse ends the whole agreement; to speak of this phase,"
              + " write `phase NAME active` in the condition";
      default -> null;
    };
  }

  private static boolean report(Clause clause, String where, String hint, BuildContext ctx) {
    if (hint == null) {
      return true;
    }
    ctx.report(DiagnosticCode.CLAUSE_OUT_OF_PLACE, clause.span(), what(clause), where, hint);
    return false;
  }

  private static String obligationHint() {
    return "move it into the phase in which it is due";
  }

  /** The clause as the subject of a sentence. */
  static String what(Clause clause) {
    return switch (clause) {
      case Clause.ActorDecl a -> "the declaration of `" + a.name().text() + "`";
      case Clause.Holdings h -> "`held by " + h.holder().text() + "`";
      case Clause.Interest i -> "an interest";
      case Clause.Phase p -> "phase `" + p.name().text() + "`";
      case Clause.Hostilities h -> "a `hostilities` line";
      case Clause.Release r -> "an obligation";
      case Clause.Exchange e -> "an obligation";
      case Clause.Order o -> "an order between releases";
      case Clause.Delivery d -> "an obligation";
      case Clause.Withdrawal w -> "an obligation";
      case Clause.Undertaking u -> "an obligation";
      case Clause.Talks t -> "talks";
      case Clause.Extension e -> "an extension";
      case Clause.Right r -> "a right";
      case Clause.Assurance a -> "an assurance";
      case Clause.Requirement r -> "a requirement";
      case Clause.Concludes c -> "`concludes when`";
      case Clause.Lapses l -> "`lapses`";
      case Clause.Instrument i -> "instrument `" + i.name().text() + "`";
    };
  }
}
