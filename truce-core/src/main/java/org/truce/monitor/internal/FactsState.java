package org.truce.monitor.internal;

import java.util.List;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.model.Category;
import org.truce.model.ConditionEvaluator;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status;
import org.truce.timeline.Timeline;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/**
 * The state of the agreement as the ledger records it, for the conditions of the text the monitor
 * reads itself (rights, and why a phase has not begun; docs/monitor.md, "Phases, talks and rights
 * as recorded"). Derived figures are those at the end of {@code endOfDay}: the units released and
 * still held as counted under the policy, the phases as the timeline of the recorded facts runs
 * them, the breaches as the monitor's own findings (an obligation overdue or fulfilled late, a
 * batch short of its ratio, a release an order held back). Entries are those of the replay before
 * {@code before} (in the order they happened): the talks, hostilities, and confirmations of a
 * breach (a {@code violation} entry by the mediator against the party).
 */
final class FactsState implements ConditionEvaluator.State {
  private final Replay replay;
  private final long endOfDay;
  private final long day;
  private final List<Entry> seen;
  private List<ObligationLine> obligations; // the findings at endOfDay, when asked
  private List<RatioLine> ratios;
  private List<OrderCheck.Breach> orders;

  FactsState(Replay replay, long endOfDay, long day, int before) {
    this.replay = replay;
    this.endOfDay = endOfDay;
    this.day = day;
    this.seen = replay.events.subList(0, before);
  }

  @Override
  public long day() {
    return day;
  }

  @Override
  public long released(Category category, Optional<String> by) {
    return replay.recorded.released(category, by, endOfDay);
  }

  @Override
  public long held(Category category, Optional<String> by) {
    return replay.recorded.held(category, by, endOfDay);
  }

  @Override
  public HostilityState hostilities() {
    Optional<HostilityState> recorded = Optional.empty();
    for (Entry e : seen) {
      if (e.body() instanceof Event.Hostilities h) {
        recorded =
            Optional.of(
                h.kind() == EntryKind.PAUSED ? HostilityState.PAUSED : HostilityState.ACTIVE);
      }
    }
    return recorded.orElseGet(
        () ->
            replay
                .timeline
                .day(endOfDay)
                .map(Timeline.Day::hostilities)
                .orElse(HostilityState.ACTIVE));
  }

  @Override
  public Optional<TalkState> talks(String onPhase) {
    return talks(onPhase, Optional.empty());
  }

  @Override
  public Optional<TalkState> judgedTalks(String onPhase, String judge) {
    return talks(onPhase, Optional.of(judge));
  }

  private Optional<TalkState> talks(String onPhase, Optional<String> judge) {
    Optional<TalkState> state = Optional.empty();
    for (Entry e : seen) {
      if (e.body() instanceof Event.Talks t
          && t.on().equals(onPhase)
          && t.judgedBy().equals(judge)) {
        state = Optional.of(t.state().reading());
      }
    }
    return state;
  }

  @Override
  public boolean phaseIs(String phase, PhaseState state) {
    Optional<Timeline.PhaseRun> run =
        replay.timeline.phases().stream().filter(p -> p.name().equals(phase)).findFirst();
    boolean begun = run.filter(r -> r.startDay() <= day).isPresent();
    boolean ended = run.flatMap(Timeline.PhaseRun::endDay).filter(e -> e <= endOfDay).isPresent();
    return switch (state) {
      case BEGUN -> begun;
      case ACTIVE -> begun && !ended;
      case ENDED -> ended;
    };
  }

  @Override
  public boolean breached(String party, Optional<String> clause) {
    if (endOfDay < 1) {
      return false;
    }
    findings();
    Optional<String> cited = clause.map(this::cite);
    boolean obligation =
        obligations.stream()
            .filter(o -> o.party().equals(party))
            .filter(o -> cited.isEmpty() || cited.get().equals(o.clause()))
            .anyMatch(
                o ->
                    o.state() == Status.ObligationState.OVERDUE
                        || (o.state() == Status.ObligationState.FULFILLED && o.daysLate() > 0));
    boolean ratio =
        ratios.stream()
            .filter(r -> r.party().equals(party))
            .filter(r -> cited.isEmpty() || cited.get().equals(r.clause()))
            .anyMatch(r -> r.verdict() == Status.RatioVerdict.SHORT);
    boolean order =
        orders.stream()
            .filter(b -> b.party().equals(party))
            .anyMatch(b -> cited.isEmpty() || cited.get().equals(b.clause()));
    return obligation || ratio || order;
  }

  @Override
  public boolean breachConfirmed(String mediator, String party) {
    return seen.stream()
        .anyMatch(
            e ->
                e.body() instanceof Event.Violation v
                    && v.by().equals(mediator)
                    && v.against().equals(party));
  }

  /** The monitor's findings at the end of {@code endOfDay}, from the same entries. */
  private void findings() {
    if (obligations != null) {
      return;
    }
    Replay asOf =
        replay.asOf(replay.events, replay.clock.start().plusDays(endOfDay).minusSeconds(1));
    StatusBuilder.Owed owed = StatusBuilder.owed(asOf);
    obligations = owed.obligations();
    ratios = owed.ratios();
    orders = new OrderCheck(asOf).breachers();
  }

  private String cite(String name) {
    return Reports.cite(replay, name);
  }
}
