package org.truce.negotiate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Conclusion;
import org.truce.model.Instrument;
import org.truce.model.Interest;
import org.truce.model.Lapse;
import org.truce.model.ModelPrinter;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.negotiate.ClauseVersion;

/**
 * Lists the clauses of a text in the order of the printed text: each phase followed by its clauses,
 * then the top-level rights, assurances, requirements, the conclusion and the lapse, then the
 * declarations of the other instruments (a clause of an instrument names it in its tag: {@link
 * ClauseRef#instrument()}).
 */
public final class ClauseList {
  private static final Optional<String> TOP_LEVEL = Optional.empty();

  private ClauseList() {}

  public static List<Listed> clauses(Agreement agreement) {
    List<Listed> out = new ArrayList<>();
    for (Phase phase : agreement.phases()) {
      Optional<String> name = Optional.of(phase.name());
      Phase head = phase.withClauses(List.of());
      String text = ModelPrinter.clause(phase);
      out.add(listed(phase.ref(), phase, head, "phase", name, text, name));
      phase.clauses().forEach(clause -> out.add(clause(clause, name)));
    }
    agreement.rights().forEach(right -> out.add(clause(right, TOP_LEVEL)));
    agreement.assurances().forEach(assurance -> out.add(clause(assurance, TOP_LEVEL)));
    for (Requirement requirement : agreement.requirements()) {
      String text = ModelPrinter.clause(requirement);
      out.add(listed(requirement.ref(), requirement, "requirement", text, Optional.empty()));
    }
    for (Conclusion conclusion : agreement.conclusion().stream().toList()) {
      // A text concludes once: a reworded conclusion is the same clause.
      String text = ModelPrinter.clause(conclusion);
      out.add(listed(conclusion.ref(), conclusion, "conclusion", text, Optional.of("conclusion")));
    }
    for (Lapse lapse : agreement.lapse().stream().toList()) {
      // A text lapses once: a reworded lapse is the same clause.
      String text = ModelPrinter.clause(lapse);
      out.add(listed(lapse.ref(), lapse, "lapse", text, Optional.of("lapse")));
    }
    for (Instrument instrument : agreement.instruments()) {
      // Known by its name: a retitled or reranked instrument is the same instrument.
      String text = ModelPrinter.clause(instrument);
      out.add(
          listed(
              instrument.ref(),
              instrument,
              "instrument",
              text,
              Optional.of("instrument " + instrument.name())));
    }
    return out;
  }

  public static List<Listed> interests(Agreement agreement) {
    List<Listed> out = new ArrayList<>();
    for (Interest interest : agreement.interests()) {
      String text = ModelPrinter.clause(interest);
      out.add(listed(interest.ref(), interest, "interest", text, Optional.of(interest.party())));
    }
    return out;
  }

  private static Listed clause(PhaseClause clause, Optional<String> phase) {
    String text = ModelPrinter.clause(clause);
    // A phase states its hostilities once: stating them differently keeps the clause.
    Optional<String> identity =
        clause instanceof PhaseClause.Hostilities ? Optional.of("hostilities") : Optional.empty();
    return listed(clause.ref(), clause, clause, kind(clause), phase, text, identity);
  }

  private static Listed listed(
      ClauseRef ref, Object element, String kind, String text, Optional<String> identity) {
    return listed(ref, element, element, kind, TOP_LEVEL, text, identity);
  }

  /** {@code identity} empty: the clause is known by its shape. */
  private static Listed listed(
      ClauseRef ref,
      Object element,
      Object content,
      String kind,
      Optional<String> phase,
      String text,
      Optional<String> identity) {
    return new Listed(
        new ClauseVersion(ref, kind, phase, text, element),
        content,
        identity.orElseGet(() -> Numbers.shape(text)),
        element instanceof PhaseClause.Hostilities,
        Numbers.of(element));
  }

  /** The kind of a clause in the user's words. */
  private static String kind(PhaseClause clause) {
    return switch (clause) {
      case PhaseClause.Hostilities hostilities -> "hostilities";
      case PhaseClause.Release release -> "release";
      case PhaseClause.Exchange exchange -> exchange.lump() ? "lump release" : "exchange ratio";
      case PhaseClause.Order order -> "order between releases";
      case PhaseClause.Delivery delivery -> "delivery";
      case PhaseClause.Withdrawal withdrawal -> "withdrawal";
      case PhaseClause.Undertaking undertaking -> "undertaking";
      case PhaseClause.Talks talks -> "talks";
      case PhaseClause.Extension extension -> "extension";
      case PhaseClause.Right right -> "right";
      case PhaseClause.Assurance assurance -> "assurance";
    };
  }
}
