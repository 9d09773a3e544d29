package org.truce.timeline.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ConditionEvaluator;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineOptions;
import org.truce.timeline.TimelineOptions.TalksOutcome;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/**
 * The simulated state of the agreement: holdings, phases, hostilities and talks. Conditions are
 * read through {@link #view}: a view at the end of a day sees everything done by then.
 */
final class World {
  final Agreement agreement;
  final TimelineOptions options;
  final Ledger ledger;
  final List<PhaseRunState> runs = new ArrayList<>();

  /**
   * The runs whose phase has a deadline in days of the agreement or a conditional release, in the
   * text's order: asked every day once begun, ended or not, since such an obligation outlives its
   * phase.
   */
  final List<PhaseRunState> outliving = new ArrayList<>();

  /** The runs by phase name: asked for every phase on every day (a search was quadratic). */
  private final Map<String, PhaseRunState> runsByName = new HashMap<>();

  /** For each phase the talks are about, the phase that holds them and the clause. */
  private final Map<String, TalksHost> talksHosts = new LinkedHashMap<>();

  /** Before the agreement, hostilities are taken to be active. */
  HostilityState hostilities = HostilityState.ACTIVE;

  private static boolean agreementDeadline(PhaseClause clause) {
    return switch (clause) {
      case PhaseClause.Release r ->
          r.schedule().orElse(null) instanceof Schedule.ByAgreementDay
              || r.schedule().orElse(null) instanceof Schedule.AgreementWindow
              || r.schedule().orElse(null) instanceof Schedule.After;
      case PhaseClause.Delivery d -> d.schedule() instanceof Schedule.ByAgreementDay;
      case PhaseClause.Withdrawal w -> w.deadline() instanceof Schedule.ByAgreementDay;
      case PhaseClause.Undertaking u ->
          u.deadline().orElse(null) instanceof Schedule.ByAgreementDay;
      default -> false;
    };
  }

  World(Agreement agreement, TimelineOptions options) {
    this.agreement = agreement;
    this.options = options;
    this.ledger = new Ledger(agreement.holdings());
    for (Phase phase : agreement.phases()) {
      PhaseRunState run =
          new PhaseRunState(phase, runs.size(), options.extensionDaysFor(phase.name()));
      runs.add(run);
      runsByName.putIfAbsent(phase.name(), run);
      for (PhaseClause clause : phase.clauses()) {
        if (clause instanceof PhaseClause.Talks talks) {
          talksHosts.putIfAbsent(talks.onPhase(), new TalksHost(run, talks));
        }
      }
      if (phase.clauses().stream().anyMatch(World::agreementDeadline)) {
        outliving.add(run);
      }
    }
  }

  Optional<PhaseRunState> run(String phase) {
    return Optional.ofNullable(runsByName.get(phase));
  }

  /**
   * The party that makes the releases an extension step comes with: the one named, or the holder of
   * the category. A validated model always has one: the builder rejects a category nobody holds
   * (E203, E215).
   */
  String releaserOf(PhaseClause.Extension.Trigger.PerReleases per) {
    return per.by()
        .or(() -> ledger.holderOf(per.category()))
        .orElseThrow(
            () ->
                new IllegalStateException("nobody holds " + per.category() + " in a valid model"));
  }

  boolean talksDeclared(String onPhase) {
    return talksHosts.containsKey(onPhase);
  }

  /**
   * The talks on a phase at the end of {@code endOfDay}: not begun (empty) until the day the talks
   * clause names; then progressing or stalled, per the options; agreed once the phase holding them
   * has ended (a phase that lasts indefinitely: as soon as they begin).
   */
  Optional<TalkState> talks(String onPhase, long endOfDay) {
    if (options.recorded().isPresent()) {
      return options.recorded().get().talks(onPhase, endOfDay);
    }
    TalksHost host = talksHosts.get(onPhase);
    if (host == null || !host.run.started()) {
      return Optional.empty();
    }
    long beginDay = host.run.start + host.clause.beginByDay() - 1;
    if (endOfDay < beginDay || (host.run.ended() && host.run.end < beginDay)) {
      return Optional.empty();
    }
    if (options.talks() == TalksOutcome.STALLED) {
      return Optional.of(TalkState.STALLED);
    }
    boolean over = host.run.ended() && host.run.end <= endOfDay;
    return Optional.of(over || host.run.indefinite() ? TalkState.AGREED : TalkState.PROGRESSING);
  }

  /** Talks that have begun by the end of the day, in declaration order. */
  List<Timeline.Talks> talksOn(long endOfDay) {
    List<Timeline.Talks> list = new ArrayList<>();
    for (String onPhase : talksHosts.keySet()) {
      talks(onPhase, endOfDay).ifPresent(state -> list.add(new Timeline.Talks(onPhase, state)));
    }
    return list;
  }

  /**
   * The state at the end of {@code endOfDay}, with the condition's {@code day} figure set to {@code
   * day} (the next day, when deciding at the start of a day whether a phase begins).
   */
  ConditionEvaluator.State view(long endOfDay, long day) {
    return new ConditionEvaluator.State() {
      @Override
      public long day() {
        return day;
      }

      @Override
      public long released(Category category, Optional<String> by) {
        return options.recorded().isPresent()
            ? options.recorded().get().released(category, by, endOfDay)
            : ledger.released(category, by);
      }

      @Override
      public long held(Category category, Optional<String> by) {
        return options.recorded().isPresent()
            ? options.recorded().get().held(category, by, endOfDay)
            : ledger.held(category, by);
      }

      @Override
      public HostilityState hostilities() {
        return options.recorded().flatMap(r -> r.hostilities(endOfDay)).orElse(hostilities);
      }

      @Override
      public Optional<TalkState> talks(String onPhase) {
        return World.this.talks(onPhase, endOfDay);
      }

      @Override
      public Optional<TalkState> judgedTalks(String onPhase, String judge) {
        return options.recorded().isPresent()
            ? options.recorded().get().judgedTalks(onPhase, judge, endOfDay)
            : talks(onPhase);
      }

      @Override
      public boolean phaseIs(String phase, PhaseState state) {
        return run(phase).map(r -> phaseIs(r, state)).orElse(false);
      }

      private boolean phaseIs(PhaseRunState r, PhaseState state) {
        boolean begun = r.started() && r.start <= endOfDay;
        boolean ended = r.ended() && r.end <= endOfDay;
        return switch (state) {
          case BEGUN -> begun;
          case ACTIVE -> begun && !ended;
          case ENDED -> ended;
        };
      }
    };
  }

  private record TalksHost(PhaseRunState run, PhaseClause.Talks clause) {}
}
