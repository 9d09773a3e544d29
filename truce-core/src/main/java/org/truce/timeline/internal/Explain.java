package org.truce.timeline.internal;

import java.util.ArrayList;
import java.util.List;
import org.truce.model.Condition;
import org.truce.model.ConditionEvaluator;
import org.truce.model.ConditionText;

/** Says, in the user's words, which parts of a condition fail in a state. */
final class Explain {
  private final World world;
  private final long endOfDay;

  Explain(World world, long endOfDay) {
    this.world = world;
    this.endOfDay = endOfDay;
  }

  /** The failing parts of {@code condition}, each as a short clause; empty when it holds. */
  List<String> whyNot(Condition condition) {
    List<String> reasons = new ArrayList<>();
    collect(condition, false, reasons);
    return reasons;
  }

  // Collects the atoms that make the condition false (negated: true) in the current state.
  private void collect(Condition condition, boolean negated, List<String> out) {
    var state = world.view(endOfDay, endOfDay + 1);
    boolean holds = ConditionEvaluator.holds(condition, state);
    if (holds != negated) {
      return;
    }
    switch (condition) {
      case Condition.And and -> {
        collect(and.left(), negated, out);
        collect(and.right(), negated, out);
      }
      case Condition.Or or -> {
        collect(or.left(), negated, out);
        collect(or.right(), negated, out);
      }
      case Condition.Not not -> collect(not.operand(), !negated, out);
      default -> out.add(describe(condition, negated));
    }
  }

  private String describe(Condition atom, boolean negated) {
    var state = world.view(endOfDay, endOfDay + 1);
    return switch (atom) {
      case Condition.TalksAre t -> {
        if (!world.talksDeclared(t.onPhase())) {
          yield "no phase holds talks on `" + t.onPhase() + "`";
        }
        yield world
            .talks(t.onPhase(), endOfDay)
            .map(s -> "talks on `" + t.onPhase() + "` are " + ConditionText.word(s))
            .orElse("talks on `" + t.onPhase() + "` have not begun");
      }
      case Condition.PhaseIs p ->
          "phase `%s` is %s%s"
              .formatted(p.phase(), negated ? "" : "not ", ConditionText.word(p.state()));
      case Condition.Compare c ->
          "`%s` is %d and `%s` is %d"
              .formatted(
                  ConditionText.figure(c.left()),
                  ConditionEvaluator.value(c.left(), state),
                  ConditionText.figure(c.right()),
                  ConditionEvaluator.value(c.right(), state));
      case Condition.HostilitiesAre h -> "hostilities are " + ConditionText.word(world.hostilities);
      case Condition.AllReleased a ->
          "%d `%s` still held".formatted(state.held(a.category(), a.by()), a.category());
      case Condition.Breached b ->
          "every party complies in the timeline, so `" + b.party() + "` never breaches";
      case Condition.BreachConfirmed c ->
          "every party complies in the timeline, so `"
              + c.mediator()
              + "` never confirms a breach by `"
              + c.party()
              + "`";
      default -> "`" + ConditionText.of(atom) + "` is " + (negated ? "true" : "false");
    };
  }
}
