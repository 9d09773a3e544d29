package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.model.Category;
import org.truce.model.Holdings;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.TalkState;

/**
 * The facts the ledger records, as the conditions of the text read them (docs/monitor.md, "Phases,
 * talks and rights as recorded"): the talks as the latest {@code talks} entry on each phase says
 * (as judged by an actor: the latest of that actor's entries; otherwise of the entries judged by
 * none), hostilities as the latest {@code paused} or {@code resumed} entry says, the units released
 * as counted under the policy, and what is still held: what each party held at signing less what it
 * released. The timeline reads them for the entry and end of phases and for the lapse clause; the
 * monitor for rights.
 */
final class RecordedFacts implements org.truce.timeline.RecordedFacts {
  private record Talk(long day, String on, TalkState state, Optional<String> judge) {}

  private record Hostile(long day, HostilityState state) {}

  private final List<Talk> talks = new ArrayList<>();
  private final List<Hostile> hostilities = new ArrayList<>();
  private final DailyCounts daily;
  private final List<Holdings> holdings;
  private final long lastDay;

  RecordedFacts(List<Entry> events, Clock clock, DailyCounts daily, List<Holdings> holdings) {
    this.daily = daily;
    this.holdings = holdings;
    long last = 0;
    for (Entry e : events) {
      long day = clock.dayOf(e);
      switch (e.body()) {
        case Event.Talks t -> {
          talks.add(new Talk(day, t.on(), t.state().reading(), t.judgedBy()));
          last = Math.max(last, day);
        }
        case Event.Hostilities h -> {
          hostilities.add(
              new Hostile(
                  day,
                  h.kind() == EntryKind.PAUSED ? HostilityState.PAUSED : HostilityState.ACTIVE));
          last = Math.max(last, day);
        }
        case Event.Release r -> last = Math.max(last, day);
        default -> {}
      }
    }
    this.lastDay = last;
  }

  @Override
  public Optional<TalkState> talks(String onPhase, long endOfDay) {
    return latest(onPhase, Optional.empty(), endOfDay);
  }

  @Override
  public Optional<TalkState> judgedTalks(String onPhase, String judge, long endOfDay) {
    return latest(onPhase, Optional.of(judge), endOfDay);
  }

  /** The latest talks entry on the phase by the end of the day (of {@code judge}, when given). */
  private Optional<TalkState> latest(String onPhase, Optional<String> judge, long endOfDay) {
    Optional<TalkState> state = Optional.empty();
    for (Talk t : talks) {
      if (t.day <= endOfDay && t.on.equals(onPhase) && t.judge.equals(judge)) {
        state = Optional.of(t.state);
      }
    }
    return state;
  }

  /** The day of the latest talks entry on the phase by the end of the day, if any. */
  Optional<Long> talksSince(String onPhase, long endOfDay) {
    Optional<Long> day = Optional.empty();
    for (Talk t : talks) {
      if (t.day <= endOfDay && t.on.equals(onPhase) && t.judge.isEmpty()) {
        day = Optional.of(t.day);
      }
    }
    return day;
  }

  @Override
  public long released(Category category, Optional<String> by, long endOfDay) {
    return daily.upTo(party -> by.map(party::equals).orElse(true), category, endOfDay);
  }

  @Override
  public long held(Category category, Optional<String> by, long endOfDay) {
    long atSigning = 0;
    for (Holdings block : holdings) {
      if (by.map(block.holder()::equals).orElse(true)) {
        for (Holdings.Entry line : block.entries()) {
          if (category.covers(line.category())
              || line.either().stream().anyMatch(category::covers)) {
            atSigning += line.count();
          }
        }
      }
    }
    return Math.max(0, atSigning - released(category, by, endOfDay));
  }

  @Override
  public Optional<HostilityState> hostilities(long endOfDay) {
    Optional<HostilityState> state = Optional.empty();
    for (Hostile h : hostilities) {
      if (h.day <= endOfDay) {
        state = Optional.of(h.state);
      }
    }
    return state;
  }

  @Override
  public long lastDay() {
    return lastDay;
  }
}
