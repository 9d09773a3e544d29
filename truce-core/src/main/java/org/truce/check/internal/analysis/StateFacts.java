package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Valuation;
import org.truce.model.Category;
import org.truce.model.ConditionText;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/** Plain-language facts about one state, for the end of a witness. */
final class StateFacts {
  private StateFacts() {}

  static List<Finding> of(TransitionSystem ts, long[] v) {
    List<Finding> facts = new ArrayList<>();
    Valuation view = ts.view(v);
    List<String> phases = new ArrayList<>();
    for (Phase p : ts.agreement().phases()) {
      String state =
          view.phaseIs(p.name(), PhaseState.ENDED)
              ? "ended"
              : view.phaseIs(p.name(), PhaseState.ACTIVE) ? "in force" : "not begun";
      phases.add("phase " + p.name() + " " + state);
    }
    facts.add(Finding.of(String.join(", ", phases)));
    facts.add(Finding.of("hostilities " + ConditionText.word(ts.hostilities(v))));
    for (String onPhase : talkPhases(ts)) {
      Optional<TalkState> talks = view.talks(onPhase);
      facts.add(
          Finding.of(
              "talks on " + onPhase + " " + talks.map(ConditionText::word).orElse("not begun")));
    }
    for (String holder : holders(ts)) {
      List<String> held = new ArrayList<>();
      for (TransitionSystem.HeldLine line : ts.heldLines(v)) {
        if (line.holder().equals(holder) && line.held() > 0) {
          held.add(line.held() + " " + line.category());
        }
      }
      facts.add(
          Finding.of(
              holder
                  + (held.isEmpty()
                      ? " holds nothing"
                      : " still holds " + String.join(", ", held))));
    }
    return facts;
  }

  /** What {@code party} has released, in words: "33 (20 a, 5 b, 8 c)". */
  static String released(TransitionSystem ts, long[] v, String party) {
    var tally = ts.releasedTally(v, party);
    long total = ts.releasedBy(v, party);
    if (tally.size() <= 1) {
      return total + (tally.isEmpty() ? " units" : " " + tally.keySet().iterator().next());
    }
    List<String> parts = new ArrayList<>();
    for (var e : tally.entrySet()) {
      parts.add(e.getValue() + " " + e.getKey());
    }
    return total + " units (" + String.join(", ", parts) + ")";
  }

  private static List<String> talkPhases(TransitionSystem ts) {
    List<String> list = new ArrayList<>();
    for (Phase p : ts.agreement().phases()) {
      for (PhaseClause c : p.clauses()) {
        if (c instanceof PhaseClause.Talks t && !list.contains(t.onPhase())) {
          list.add(t.onPhase());
        }
      }
    }
    return list;
  }

  private static List<String> holders(TransitionSystem ts) {
    List<String> list = new ArrayList<>();
    ts.agreement()
        .holdings()
        .forEach(
            h -> {
              if (!list.contains(h.holder())) {
                list.add(h.holder());
              }
            });
    return list;
  }

  /** Units of {@code categories} still held, lines counted once. */
  static long heldOf(TransitionSystem ts, long[] v, List<Category> categories) {
    long sum = 0;
    for (TransitionSystem.HeldLine line : ts.heldLines(v)) {
      for (Category c : categories) {
        if (c.covers(line.category()) || line.category().covers(c)) {
          sum += line.held();
          break;
        }
      }
    }
    return sum;
  }
}
