package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.check.Witness;
import org.truce.check.WitnessEvent;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.Odometer;
import org.truce.check.internal.system.Replay;
import org.truce.check.internal.system.StepLog;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.ClauseRef;
import org.truce.model.SourceMap;

/**
 * Turns a run of the state graph into a witness: for each day it finds the choices that lead from
 * one state to the next, then replays the day with those choices, recording what happens and which
 * clause made it happen. Replaying is a second run of the semantics, so a witness that does not
 * lead where the graph says is a bug, and is reported as one.
 */
final class Witnesses {
  private final Graph graph;
  private final TransitionSystem ts;
  private final Optional<SourceMap> sources;
  // The context's day step, run for every day of every witness: building one takes longer than
  // running a day on a small text (a third of a warm check of 62 states went to building them).
  private final DayStep step;

  Witnesses(Graph graph, Optional<SourceMap> sources, DayStep step) {
    this.graph = graph;
    this.ts = graph.system();
    this.sources = sources;
    this.step = step;
  }

  /** A finite run: the states of {@code path}, day 0 first; then the findings. */
  Witness run(List<Integer> path, List<Finding> findings) {
    return build(path, -1, findings);
  }

  /** A lasso: {@code path} then back to the state at {@code loopIndex} of it, for ever. */
  Witness lasso(List<Integer> path, int loopIndex, List<Finding> findings) {
    return build(path, loopIndex, findings);
  }

  /** A run that ends with a day whose choices are known (the day itself is not in the graph). */
  Witness runThen(List<Integer> path, int[] lastAnswers, List<Finding> findings) {
    List<WitnessEvent> events = new ArrayList<>();
    for (int i = 1; i < path.size(); i++) {
      replay(path.get(i - 1), path.get(i), i, events);
    }
    long day = path.size();
    Recorder recorder = new Recorder(day, events);
    long[] next = new long[ts.vars().size()];
    step.run(graph.values(path.getLast()), next, new Replay(lastAnswers), recorder);
    addFindings(events, day, findings);
    return new Witness(events, day, OptionalLong.empty());
  }

  private Witness build(List<Integer> path, int loopIndex, List<Finding> findings) {
    List<WitnessEvent> events = new ArrayList<>();
    for (int i = 1; i < path.size(); i++) {
      replay(path.get(i - 1), path.get(i), i, events);
    }
    long lastDay = path.size() - 1;
    OptionalLong loop = OptionalLong.empty();
    if (loopIndex >= 0) {
      replay(path.getLast(), path.get(loopIndex), path.size(), events);
      lastDay = path.size();
      loop = OptionalLong.of(loopIndex);
      String text =
          (loopIndex == path.size() - 1
                  ? "from here the same day can repeat for ever"
                  : "the state is that of day "
                      + loopIndex
                      + ": days "
                      + loopIndex
                      + " to "
                      + lastDay
                      + " can repeat for ever")
              + LoopWords.of(ts, loopIndex, loopIndex == path.size() - 1 ? loopIndex : lastDay);
      events.add(
          new WitnessEvent(
              lastDay, Optional.empty(), "loop", text, ClauseRef.NONE, Optional.empty()));
    }
    addFindings(events, lastDay, findings);
    return new Witness(events, lastDay, loop);
  }

  private void addFindings(List<WitnessEvent> events, long day, List<Finding> findings) {
    for (Finding f : findings) {
      events.add(
          new WitnessEvent(day, Optional.empty(), "finding", f.text(), f.ref(), line(f.element())));
    }
  }

  private void replay(int from, int to, long day, List<WitnessEvent> events) {
    int[] answers = answersBetween(from, to);
    long[] next = new long[ts.vars().size()];
    Replay replay = new Replay(answers);
    step.run(graph.values(from), next, replay, new Recorder(day, events));
    long[] packed = new long[ts.vars().words()];
    ts.vars().pack(next, packed);
    if (!replay.finished() || graph.find(packed) != to) {
      throw new IllegalStateException("witness replay diverged on day " + day);
    }
  }

  /** The choices of a day that lead from state {@code from} to state {@code to}. */
  int[] answersBetween(int from, int to) {
    Odometer odometer = new Odometer();
    long[] pre = graph.values(from);
    long[] next = new long[ts.vars().size()];
    long[] packed = new long[ts.vars().words()];
    long[] target = new long[ts.vars().words()];
    graph.packed(to, target);
    odometer.reset();
    do {
      odometer.rewind();
      if (step.run(pre, next, odometer, StepLog.NONE)) {
        ts.vars().pack(next, packed);
        if (Arrays.equals(packed, target)) {
          return odometer.answers();
        }
      }
    } while (odometer.advance());
    throw new IllegalStateException("no day leads from state " + from + " to state " + to);
  }

  private Optional<Integer> line(Object element) {
    return element == null ? Optional.empty() : sources.flatMap(s -> s.lineOf(element));
  }

  private final class Recorder implements StepLog {
    private final long day;
    private final List<WitnessEvent> events;

    Recorder(long day, List<WitnessEvent> events) {
      this.day = day;
      this.events = events;
    }

    @Override
    public boolean recording() {
      return true;
    }

    @Override
    public void event(String kind, String phase, String text, ClauseRef ref, Object element) {
      event(kind, phase, text, ref, element, Map.of());
    }

    @Override
    public void event(
        String kind,
        String phase,
        String text,
        ClauseRef ref,
        Object element,
        Map<String, String> facts) {
      events.add(
          new WitnessEvent(day, Optional.ofNullable(phase), kind, text, ref, line(element), facts));
    }
  }
}
