package org.truce.check.internal.system;

import java.util.Map;
import org.truce.model.ClauseRef;

/**
 * What a step tells while it runs. Exploring a state records nothing ({@link #NONE}); replaying a
 * witness records one event per thing that happens, each with the clause that made it happen.
 */
public interface StepLog {
  StepLog NONE =
      new StepLog() {
        @Override
        public boolean recording() {
          return false;
        }

        @Override
        public void event(String kind, String phase, String text, ClauseRef ref, Object element) {}
      };

  /** False when events are not wanted: the step then skips building their text. */
  boolean recording();

  /**
   * One event. {@code phase} is the phase whose clause it comes from, or null; {@code element} the
   * model element (a clause, a phase) whose place in the source the event cites, or null.
   */
  void event(String kind, String phase, String text, ClauseRef ref, Object element);

  /**
   * One event with what it says as data ({@link org.truce.check.WitnessEvent#facts}), for a log
   * that keeps it; the others drop the facts.
   */
  default void event(
      String kind,
      String phase,
      String text,
      ClauseRef ref,
      Object element,
      Map<String, String> facts) {
    event(kind, phase, text, ref, element);
  }
}
