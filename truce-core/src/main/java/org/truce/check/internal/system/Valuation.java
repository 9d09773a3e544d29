package org.truce.check.internal.system;

import java.util.Optional;
import org.truce.check.internal.system.Tables.JudgeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.TalksInfo;
import org.truce.model.Category;
import org.truce.model.Condition;
import org.truce.model.ConditionEvaluator;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/**
 * Conditions read over the unpacked values of a state. The day figure reads the day variable, which
 * saturates only past every number the text compares the day with, so comparisons stay exact.
 */
public final class Valuation implements ConditionEvaluator.State {
  /** Phase status values. */
  public static final int PENDING = 0;

  public static final int ACTIVE = 1;
  public static final int ENDED = 2;

  /** Talks values: not begun, then the three states. */
  public static final int NOT_BEGUN = 0;

  public static final int PROGRESSING = 1;
  public static final int STALLED = 2;
  public static final int AGREED = 3;

  private final TransitionSystem system;
  private long[] values;

  public Valuation(TransitionSystem system, long[] values) {
    this.system = system;
    this.values = values;
  }

  Valuation at(long[] v) {
    this.values = v;
    return this;
  }

  /**
   * Reads {@code condition} through the text's compiled conditions ({@link CompiledConditions}).
   */
  public boolean holds(Condition condition) {
    return system.conditions.holds(condition, values);
  }

  @Override
  public long day() {
    return values[system.day];
  }

  @Override
  public long released(Category category, Optional<String> by) {
    return system.slots.released(values, category, by);
  }

  @Override
  public long held(Category category, Optional<String> by) {
    return system.slots.held(values, category, by);
  }

  @Override
  public HostilityState hostilities() {
    return HostilityState.values()[(int) values[system.hostilities]];
  }

  @Override
  public Optional<TalkState> talks(String onPhase) {
    for (TalksInfo t : system.talks) {
      if (t.clause().onPhase().equals(onPhase)) {
        return talkState(values[t.var()]);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<TalkState> judgedTalks(String onPhase, String judge) {
    for (JudgeInfo j : system.judges) {
      if (j.onPhase().equals(onPhase) && j.judge().equals(judge)) {
        return talkState(values[j.var()]);
      }
    }
    return talks(onPhase);
  }

  @Override
  public boolean phaseIs(String phase, PhaseState state) {
    for (PhaseInfo p : system.phases) {
      if (p.name().equals(phase)) {
        long status = values[p.status()];
        return switch (state) {
          case BEGUN -> status != PENDING;
          case ACTIVE -> status == ACTIVE;
          case ENDED -> status == ENDED;
        };
      }
    }
    return false;
  }

  @Override
  public boolean breached(String party, Optional<String> clause) {
    int var = system.breaches.var(party, clause);
    return var != Tables.NONE && values[var] == 1;
  }

  @Override
  public boolean breachConfirmed(String mediator, String party) {
    int var = system.breaches.confirmationVar(mediator, party);
    return var != Tables.NONE && values[var] == 1;
  }

  static Optional<TalkState> talkState(long value) {
    return switch ((int) value) {
      case PROGRESSING -> Optional.of(TalkState.PROGRESSING);
      case STALLED -> Optional.of(TalkState.STALLED);
      case AGREED -> Optional.of(TalkState.AGREED);
      default -> Optional.empty();
    };
  }
}
