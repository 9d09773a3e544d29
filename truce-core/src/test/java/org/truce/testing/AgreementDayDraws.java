package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * Deadlines in days of the agreement for {@link AgreementGenerator} (docs/semantics.md "Deadlines
 * in days of the agreement"): turns some deadlines of a phase that begins on a set day into {@code
 * by day N of the agreement}, {@code on day N} or {@code between day F and day N} of the agreement.
 * The generator calls it after every other clause is drawn, so that the agreements drawn before
 * these deadlines existed stay the same; it lives apart to keep the generator short.
 */
final class AgreementDayDraws {
  private final Dice dice;

  AgreementDayDraws(Dice dice) {
    this.dice = dice;
  }

  /**
   * Sometimes counts a release's, a delivery's, a withdrawal's or an undertaking's deadline in days
   * of the agreement ({@code by day N of the agreement}), in a phase that begins on a set day S: N
   * from S to the phase's last planned day, or, when a {@code concludes when} keeps the agreement
   * in force after its phases, up to 10 days after it (the obligation outlives its phase, W446).
   * Never before the phase begins (E448) nor after every run has ended (E447).
   */
  List<Phase> agreementDays(List<Phase> phases, boolean concludesWhen) {
    List<Phase> out = new ArrayList<>();
    for (Phase phase : phases) {
      if (!(phase.entry() instanceof Phase.Entry.OnDay on) || !dice.chance(40)) {
        out.add(phase);
        continue;
      }
      long first = on.day();
      long last = first + phase.durationDays().orElse(AgreementGenerator.OPEN_ENDED_DAYS) - 1;
      long latest = concludesWhen ? last + 10 : last;
      List<PhaseClause> clauses = new ArrayList<>();
      for (PhaseClause clause : phase.clauses()) {
        clauses.add(
            switch (clause) {
              case PhaseClause.Release r
                  when r.schedule().isPresent()
                      && !(r.schedule().get() instanceof Schedule.Batches)
                      && !ordered(phase, r)
                      && dice.chance(40) ->
                  new PhaseClause.Release(
                      r.ref(),
                      r.party(),
                      r.count(),
                      r.category(),
                      Optional.of(releaseDays(first, latest)));
              case PhaseClause.Delivery d
                  when !(d.schedule() instanceof Schedule.Batches) && dice.chance(60) ->
                  new PhaseClause.Delivery(
                      d.ref(),
                      d.party(),
                      d.verb(),
                      d.amount(),
                      d.what(),
                      agreementDay(first, latest),
                      d.ofWhich());
              case PhaseClause.Withdrawal w when dice.chance(60) ->
                  new PhaseClause.Withdrawal(
                      w.ref(), w.party(), w.area(), agreementDay(first, latest));
              case PhaseClause.Undertaking u when u.deadline().isPresent() && dice.chance(60) ->
                  new PhaseClause.Undertaking(
                      u.ref(), u.party(), u.duty(), Optional.of(agreementDay(first, latest)));
              default -> clause;
            });
      }
      out.add(phase.withClauses(clauses));
    }
    return out;
  }

  /**
   * True when an order between releases of the phase covers {@code r}: such a release stays in days
   * of the phase, as orders refuse releases in days of the agreement (E174).
   */
  private static boolean ordered(Phase phase, PhaseClause.Release r) {
    return phase.clauses().stream()
        .anyMatch(
            c ->
                c instanceof PhaseClause.Order o
                    && o.party().equals(r.party())
                    && (o.first().covers(r.category()) || o.then().covers(r.category())));
  }

  /** `by day N`, `on day N` or `between day F and day N` of the agreement, N in [first, latest]. */
  private Schedule releaseDays(long first, long latest) {
    long last = dice.between((int) first, (int) latest);
    return switch (dice.between(0, 2)) {
      case 0 -> new Schedule.ByAgreementDay(last);
      case 1 -> new Schedule.AgreementWindow(last, last);
      default -> new Schedule.AgreementWindow(dice.between(1, (int) last), last);
    };
  }

  private Schedule agreementDay(long first, long latest) {
    return new Schedule.ByAgreementDay(dice.between((int) first, (int) latest));
  }
}
