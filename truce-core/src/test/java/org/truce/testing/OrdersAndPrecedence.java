package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Holdings;
import org.truce.model.Instrument;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelPrinter;
import org.truce.model.ModelResult;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.source.SourceText;
import org.truce.vocabulary.InstrumentKind;
import org.truce.vocabulary.RankRelation;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;

/**
 * Makes a generated agreement hold an order between releases and a right that outranks an
 * assurance, so that the properties over generated texts (SpinDifferentialTest) meet both often
 * rather than by chance. {@link AgreementGenerator} draws each only now and then (an order needs
 * two releases of one party in a phase, precedence an instrument above an assurance's).
 */
public final class OrdersAndPrecedence {
  private OrdersAndPrecedence() {}

  /** The id given to the order added. */
  public static final String ORDER = "order_1";

  /**
   * {@code agreement} with an order in the first phase that can take one (docs/semantics.md "Order
   * between releases") in place of any order drawn there, and, in that phase, a right of another
   * party that waits for its breach. A phase with one release of a party and no second one the
   * order could name gets a second: all that the party still holds of another of its lines. Empty
   * when no phase can take an order, or when the text would not be valid.
   */
  public static Optional<Agreement> withOrder(Agreement agreement) {
    ClauseRef ref = new ClauseRef(Optional.of(ORDER), Optional.empty());
    for (int i = 0; i < agreement.phases().size(); i++) {
      Phase phase = agreement.phases().get(i);
      List<PhaseClause> clauses = new ArrayList<>(phase.clauses());
      clauses.removeIf(PhaseClause.Order.class::isInstance);
      List<PhaseClause.Order> candidates = OrderDraws.candidates(clauses, ref);
      if (candidates.isEmpty()) {
        secondRelease(agreement, clauses).ifPresent(clauses::add);
        candidates = OrderDraws.candidates(clauses, ref);
      }
      if (candidates.isEmpty()) {
        continue;
      }
      PhaseClause.Order order = candidates.getFirst();
      clauses.add(order);
      clauses.add(
          new PhaseClause.Right(
              ClauseRef.NONE,
              other(agreement, order.party()),
              RightAction.RESUME_HOSTILITIES,
              Optional.of(new Condition.Breached(order.party(), Optional.of(ORDER)))));
      List<Phase> phases = new ArrayList<>(agreement.phases());
      phases.set(i, phase.withClauses(clauses));
      Optional<Agreement> text = valid(agreement.withPhases(phases));
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  /**
   * For the first release of the phase, a release of all its party still holds of a line whose
   * category neither covers the release's nor lies below it; empty when the party has none.
   */
  private static Optional<PhaseClause.Release> secondRelease(
      Agreement agreement, List<PhaseClause> clauses) {
    for (PhaseClause clause : clauses) {
      if (!(clause instanceof PhaseClause.Release r)) {
        continue;
      }
      for (Holdings h : agreement.holdings()) {
        for (Holdings.Entry e : h.entries()) {
          if (h.holder().equals(r.party())
              && !e.category().covers(r.category())
              && !r.category().covers(e.category())) {
            return Optional.of(
                new PhaseClause.Release(
                    ClauseRef.NONE, r.party(), Optional.empty(), e.category(), Optional.empty()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code agreement} with its first top-level right (or, when it has none, a right of its first
   * party to resume hostilities) moved into a letter that ranks above the agreement, so that no
   * assurance of the agreement removes it (docs/semantics.md "Instruments and precedence"); empty
   * when no assurance ranks below the letter, or when the text would not be valid.
   */
  public static Optional<Agreement> withPrecedence(Agreement agreement) {
    List<PhaseClause.Right> rights = new ArrayList<>(agreement.rights());
    PhaseClause.Right first =
        rights.stream()
            .filter(r -> r.ref().instrument().isEmpty())
            .findFirst()
            .orElse(
                new PhaseClause.Right(
                    ClauseRef.NONE,
                    other(agreement, ""),
                    RightAction.RESUME_HOSTILITIES,
                    Optional.empty()));
    rights.remove(first);
    rights.add(
        new PhaseClause.Right(
            first.ref().in(Optional.of("letter")), first.party(), first.action(), first.when()));
    List<Instrument> instruments = new ArrayList<>(agreement.instruments());
    instruments.add(
        new Instrument(
            ClauseRef.NONE,
            "letter",
            "Letter of assurances",
            InstrumentKind.values()[0],
            Optional.empty(),
            Optional.empty(),
            true,
            RankRelation.ABOVE,
            Optional.empty()));
    Agreement text =
        new Agreement(
                agreement.metadata(),
                agreement.actors(),
                agreement.holdings(),
                agreement.interests(),
                agreement.phases(),
                rights,
                agreement.assurances(),
                agreement.requirements(),
                agreement.conclusion(),
                agreement.lapse())
            .withInstruments(instruments);
    return outranks(text) ? valid(text) : Optional.empty();
  }

  /** True when some right of {@code agreement} ranks above some assurance of it. */
  public static boolean outranks(Agreement agreement) {
    List<PhaseClause.Assurance> assurances = new ArrayList<>(agreement.assurances());
    agreement.phases().stream()
        .flatMap(p -> p.clauses().stream())
        .filter(PhaseClause.Assurance.class::isInstance)
        .map(PhaseClause.Assurance.class::cast)
        .forEach(assurances::add);
    return agreement.rights().stream()
        .anyMatch(
            r ->
                assurances.stream()
                    .anyMatch(a -> agreement.rankOf(r.ref()) > agreement.rankOf(a.ref())));
  }

  /** The agreement as the model builder reads its printed text, when that has no error. */
  private static Optional<Agreement> valid(Agreement agreement) {
    ModelResult r =
        ModelBuilder.load(new SourceText("generated.truce", ModelPrinter.print(agreement)));
    return r.diagnostics().stream().anyMatch(d -> d.isError()) ? Optional.empty() : r.agreement();
  }

  private static String other(Agreement agreement, String party) {
    List<String> parties =
        agreement.actors().stream().filter(a -> a.has(Role.PARTY)).map(Actor::name).toList();
    return parties.stream().filter(p -> !p.equals(party)).findFirst().orElse(party);
  }
}
