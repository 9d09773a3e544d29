package org.truce.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.testing.Interpreter.State;
import org.truce.vocabulary.TalkState;

/**
 * Talks, judgements of talks and confirmations of breaches, for the {@link Interpreter}: the
 * choices docs/semantics.md leaves to the environment and the mediators (when talks begin and how
 * they go, how a party judges them, whether a mediator confirms a breach made on an earlier day).
 * Only the judgements and confirmations some condition of the text reads are chosen, as the page
 * says.
 */
final class InterpreterTalks {
  private record Judge(String judge, String on) {
    String key() {
      return judge + "|" + on;
    }
  }

  private final Agreement agreement;
  private final List<Judge> judges = new ArrayList<>();
  private final List<Condition.BreachConfirmed> confirmationsRead = new ArrayList<>();

  InterpreterTalks(Agreement agreement, List<Condition> conditions) {
    this.agreement = agreement;
    Set<Judge> found = new LinkedHashSet<>();
    for (Condition c : conditions) {
      collectJudges(c, found);
    }
    judges.addAll(found);
    Set<Condition.BreachConfirmed> confirmations = new LinkedHashSet<>();
    for (Condition c : conditions) {
      collectConfirmations(c, confirmations);
    }
    confirmationsRead.addAll(confirmations);
  }

  /** Step 3 for the talks clause {@code t}: the environment chooses the day and their state. */
  List<InterpreterDay> talksBegin(
      InterpreterDay d, Phase phase, PhaseClause.Talks t, long phaseDay) {
    if (d.s.talks.containsKey(t.onPhase()) || phaseDay > t.beginByDay()) {
      return List.of(d);
    }
    List<InterpreterDay> out = new ArrayList<>();
    if (phaseDay < t.beginByDay()) {
      out.add(d.copy()); // not yet: the environment chooses the day
    }
    for (TalkState state : List.of(TalkState.PROGRESSING, TalkState.STALLED, TalkState.AGREED)) {
      InterpreterDay next = d.copy();
      next.s.talks.put(t.onPhase(), state);
      next.talksBegunToday.add(t.onPhase());
      next.event(
          "talks-begin", phase.name(), t.ref(), Map.of("on", t.onPhase(), "state", word(state)));
      out.add(next);
    }
    return out;
  }

  /** Each confirmation a condition reads, of a breach made before today: the mediator chooses. */
  List<InterpreterDay> confirmations(InterpreterDay d, State pre) {
    List<InterpreterDay> out = List.of(d);
    for (Condition.BreachConfirmed c : confirmationsRead) {
      String key = c.mediator() + "|" + c.party();
      if (!pre.breaches.contains(c.party()) || d.s.confirmed.contains(key)) {
        continue;
      }
      List<InterpreterDay> next = new ArrayList<>();
      for (InterpreterDay day : out) {
        next.add(day);
        InterpreterDay confirm = day.copy();
        confirm.s.confirmed.add(key);
        confirm.event(
            "confirmation",
            null,
            ClauseRef.NONE,
            Map.of("mediator", c.mediator(), "party", c.party()));
        next.add(confirm);
      }
      out = next;
    }
    return out;
  }

  /** Step 4: talks begun before today move to any state; agreed talks stay agreed. */
  List<InterpreterDay> talks(InterpreterDay d) {
    List<InterpreterDay> days = List.of(d);
    for (String on : List.copyOf(d.s.talks.keySet())) {
      TalkState was = d.s.talks.get(on);
      if (d.talksBegunToday.contains(on) || was == TalkState.AGREED) {
        continue;
      }
      ClauseRef ref = talksClause(on).ref();
      List<InterpreterDay> out = new ArrayList<>();
      for (InterpreterDay day : days) {
        for (TalkState state :
            List.of(TalkState.PROGRESSING, TalkState.STALLED, TalkState.AGREED)) {
          InterpreterDay next = day.copy();
          next.s.talks.put(on, state);
          if (state != was) {
            next.event("talks", null, ref, Map.of("on", on, "state", word(state)));
          }
          out.add(next);
        }
      }
      days = out;
    }
    return days;
  }

  /** Step 4: each judgement a condition reads follows the talks or is the judge's choice. */
  List<InterpreterDay> judge(InterpreterDay d) {
    List<InterpreterDay> days = List.of(d);
    for (Judge j : judges) {
      List<InterpreterDay> out = new ArrayList<>();
      for (InterpreterDay day : days) {
        TalkState actual = day.s.talks.get(j.on());
        TalkState old = day.s.judgements.get(j.key());
        if (actual == null || actual == TalkState.AGREED) {
          InterpreterDay next = day.copy();
          if (actual == null) {
            next.s.judgements.remove(j.key());
          } else {
            next.s.judgements.put(j.key(), actual);
          }
          out.add(next);
          continue;
        }
        // P judges them progressing or stalled, whatever they are.
        for (TalkState state : List.of(TalkState.PROGRESSING, TalkState.STALLED)) {
          InterpreterDay next = day.copy();
          next.s.judgements.put(j.key(), state);
          if (state != old && state != actual) {
            next.event(
                "judgement",
                null,
                judgementRef(j),
                Map.of("judge", j.judge(), "on", j.on(), "state", word(state)));
          }
          out.add(next);
        }
      }
      days = out;
    }
    return days;
  }

  private PhaseClause.Talks talksClause(String on) {
    for (Phase p : agreement.phases()) {
      for (PhaseClause c : p.clauses()) {
        if (c instanceof PhaseClause.Talks t && t.onPhase().equals(on)) {
          return t;
        }
      }
    }
    throw new IllegalStateException("no talks on " + on);
  }

  private ClauseRef judgementRef(Judge j) {
    return talksClause(j.on()).ref();
  }

  private static void collectConfirmations(Condition c, Set<Condition.BreachConfirmed> out) {
    switch (c) {
      case Condition.And a -> {
        collectConfirmations(a.left(), out);
        collectConfirmations(a.right(), out);
      }
      case Condition.Or o -> {
        collectConfirmations(o.left(), out);
        collectConfirmations(o.right(), out);
      }
      case Condition.Not n -> collectConfirmations(n.operand(), out);
      case Condition.BreachConfirmed b -> out.add(b);
      default -> {}
    }
  }

  private static void collectJudges(Condition c, Set<Judge> out) {
    switch (c) {
      case Condition.And a -> {
        collectJudges(a.left(), out);
        collectJudges(a.right(), out);
      }
      case Condition.Or o -> {
        collectJudges(o.left(), out);
        collectJudges(o.right(), out);
      }
      case Condition.Not n -> collectJudges(n.operand(), out);
      case Condition.TalksAre t -> t.judgedBy().ifPresent(j -> out.add(new Judge(j, t.onPhase())));
      default -> {}
    }
  }

  private static String word(TalkState t) {
    return t.name().toLowerCase(java.util.Locale.ROOT);
  }
}
