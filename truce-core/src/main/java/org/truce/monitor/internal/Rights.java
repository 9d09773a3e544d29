package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.InForce;
import org.truce.model.ConditionEvaluator;
import org.truce.model.ConditionText;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.monitor.Status.DeviationLine;
import org.truce.timeline.Timeline;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RightAction;

/**
 * Rights checked, not assumed (docs/monitor.md, "Phases, talks and rights as recorded"): a
 * resumption of hostilities is covered by a right to resume of the party that resumed when the
 * right's condition holds at that moment under the recorded facts ({@link FactsState}: derived
 * figures at the end of the day before, entries recorded before the resumption), the right being
 * one of the top level or of a phase in force then. Failing one, after the agreement has lapsed or
 * concluded no right is needed. A resumption under a phase whose hostilities have ended is always a
 * deviation.
 */
final class Rights {
  private Rights() {}

  /**
   * What the text says of one resumption: the right that covered it (if any), whether it was lawful
   * (covered, or after the agreement ended), and that in words.
   */
  record Reading(Optional<PhaseClause.Right> right, boolean lawful, String text) {
    String clause() {
      return right.map(r -> r.ref().cite()).orElse("");
    }
  }

  static Reading of(Replay replay, Entry resumption) {
    Event.Hostilities h = (Event.Hostilities) resumption.body();
    return of(replay, resumption, RightAction.RESUME_HOSTILITIES, h.by());
  }

  /**
   * What the text says of one act a right may cover ({@code action}: a resumption, a suspension of
   * obligations, a termination) by the parties {@code by} (any party when empty).
   */
  static Reading of(Replay replay, Entry act, RightAction action, List<String> by) {
    long day = replay.clock.dayOf(act);
    FactsState state = new FactsState(replay, day - 1, day, replay.events.indexOf(act));
    List<PhaseClause.Right> rights = new ArrayList<>(replay.agreement.rights());
    for (Phase phase : replay.agreement.phases()) {
      if (state.phaseIs(phase.name(), org.truce.vocabulary.PhaseState.ACTIVE)) {
        for (PhaseClause c : phase.clauses()) {
          if (c instanceof PhaseClause.Right r) {
            rights.add(r);
          }
        }
      }
    }
    List<PhaseClause.Right> own =
        rights.stream()
            .filter(r -> r.action() == action)
            .filter(r -> by.isEmpty() || by.contains(r.party()))
            .toList();
    for (PhaseClause.Right r : own) {
      if (r.when().map(c -> ConditionEvaluator.holds(c, state)).orElse(true)) {
        return new Reading(Optional.of(r), true, "under " + describe(r));
      }
    }
    // After the agreement ended, it restrains no one (docs/semantics.md, step 10).
    Timeline.Ending ending = replay.timeline.ending();
    if (ending.lastDay() < day
        && (ending.kind() == Timeline.EndingKind.LAPSED
            || ending.kind() == Timeline.EndingKind.COMPLETE)) {
      String how = ending.kind() == Timeline.EndingKind.LAPSED ? "lapsed" : "concluded";
      return new Reading(
          Optional.empty(),
          true,
          "after the agreement " + how + " on day " + ending.lastDay() + ": no right needed");
    }
    String why =
        own.isEmpty()
            ? ""
            : " ("
                + String.join(
                    "; ", own.stream().map(r -> describe(r) + ", which did not hold").toList())
                + ")";
    return new Reading(Optional.empty(), false, "no right of the text covered it" + why);
  }

  private static String describe(PhaseClause.Right r) {
    String cite = r.ref().cite();
    return (cite.isEmpty() ? "" : cite + ": ")
        + r.party()
        + " may "
        + r.action().words()
        + r.when().map(c -> " when " + ConditionText.of(c)).orElse("");
  }

  /**
   * The deviations of the resumptions recorded: one under a phase whose hostilities have ended,
   * always; otherwise one that no right covered while the agreement was in force.
   */
  static List<DeviationLine> deviations(Replay replay) {
    List<DeviationLine> lines = new ArrayList<>();
    for (Entry e : replay.events) {
      if (e.kind() != EntryKind.RESUMED) {
        continue;
      }
      long day = replay.clock.dayOf(e);
      Event.Hostilities h = (Event.Hostilities) e.body();
      Optional<HostilityState> text = replay.timeline.day(day).map(Timeline.Day::hostilities);
      Reading reading = of(replay, e);
      String who = h.by().isEmpty() ? "" : " by " + String.join(", ", h.by());
      String clause = h.clause().map(c -> Reports.cite(replay, c)).orElse(reading.clause());
      // Under a phase that has ended hostilities a resumption is a deviation, right or no right.
      Optional<String> why =
          text.filter(HostilityState.ENDED::equals).isPresent()
              ? Optional.of(", while the phase in force has ended them")
              : reading.lawful()
                  ? Optional.empty()
                  : Optional.of(
                      (text.filter(HostilityState.PAUSED::equals).isPresent()
                              ? ", while the phase in force keeps them paused"
                              : "")
                          + ": "
                          + reading.text());
      why.ifPresent(
          w ->
              lines.add(
                  new DeviationLine(
                      day,
                      "hostilities resumed" + who + " on day " + day + w,
                      List.of(e.id()),
                      clause)));
    }
    return lines;
  }

  /** The first resumption recorded, if any. */
  static Optional<Entry> firstResumption(Replay replay) {
    return replay.events.stream().filter(e -> e.kind() == EntryKind.RESUMED).findFirst();
  }

  /** The moment of an entry. */
  static java.time.LocalDateTime moment(Entry e) {
    return InForce.moment(e);
  }
}
