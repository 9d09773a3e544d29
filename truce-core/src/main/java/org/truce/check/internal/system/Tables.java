package org.truce.check.internal.system;

import java.util.List;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;

/** The compiled pieces of a transition system: each clause with the variables it owns. */
public final class Tables {
  private Tables() {}

  /** Sentinel for a variable a piece does not need. */
  public static final int NONE = -1;

  /**
   * A phase. Its phase day is kept exactly up to {@code exactUpTo}; past it, only modulo {@code
   * period} (the least common multiple of its batch intervals), which is all a schedule can tell
   * apart there.
   */
  public record PhaseInfo(
      Phase phase,
      int index,
      int status,
      int day,
      int left,
      int extension,
      int step,
      long exactUpTo,
      long period,
      List<ReleaseInfo> releases,
      List<ExchangeInfo> exchanges,
      List<PhaseClause.Extension> extensions,
      List<TalksInfo> talks) {
    public boolean indefinite() {
      return phase.durationDays().isEmpty();
    }

    public long length() {
      return phase.durationDays().orElse(0L);
    }

    public String name() {
      return phase.name();
    }

    /**
     * How many of {@link #releases} come before extension {@code k} in the text: the releases an
     * extension step comes with are made in text order with the phase's other releases
     * (docs/semantics.md, "One day, in order", step 3), which matters when they draw on one line.
     */
    public int releasesBefore(int k) {
      PhaseClause.Extension extension = extensions.get(k);
      int before = 0;
      for (PhaseClause clause : phase.clauses()) {
        if (clause == extension) {
          return before;
        }
        for (ReleaseInfo r : releases) {
          if (r.clause() == clause) {
            before++;
          }
        }
      }
      return before;
    }
  }

  public enum Timing {
    ON_DAY,
    BY_DAY,
    BATCH,
    /** Best effort with no long stop: any amount on any day of the phase, never due. */
    BEST_EFFORT
  }

  /**
   * A release: {@code count} (empty: all remaining) of {@code category} by {@code party}, {@code
   * timing} on or by phase day {@code day}, or in batches of {@code size} every {@code every} days
   * from {@code day}; {@code due} counts the units released under it so far. A {@code by day}
   * release may be made from phase day {@code opens} (1, except for a window {@code between day
   * opens and day day}). With {@code agreementDays} ({@code by day N of the agreement}) the days
   * are the agreement's, and the release stays due after its phase has ended. A conditional release
   * ({@code within N days after ...}) reads its days from {@code since} instead: 0 before it is
   * armed, then the day of its period (1 to N, N + 1 once past), and also outlives its phase;
   * {@code since} is {@link #NONE} for any other release.
   */
  public record ReleaseInfo(
      PhaseClause.Release clause,
      String party,
      Category category,
      Optional<Long> count,
      Timing timing,
      long day,
      long size,
      long every,
      long opens,
      boolean agreementDays,
      int since,
      int due,
      int player,
      Slots.Plan plan,
      boolean everyAmount,
      List<ConditionScan.Probe> probes) {
    /** True for a conditional release, which counts the days of its own period. */
    public boolean conditional() {
      return since != NONE;
    }

    /** True when the release stays due after its phase has ended. */
    public boolean outlivesPhase() {
      return agreementDays || conditional();
    }
  }

  /**
   * An exchange, the {@code index}th of the text; {@code pending[i]} holds units released i+1 days
   * ago, still to be answered; {@code player} owes the counter-releases.
   */
  public record ExchangeInfo(
      PhaseClause.Exchange clause,
      int[] pending,
      int index,
      int player,
      Slots.Plan plan,
      int group) {
    /**
     * A lump's counter: {@code group} is the variable holding how many of the group's units have
     * been released (capped at the group's size), -1 for a ratio.
     */
    public boolean lump() {
      return group >= 0;
    }
  }

  /** Talks on a phase, held by the phase whose clause names them. */
  public record TalksInfo(PhaseClause.Talks clause, int host, int var) {}

  /**
   * A party's judgement of talks, as the conditions of the text ask for it; {@code ref} and {@code
   * owner} are the first clause that asks.
   */
  public record JudgeInfo(
      String onPhase, String judge, int talks, int var, ClauseRef ref, Object owner, int player) {}

  /** A right, top-level ({@code phase} NONE) or of a phase. */
  public record RightInfo(PhaseClause.Right right, int phase, int player) {}

  /** An assurance, top-level ({@code phase} NONE) or of a phase; {@code over} for until-scopes. */
  public record AssuranceInfo(PhaseClause.Assurance assurance, int phase, int over) {}

  /** A requirement; {@code seen} records, for eventually, whether the condition has held. */
  public record RequirementInfo(Requirement requirement, int seen) {}

  /** A condition and what the text does with it, for analyses that read them. */
  record Named(String name, Condition condition) {}
}
