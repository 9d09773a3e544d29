package org.truce.check.internal.system;

import java.util.List;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.vocabulary.RightAction;

/**
 * How a run stands: in force, concluded, lapsed, or broken off by a party that exercised a right
 * (or, as the adversary, ended the truce without one). Stored in the state as one small number; a
 * lapse takes the code after those of the parties and after the Promela export's DROPPED, so that
 * the codes of texts without a lapse clause are unchanged.
 */
public record Outcome(Kind kind, Optional<String> party, Optional<RightAction> action) {
  public enum Kind {
    IN_FORCE,
    CONCLUDED,
    /** The agreement lapsed (docs/semantics.md, step 10): finished, not concluded. */
    LAPSED,
    RIGHT_EXERCISED,
    BREACH
  }

  public static final int IN_FORCE = 0;
  public static final int CONCLUDED = 1;

  // Decoded for every state by some analyses: the two outcomes without a party are made once.
  private static final Outcome STILL_IN_FORCE =
      new Outcome(Kind.IN_FORCE, Optional.empty(), Optional.empty());
  private static final Outcome ENDED_AS_AGREED =
      new Outcome(Kind.CONCLUDED, Optional.empty(), Optional.empty());

  public static int maxCode(int actors) {
    return 1 + actors * RightAction.values().length * 2;
  }

  /** The code of a lapsed run, for a text with {@code actors} actors. */
  public static int lapsedCode(int actors) {
    return maxCode(actors) + 2;
  }

  private static final Outcome LAPSED_RUN =
      new Outcome(Kind.LAPSED, Optional.empty(), Optional.empty());

  public static int code(int actorIndex, RightAction action, boolean lawful) {
    return 2 + (actorIndex * RightAction.values().length + action.ordinal()) * 2 + (lawful ? 0 : 1);
  }

  static Outcome decode(int code, List<Actor> actors) {
    if (code == IN_FORCE) {
      return STILL_IN_FORCE;
    }
    if (code == CONCLUDED) {
      return ENDED_AS_AGREED;
    }
    if (code == lapsedCode(actors.size())) {
      return LAPSED_RUN;
    }
    int rest = code - 2;
    boolean lawful = rest % 2 == 0;
    int pair = rest / 2;
    RightAction action = RightAction.values()[pair % RightAction.values().length];
    String party = actors.get(pair / RightAction.values().length).name();
    return new Outcome(
        lawful ? Kind.RIGHT_EXERCISED : Kind.BREACH, Optional.of(party), Optional.of(action));
  }

  public boolean inForce() {
    return kind == Kind.IN_FORCE;
  }

  public boolean lapsed() {
    return kind == Kind.LAPSED;
  }
}
