package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Condition;
import org.truce.model.ConditionEvaluator;
import org.truce.model.ConditionText;
import org.truce.model.Phase;
import org.truce.timeline.Timeline;

/**
 * Why the phase after one that has ended has not begun, in the recorded facts: "phase two has not
 * begun: talks on two not agreed (stalled since day 30)". Read at the end of today.
 */
final class PhaseEntry {
  private PhaseEntry() {}

  static Optional<String> notBegun(Replay replay, Timeline.PhaseRun ended) {
    List<Phase> phases = replay.agreement.phases();
    int index = -1;
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).name().equals(ended.name())) {
        index = i;
      }
    }
    for (int i = index + 1; i < phases.size(); i++) {
      Phase next = phases.get(i);
      boolean begun = replay.timeline.phases().stream().anyMatch(p -> p.name().equals(next.name()));
      if (!begun) {
        return Optional.of("phase " + next.name() + " has not begun: " + why(replay, next));
      }
    }
    return Optional.empty();
  }

  private static String why(Replay replay, Phase phase) {
    return switch (phase.entry()) {
      case Phase.Entry.OnDay on -> "it begins on day " + on.day();
      case Phase.Entry.After after -> "it begins after phase " + after.phase() + " ends";
      case Phase.Entry.When when -> {
        FactsState state =
            new FactsState(replay, replay.today, replay.today + 1, replay.events.size());
        List<String> unmet = new ArrayList<>();
        unmet(when.condition(), state, replay, unmet);
        yield unmet.isEmpty()
            ? "it begins on day " + (replay.today + 1) + ", its entry holding at the end of today"
            : String.join(", and ", unmet);
      }
    };
  }

  /** The parts of {@code c} that do not hold, in words, talks first-hand. */
  private static void unmet(Condition c, FactsState state, Replay replay, List<String> out) {
    if (ConditionEvaluator.holds(c, state)) {
      return;
    }
    switch (c) {
      case Condition.And and -> {
        unmet(and.left(), state, replay, out);
        unmet(and.right(), state, replay, out);
      }
      case Condition.TalksAre t -> {
        var actual =
            t.judgedBy().isPresent()
                ? state.judgedTalks(t.onPhase(), t.judgedBy().get())
                : state.talks(t.onPhase());
        String since =
            replay
                .recorded
                .talksSince(t.onPhase(), replay.today)
                .filter(d -> t.judgedBy().isEmpty())
                .map(d -> " since day " + d)
                .orElse("");
        out.add(
            "talks on "
                + t.onPhase()
                + " not "
                + ConditionText.word(t.state())
                + t.judgedBy().map(j -> " as judged by " + j).orElse("")
                + actual
                    .map(s -> " (" + ConditionText.word(s) + since + ")")
                    .orElse(" (no talks recorded)"));
      }
      default -> out.add("`" + ConditionText.of(c) + "` does not hold");
    }
  }
}
