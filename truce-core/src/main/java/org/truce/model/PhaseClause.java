package org.truce.model;

import java.util.List;
import java.util.Optional;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.ScopeKind;

/** The clauses a phase may contain. Every clause carries its {@link ClauseRef}. */
public sealed interface PhaseClause {
  ClauseRef ref();

  record Hostilities(ClauseRef ref, HostilityState state) implements PhaseClause {}

  /**
   * {@code party} releases {@code count} of {@code category} (empty: all it still holds) on the
   * schedule (empty: by the end of the phase).
   */
  record Release(
      ClauseRef ref,
      String party,
      Optional<Long> count,
      Category category,
      Optional<Schedule> schedule)
      implements PhaseClause {}

  /**
   * {@code party} releases all of {@code first} due in the phase before any of {@code then}
   * (docs/semantics.md, "Order between releases").
   */
  record Order(ClauseRef ref, String party, Category first, Category then) implements PhaseClause {}

  /**
   * {@code party} releases {@code perUnit} of {@code category} for each unit of {@code
   * unitCategory} released (by {@code unitReleasedBy}, or by anyone else), within {@code
   * withinDays} days (0: the same day). With a {@code group} size it is a lump: {@code perUnit} of
   * {@code category} once, when the group's {@code group} units have all been released.
   */
  record Exchange(
      ClauseRef ref,
      String party,
      long perUnit,
      Category category,
      Category unitCategory,
      Optional<String> unitReleasedBy,
      long withinDays,
      Optional<Long> group)
      implements PhaseClause {
    /** A ratio: {@code perUnit} for each unit released. */
    public Exchange(
        ClauseRef ref,
        String party,
        long perUnit,
        Category category,
        Category unitCategory,
        Optional<String> unitReleasedBy,
        long withinDays) {
      this(
          ref,
          party,
          perUnit,
          category,
          unitCategory,
          unitReleasedBy,
          withinDays,
          Optional.empty());
    }

    /**
     * True for a lump release ({@code releases 120 C for the 15 U}, docs/semantics.md "Lump
     * releases"): {@code perUnit} is then the whole lump, owed once {@code group} units of {@code
     * unitCategory} have been released.
     */
    public boolean lump() {
      return group.isPresent();
    }
  }

  /**
   * {@code israel allows 600 aid.truck per day}; {@code ofWhich} lists its sub-quotas ({@code , of
   * which 40 aid.truck.fuel}), empty when the text names none.
   */
  record Delivery(
      ClauseRef ref,
      String party,
      DeliveryVerb verb,
      long amount,
      Category what,
      Schedule schedule,
      List<SubQuota> ofWhich)
      implements PhaseClause {
    public Delivery {
      ofWhich = List.copyOf(ofWhich);
    }

    /** A delivery without sub-quotas. */
    public Delivery(
        ClauseRef ref,
        String party,
        DeliveryVerb verb,
        long amount,
        Category what,
        Schedule schedule) {
      this(ref, party, verb, amount, what, schedule, List.of());
    }
  }

  record Withdrawal(ClauseRef ref, String party, String area, Schedule deadline)
      implements PhaseClause {}

  record Undertaking(
      ClauseRef ref, String party, String duty, Optional<Long> fromDay, Optional<Schedule> deadline)
      implements PhaseClause {
    /** An undertaking in force from the first day of its phase. */
    public Undertaking(ClauseRef ref, String party, String duty, Optional<Schedule> deadline) {
      this(ref, party, duty, Optional.empty(), deadline);
    }

    /** The first day of its phase on which it is in force: {@code from day F}, or day 1. */
    public long startsOnPhaseDay() {
      return fromDay.orElse(1L);
    }
  }

  /** Talks on phase {@code onPhase} begin at the latest on day {@code beginByDay} of this phase. */
  record Talks(ClauseRef ref, String onPhase, long beginByDay) implements PhaseClause {}

  /** The phase may be extended by {@code stepDays} at a time, up to {@code capDays} in all. */
  record Extension(ClauseRef ref, long stepDays, Trigger trigger, Optional<Long> capDays)
      implements PhaseClause {
    public sealed interface Trigger {
      /** One step per {@code count} additional units of {@code category} released. */
      record PerReleases(long count, Category category, Optional<String> by) implements Trigger {}

      /** One step at a time while the condition holds. */
      record While(Condition condition) implements Trigger {}
    }
  }

  /** A right; also used at the top level, where it holds in every phase. */
  record Right(ClauseRef ref, String party, RightAction action, Optional<Condition> when)
      implements PhaseClause {}

  /** An assurance; also used at the top level. */
  record Assurance(
      ClauseRef ref, List<String> guarantors, Condition condition, Optional<Scope> scope)
      implements PhaseClause {
    public Assurance {
      guarantors = List.copyOf(guarantors);
    }

    public record Scope(ScopeKind kind, Condition condition) {}
  }
}
