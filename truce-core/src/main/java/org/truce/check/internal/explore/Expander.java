package org.truce.check.internal.explore;

import java.util.Arrays;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.Odometer;
import org.truce.check.internal.system.StepLog;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Vars;

/**
 * Computes the successors of states, one worker thread each: a state's day is run with every
 * combination of choices, and the packed successors are kept in order for the search to number. Not
 * thread-safe: each worker has its own.
 */
final class Expander {
  /** The successors of one state, packed end to end; or a finished run, or an unfinished state. */
  static final class Expansion {
    long[] successors = new long[64];
    int count;
    long transitions;
    boolean finished;
    boolean outOfTime;
    int[] shortfallAnswers;

    void add(long[] packed, int words) {
      if ((count + 1) * words > successors.length) {
        successors = Arrays.copyOf(successors, successors.length * 2 + words);
      }
      System.arraycopy(packed, 0, successors, count * words, words);
      count++;
    }
  }

  private final TransitionSystem ts;
  private final Vars vars;
  private final DayStep step;
  private final Odometer odometer = new Odometer();
  private final long[] pre;
  private final long[] next;
  private final long[] packed;

  Expander(TransitionSystem ts) {
    this.ts = ts;
    this.vars = ts.vars();
    this.step = new DayStep(ts);
    this.pre = new long[vars.size()];
    this.next = new long[vars.size()];
    this.packed = new long[vars.words()];
  }

  /** Expands the packed state {@code state}; gives up (outOfTime) past {@code deadline}. */
  Expansion expand(long[] state, long deadline) {
    Expansion x = new Expansion();
    vars.unpack(state, pre);
    if (!ts.outcome(pre).inForce()) {
      x.finished = true;
      return x;
    }
    odometer.reset();
    do {
      odometer.rewind();
      if (!step.run(pre, next, odometer, StepLog.NONE)) {
        continue;
      }
      if ((++x.transitions & 0xFFFF) == 0 && System.nanoTime() > deadline) {
        x.outOfTime = true;
        return x;
      }
      if (step.shortfall() && x.shortfallAnswers == null) {
        x.shortfallAnswers = odometer.answers();
      }
      vars.pack(next, packed);
      x.add(packed, vars.words());
    } while (odometer.advance());
    return x;
  }
}
