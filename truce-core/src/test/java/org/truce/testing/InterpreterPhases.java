package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.testing.Interpreter.Line;
import org.truce.testing.Interpreter.State;
import org.truce.testing.Interpreter.Status;
import org.truce.vocabulary.HostilityState;

/**
 * The life of a phase for the {@link Interpreter}, from docs/semantics.md "One day, in order": the
 * day advances (step 1), phases begin (step 2), the releases an extension step comes with fall due
 * (step 3), and phases end or are extended (step 6), a step with releases being the releasing
 * party's choice. Kept apart from the other stages so that each reads beside its part of the page.
 */
final class InterpreterPhases {
  private final Agreement agreement;
  private final Optional<String> adversary;
  private final InterpreterHoldings holdings;
  private final InterpreterEvaluation evaluation;

  InterpreterPhases(
      Agreement agreement,
      Optional<String> adversary,
      InterpreterHoldings holdings,
      InterpreterEvaluation evaluation) {
    this.agreement = agreement;
    this.adversary = adversary;
    this.holdings = holdings;
    this.evaluation = evaluation;
  }

  /** Step 1: the day advances; each phase in force moves to its next phase day. */
  InterpreterDay advance(InterpreterDay d) {
    d.s.day++;
    for (Phase p : agreement.phases()) {
      if (d.s.status.get(p.name()) == Status.IN_FORCE) {
        d.s.phaseDay.merge(p.name(), 1L, Long::sum);
        if (p.durationDays().isPresent()) {
          d.s.daysLeft.merge(p.name(), -1L, Long::sum);
        }
      }
    }
    return d;
  }

  /** Step 2: phases begin, read over {@code pre}, the state at the end of the day before. */
  InterpreterDay begin(InterpreterDay d, State pre) {
    State dayBefore = pre.copy();
    dayBefore.day = d.s.day; // the `day` figure reads as today
    List<Phase> phases = agreement.phases();
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      if (d.s.status.get(p.name()) != Status.NOT_BEGUN) {
        continue;
      }
      boolean begins =
          switch (p.entry()) {
            case Phase.Entry.OnDay on -> on.day() == d.s.day;
            case Phase.Entry.After a -> pre.status.get(a.phase()) == Status.ENDED;
            case Phase.Entry.When w ->
                (i == 0 || pre.status.get(phases.get(i - 1).name()) == Status.ENDED)
                    && evaluation.holds(w.condition(), dayBefore);
          };
      if (!begins) {
        continue;
      }
      d.s.status.put(p.name(), Status.IN_FORCE);
      d.s.phaseDay.put(p.name(), 1L);
      d.s.daysLeft.put(p.name(), p.durationDays().map(n -> n - 1).orElse(0L));
      d.event("phase-begins", p.name(), p.ref(), Map.of());
      for (PhaseClause c : p.clauses()) {
        if (c instanceof PhaseClause.Hostilities h) {
          d.s.hostilities = h.state();
          d.event("hostilities", p.name(), h.ref(), Map.of("state", word(h.state())));
        }
      }
    }
    return d;
  }

  /** The releases an extension step comes with, on the first day of the step. */
  List<InterpreterDay> stepRelease(InterpreterDay d, Phase phase, int k, PhaseClause.Extension e) {
    Integer due = d.s.stepDue.get(phase.name());
    if (due == null || due != k) {
      return List.of(d);
    }
    d.s.stepDue.remove(phase.name());
    var per = (PhaseClause.Extension.Trigger.PerReleases) e.trigger();
    String party = stepReleaser(per);
    List<InterpreterDay> out = new ArrayList<>();
    InterpreterDay keep = d.copy();
    out.addAll(holdings.make(keep, phase, party, per.category(), per.count(), e.ref(), true));
    if (adversary.filter(party::equals).isPresent()) {
      InterpreterDay breach = d.copy();
      breach.event(
          "breach",
          phase.name(),
          e.ref(),
          InterpreterHoldings.facts(party, per.category(), per.count()));
      breach.s.breach(party, e.ref());
      out.add(breach);
    }
    return out;
  }

  /** The party that releases an extension step's units: the one named, or the first holder. */
  private String stepReleaser(PhaseClause.Extension.Trigger.PerReleases per) {
    if (per.by().isPresent()) {
      return per.by().get();
    }
    for (Line l : holdings.lines()) {
      if (per.category().covers(l.category()) || l.category().covers(per.category())) {
        return l.holder();
      }
    }
    throw new IllegalStateException("nobody holds " + per.category());
  }

  /** Step 6: {@code phase} ends or is extended. */
  List<InterpreterDay> endOrExtend(InterpreterDay d, Phase phase) {
    String name = phase.name();
    if (d.s.status.get(name) != Status.IN_FORCE) {
      return List.of(d);
    }
    if (phase.endsWhen().isPresent() && evaluation.holds(phase.endsWhen().get(), d.s)) {
      end(d, phase);
      return List.of(d);
    }
    if (phase.durationDays().isEmpty() || d.s.daysLeft.get(name) > 0) {
      return List.of(d);
    }
    // On its last planned day: the first extension clause that allows a step.
    return extend(d, phase, 0);
  }

  private List<InterpreterDay> extend(InterpreterDay d, Phase phase, int from) {
    String name = phase.name();
    for (int k = from; k < phase.clauses().size(); k++) {
      if (!(phase.clauses().get(k) instanceof PhaseClause.Extension e)) {
        continue;
      }
      long taken = d.s.extensionTaken.get(name);
      if (e.capDays().isPresent() && taken + e.stepDays() > e.capDays().get()) {
        continue;
      }
      switch (e.trigger()) {
        case PhaseClause.Extension.Trigger.While w -> {
          if (evaluation.holds(w.condition(), d.s)) {
            take(d, phase, k, e, false);
            return List.of(d); // not a choice: the phase goes on
          }
        }
        case PhaseClause.Extension.Trigger.PerReleases per -> {
          if (holdings.available(d.s, stepReleaser(per), per.category()) >= per.count()) {
            // The releasing party chooses whether to extend.
            InterpreterDay taking = d.copy();
            take(taking, phase, k, e, true);
            List<InterpreterDay> out = new ArrayList<>();
            out.add(taking);
            out.addAll(extend(d, phase, k + 1));
            return out;
          }
        }
      }
    }
    end(d, phase);
    return List.of(d);
  }

  private void take(
      InterpreterDay d, Phase phase, int k, PhaseClause.Extension e, boolean withReleases) {
    String name = phase.name();
    d.s.daysLeft.merge(name, e.stepDays(), Long::sum);
    d.s.extensionTaken.merge(name, e.stepDays(), Long::sum);
    if (withReleases) {
      d.s.stepDue.put(name, k);
    }
    d.event("extension", name, e.ref(), Map.of("days", Long.toString(e.stepDays())));
  }

  private void end(InterpreterDay d, Phase phase) {
    d.s.status.put(phase.name(), Status.ENDED);
    d.s.stepDue.remove(phase.name());
    d.event("phase-ends", phase.name(), phase.ref(), Map.of());
  }

  private static String word(HostilityState h) {
    return h.name().toLowerCase(java.util.Locale.ROOT);
  }
}
