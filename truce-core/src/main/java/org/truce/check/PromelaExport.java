package org.truce.check;

import java.util.List;
import java.util.Optional;
import org.truce.check.internal.promela.PromelaModel;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Agreement;

/**
 * The transition system {@link Checker} explores, written as a Promela model with the analyses as
 * claims (never claims of LTL formulas), so that anyone can cross-check a verdict with SPIN
 * (docs/promela.md).
 */
public final class PromelaExport {
  private PromelaExport() {}

  /**
   * One claim of the model: a never claim of an LTL formula.
   *
   * @param name the claim's name in the model ({@code pan -N name})
   * @param analysis the analysis it checks, as {@code truce check} names it
   * @param relation how SPIN's verdict on the claim and truce's on the analysis must relate
   * @param note what the claim says, in words
   */
  public record Claim(String name, String analysis, Relation relation, String note) {}

  /** How a SPIN verdict on a claim and truce's verdict on its analysis must relate. */
  public enum Relation {
    /** The same verdict. */
    SAME,
    /**
     * The claim asks more of a run than the analysis does: when SPIN says it holds, truce must say
     * the analysis holds (indefinite-truce: being locked in is a game, the claim a run of it).
     */
    CLAIM_IMPLIES_ANALYSIS,
    /**
     * The analysis asks more than the claim: when truce says it holds, SPIN must say the claim
     * holds (completes: truce also calls a run that gets stuck incomplete).
     */
    ANALYSIS_IMPLIES_CLAIM
  }

  /** A written model and its claims. */
  public record Model(String text, List<Claim> claims) {}

  /** A text whose numbers do not fit Promela's 32-bit integers. */
  public static final class TooLarge extends Exception {
    public TooLarge(String message) {
      super(message);
    }
  }

  /**
   * Writes the model of {@code agreement} under {@code options} (its adversary and amounts; the
   * search limits do not apply). {@code source} names the text in the model's header.
   */
  public static Model of(Agreement agreement, CheckOptions options, String source) throws TooLarge {
    TransitionSystem ts =
        new TransitionSystem(agreement, options.adversary(), options.exactAmounts());
    Optional<PromelaModel> model = PromelaModel.write(ts, source);
    if (model.isEmpty()) {
      throw new TooLarge(PromelaModel.tooLarge(ts).orElse("a number is too large for Promela"));
    }
    return new Model(
        model.get().text(),
        model.get().claims().stream()
            .map(c -> new Claim(c.name(), c.analysis(), Relation.valueOf(c.relation()), c.note()))
            .toList());
  }
}
