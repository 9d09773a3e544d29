package org.truce.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Holdings;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.TalkState;

/** Hand-built models for timeline tests: the model records are plain, so tests build them. */
public final class Fixtures {
  private Fixtures() {}

  public static Category cat(String path) {
    return new Category(path);
  }

  public static ClauseRef ref(String id) {
    return new ClauseRef(Optional.of(id), Optional.empty());
  }

  public static Holdings held(String holder, Object... categoryThenCount) {
    List<Holdings.Entry> entries = new ArrayList<>();
    for (int i = 0; i < categoryThenCount.length; i += 2) {
      entries.add(
          new Holdings.Entry(
              cat((String) categoryThenCount[i]),
              Bound.EXACTLY,
              ((Number) categoryThenCount[i + 1]).longValue(),
              Optional.empty()));
    }
    return new Holdings(ClauseRef.NONE, holder, entries);
  }

  public static Phase phase(String name, Long days, Phase.Entry entry, PhaseClause... clauses) {
    return new Phase(
        ClauseRef.NONE,
        name,
        Optional.empty(),
        Optional.ofNullable(days),
        entry,
        Optional.empty(),
        List.of(clauses));
  }

  public static Phase.Entry onDay(long day) {
    return new Phase.Entry.OnDay(day);
  }

  public static PhaseClause.Hostilities hostilities(HostilityState state) {
    return new PhaseClause.Hostilities(ClauseRef.NONE, state);
  }

  public static PhaseClause.Release release(
      String id, String party, Long count, String category, Schedule schedule) {
    return new PhaseClause.Release(
        ref(id), party, Optional.ofNullable(count), cat(category), Optional.ofNullable(schedule));
  }

  public static PhaseClause.Exchange exchange(
      String id, String party, long perUnit, String category, String unitCategory, long within) {
    return new PhaseClause.Exchange(
        ref(id), party, perUnit, cat(category), cat(unitCategory), Optional.empty(), within);
  }

  public static PhaseClause.Extension perReleases(
      String id, long step, long count, String category, String by, Long cap) {
    return new PhaseClause.Extension(
        ref(id),
        step,
        new PhaseClause.Extension.Trigger.PerReleases(
            count, cat(category), Optional.ofNullable(by)),
        Optional.ofNullable(cap));
  }

  public static PhaseClause.Extension whileHolds(
      String id, long step, Condition condition, Long cap) {
    return new PhaseClause.Extension(
        ref(id),
        step,
        new PhaseClause.Extension.Trigger.While(condition),
        Optional.ofNullable(cap));
  }

  public static Condition talks(String on, TalkState state) {
    return new Condition.TalksAre(on, state, Optional.empty());
  }

  public static Condition phaseIs(String phase, PhaseState state) {
    return new Condition.PhaseIs(phase, state);
  }

  public static Condition and(Condition left, Condition right) {
    return new Condition.And(left, right);
  }

  public static Condition dayAtLeast(long day) {
    return new Condition.Compare(
        new Figure.Day(), org.truce.vocabulary.CompareOp.GREATER_OR_EQUAL, new Figure.Literal(day));
  }

