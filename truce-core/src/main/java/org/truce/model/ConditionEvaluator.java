package org.truce.model;

import java.util.Optional;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/**
 * Evaluates model conditions over a state of the agreement: the one meaning of a condition, shared
 * by the timeline and the checker. Conditions always terminate (no loops, no calls), so this is a
 * plain recursive walk.
 */
public final class ConditionEvaluator {
  private ConditionEvaluator() {}

  /** What a condition can ask about a state. */
  public interface State {
    /** The day of the agreement, counted from 1. */
    long day();

    long released(Category category, Optional<String> by);

    long held(Category category, Optional<String> by);

    HostilityState hostilities();

    /** The state of the talks on a phase; empty while they have not begun. */
    Optional<TalkState> talks(String onPhase);

    /**
     * The talks on a phase as {@code judge} judges them. By default a judge reports them as they
     * stand (the timeline's reading); the checker lets the judge choose.
     */
    default Optional<TalkState> judgedTalks(String onPhase, String judge) {
      return talks(onPhase);
    }

    boolean phaseIs(String phase, PhaseState state);

    /**
     * True when {@code party} has breached {@code clause} (any obligation when empty) on this day
     * or before. By default nobody has: the timeline is a compliant run.
     */
    default boolean breached(String party, Optional<String> clause) {
      return false;
    }

    /** True when {@code mediator} has confirmed a breach by {@code party}; by default never. */
    default boolean breachConfirmed(String mediator, String party) {
      return false;
    }
  }

  public static boolean holds(Condition condition, State state) {
    return switch (condition) {
      case Condition.And and -> holds(and.left(), state) && holds(and.right(), state);
      case Condition.Or or -> holds(or.left(), state) || holds(or.right(), state);
      case Condition.Not not -> !holds(not.operand(), state);
      case Condition.Constant constant -> constant.value();
      case Condition.Compare compare -> compare(compare, state);
      case Condition.HostilitiesAre h -> state.hostilities() == h.state();
      case Condition.PhaseIs p -> state.phaseIs(p.phase(), p.state());
      case Condition.AllReleased all -> state.held(all.category(), all.by()) == 0;
      case Condition.TalksAre talks -> talksAre(talks, state);
      case Condition.Breached b -> state.breached(b.party(), b.clause());
      case Condition.BreachConfirmed c -> state.breachConfirmed(c.mediator(), c.party());
    };
  }

  public static long value(Figure figure, State state) {
    return switch (figure) {
      case Figure.Literal literal -> literal.value();
      case Figure.Day day -> state.day();
      case Figure.Released released -> state.released(released.category(), released.by());
      case Figure.Held held -> state.held(held.category(), held.by());
    };
  }

  /** True when the condition depends on the day, so that it may change while nothing else does. */
  public static boolean mentionsDay(Condition condition) {
    return switch (condition) {
      case Condition.And and -> mentionsDay(and.left()) || mentionsDay(and.right());
      case Condition.Or or -> mentionsDay(or.left()) || mentionsDay(or.right());
      case Condition.Not not -> mentionsDay(not.operand());
      case Condition.Compare c -> c.left() instanceof Figure.Day || c.right() instanceof Figure.Day;
      default -> false;
    };
  }

  private static boolean compare(Condition.Compare compare, State state) {
    long left = value(compare.left(), state);
    long right = value(compare.right(), state);
    return switch (compare.op()) {
      case LESS -> left < right;
      case LESS_OR_EQUAL -> left <= right;
      case GREATER -> left > right;
      case GREATER_OR_EQUAL -> left >= right;
      case EQUAL -> left == right;
      case NOT_EQUAL -> left != right;
    };
  }

  private static boolean talksAre(Condition.TalksAre talks, State state) {
    Optional<TalkState> actual =
        talks.judgedBy().isPresent()
            ? state.judgedTalks(talks.onPhase(), talks.judgedBy().get())
            : state.talks(talks.onPhase());
    if (talks.state() == TalkState.BEGUN) {
      return actual.isPresent();
    }
    return actual.isPresent() && actual.get() == talks.state();
  }
}
