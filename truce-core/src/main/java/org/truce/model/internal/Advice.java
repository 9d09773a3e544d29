package org.truce.model.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Item;

/**
 * Checks of what a phase states and advice on the whole text: hostilities stated twice in a phase
 * (E410) or not at all (W409), parties without an interest (W601), a start before the date of the
 * text (W602).
 */
public final class Advice {
  private Advice() {}

  public static void run(AgreementSyntax tree, NameTable table, BuildContext ctx) {
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      hostilities(phase, ctx);
    }
    // An interest misplaced inside a phase is reported as such (E117); it still says the party
    // has one, so it does not earn a second, misleading warning.
    Set<String> withInterest = new HashSet<>();
    for (Item item : tree.items()) {
      if (item.clause() instanceof Clause.Interest i) {
        withInterest.add(i.party().text());
      }
    }
    for (Clause.Phase phase : PhaseBodies.phases(tree)) {
      for (Item item : phase.body()) {
        if (item.clause() instanceof Clause.Interest i) {
          withInterest.add(i.party().text());
        }
      }
    }
    for (String party : table.parties()) {
      // an actor that is also declared with another role has an error already (E205, E206)
      boolean onlyParty = table.actor(party).orElseThrow().roles().size() == 1;
      if (onlyParty && !withInterest.contains(party)) {
        ctx.report(
            DiagnosticCode.NO_INTEREST, table.actor(party).orElseThrow().span(), party, party);
      }
    }
    dates(tree, ctx);
  }

  private static void hostilities(Clause.Phase phase, BuildContext ctx) {
    boolean stated = false;
    for (Clause clause : PhaseBodies.clauses(phase)) {
      if (clause instanceof Clause.Hostilities h) {
        if (stated) {
          ctx.report(DiagnosticCode.DUPLICATE_HOSTILITIES, h.span(), phase.name().text());
        }
        stated = true;
      }
    }
    if (!stated) {
      ctx.report(DiagnosticCode.HOSTILITIES_UNSPECIFIED, phase.name().span(), phase.name().text());
    }
  }

  private static void dates(AgreementSyntax tree, BuildContext ctx) {
    Optional<LocalDate> dated = Optional.empty();
    for (HeaderField field : tree.header().fields()) {
      if (field instanceof HeaderField.Dated d) {
        dated = Lowering.date(d.date());
      }
    }
    if (dated.isEmpty()) {
      return;
    }
    LocalDate textDate = dated.get();
    for (HeaderField field : tree.header().fields()) {
      if (field instanceof HeaderField.Starts s
          && Lowering.date(s.date()).filter(start -> start.isBefore(textDate)).isPresent()) {
        ctx.report(DiagnosticCode.STARTS_BEFORE_DATED, s.span(), s.date(), textDate);
      }
    }
  }
}