  public static Agreement agreement(
      String title, LocalDate start, List<Holdings> holdings, Phase... phases) {
    Metadata metadata =
        new Metadata(
            title,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.ofNullable(start),
            Optional.empty());
    List<Actor> actors =
        holdings.stream()
            .map(h -> new Actor(ClauseRef.NONE, h.holder(), h.holder(), List.of(Role.PARTY)))
            .toList();
    return new Agreement(
        metadata,
        actors,
        holdings,
        List.of(),
        List.of(phases),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  /** The November 2023 pause as the scenario describes it, built by hand. */
  public static Agreement november2023() {
    return agreement(
        "Humanitarian pause",
        LocalDate.of(2023, 11, 24),
        List.of(held("hamas", "hostage.civilian", 100), held("israel", "prisoner.civilian", 300)),
        phase(
            "pause",
            4L,
            onDay(1),
            hostilities(HostilityState.PAUSED),
            release("1", "hamas", 50L, "hostage.civilian", new Schedule.Batches(13, 1, 1)),
            exchange("2", "israel", 3, "prisoner.civilian", "hostage.civilian", 0),
            perReleases("3", 1, 10, "hostage.civilian", "hamas", null)));
  }

  /** A two-phase framework: talks during phase one decide whether phase two begins. */
  public static Agreement framework() {
    return agreement(
        "Framework",
        null,
        List.of(
            held("hamas", "hostage.living.civilian", 33, "hostage.living.soldier", 15),
            held("israel", "prisoner.general", 4000)),
        phase(
            "one",
            42L,
            onDay(1),
            hostilities(HostilityState.PAUSED),
            release("1.1", "hamas", 33L, "hostage.living.civilian", new Schedule.Batches(3, 3, 1)),
            exchange("1.2", "israel", 30, "prisoner.general", "hostage.living.civilian", 0),
            new PhaseClause.Talks(ref("1.3"), "two", 16),
            whileHolds("1.4", 1, talks("two", TalkState.PROGRESSING), null)),
        phase(
            "two",
            42L,
            new Phase.Entry.When(
                and(phaseIs("one", PhaseState.ENDED), talks("two", TalkState.AGREED))),
            hostilities(HostilityState.ENDED),
            release("2.1", "hamas", null, "hostage.living", new Schedule.ByDay(42))));
  }

  /**
   * Best-effort releases: the living as soon as possible with a long stop, the remains as they are
   * located with none, in a phase that lasts indefinitely.
   */
  public static Agreement bestEffort() {
    return agreement(
        "Best effort",
        null,
        List.of(
            held("hamas", "hostage.living", 10, "hostage.remains", 8),
            held("israel", "prisoner.general", 300)),
        phase(
            "one",
            21L,
            onDay(1),
            hostilities(HostilityState.PAUSED),
            release(
                "1.1",
                "hamas",
                10L,
                "hostage.living",
                new Schedule.BestEffort(
                    org.truce.vocabulary.Pace.AS_SOON_AS_POSSIBLE, Optional.of(14L))),
            exchange("1.2", "israel", 30, "prisoner.general", "hostage.living", 0)),
        phase(
            "two",
            null,
            new Phase.Entry.After("one"),
            hostilities(HostilityState.PAUSED),
            release(
                "2.1",
                "hamas",
                null,
                "hostage.remains",
                new Schedule.BestEffort(org.truce.vocabulary.Pace.AS_LOCATED, Optional.empty()))));
  }

  /**
   * A release window in the second phase, answered by a ratio two days later, after weekly batches
   * from day 7 in the first.
   */
  public static Agreement window() {
    return agreement(
        "Window",
        null,
        List.of(
            held("hamas", "hostage.living.civilian", 8, "hostage.living.soldier", 3),
            held("israel", "prisoner.general", 300)),
        phase(
            "one",
            21L,
            onDay(1),
            hostilities(HostilityState.PAUSED),
            release("1.1", "hamas", 8L, "hostage.living.civilian", new Schedule.Batches(4, 7, 7))),
        phase(
            "two",
            14L,
            new Phase.Entry.After("one"),
            hostilities(HostilityState.ENDED),
            release("2.1", "hamas", 3L, "hostage.living.soldier", new Schedule.Window(8, 12)),
            exchange("2.2", "israel", 50, "prisoner.general", "hostage.living.soldier", 2)));
  }

  /**
   * Releases in days of the agreement that outlive their phase: due by day 14 of the agreement,
   * after its phase (10 days) has ended, answered by a ratio of the next phase two days later; and
   * a window from day 16 to day 18 of the agreement, placed on day 18.
   */
  public static Agreement agreementDayRelease() {
    return agreement(
        "Release in days of the agreement",
        null,
        List.of(
            held("hamas", "hostage.living.soldier", 3, "hostage.living.civilian", 4),
            held("israel", "prisoner.general", 300)),
        phase(
            "one",
            10L,
            onDay(1),
            hostilities(HostilityState.PAUSED),
            release("1.1", "hamas", 3L, "hostage.living.soldier", new Schedule.ByAgreementDay(14)),
            release(
                "1.2",
                "hamas",
                4L,
                "hostage.living.civilian",
                new Schedule.AgreementWindow(16, 18))),
        phase(
            "two",
            14L,
            new Phase.Entry.After("one"),
            hostilities(HostilityState.ENDED),
            exchange("2.1", "israel", 50, "prisoner.general", "hostage.living.soldier", 2)));
  }
}
