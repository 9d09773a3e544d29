package org.truce.timeline;

import java.util.List;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.SubQuota;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.TalkState;

/**
 * Something that happens on a day of a {@link Timeline}. Every event names the phase whose text
 * requires it and, where one exists, the clause ({@code ref}).
 */
public sealed interface TimelineEvent {
  String phase();

  record PhaseStarted(String phase, Optional<String> title) implements TimelineEvent {}

  record PhaseEnded(String phase, long phaseDays, Timeline.PhaseEnd end) implements TimelineEvent {}

  /** The phase sets the state of hostilities on its first day. */
  record HostilitiesSet(String phase, HostilityState state, ClauseRef ref)
      implements TimelineEvent {}

  /** Day {@code number} of the extension days taken in the phase, under clause {@code ref}. */
  record ExtensionDay(String phase, long number, ClauseRef ref) implements TimelineEvent {}

  /**
   * {@code party} releases {@code count} units of {@code category}, drawn from the held categories
   * in {@code parts}. {@code due} is what the text required that day; {@code due - count} is a
   * shortfall (never more is released than is held).
   */
  record Released(
      String phase,
      String party,
      Category category,
      long count,
      long due,
      List<Part> parts,
      Timing timing,
      boolean allRemaining,
      ClauseRef ref)
      implements TimelineEvent {
    public Released {
      parts = List.copyOf(parts);
    }
  }

  /**
   * The counter-release an exchange ratio implies: {@code perUnit} of {@code category} for each of
   * the {@code units} of {@code unitCategory} released by others on day {@code answersDay}.
   */
  record CounterReleased(
      String phase,
      String party,
      Category category,
      long count,
      long due,
      List<Part> parts,
      long perUnit,
      Category unitCategory,
      long units,
      long answersDay,
      ClauseRef ref,
      long group)
      implements TimelineEvent {
    public CounterReleased {
      parts = List.copyOf(parts);
    }

    /** A ratio's counter-release: {@code perUnit} for each of the {@code units} answered. */
    public CounterReleased(
        String phase,
        String party,
        Category category,
        long count,
        long due,
        List<Part> parts,
        long perUnit,
        Category unitCategory,
        long units,
        long answersDay,
        ClauseRef ref) {
      this(
          phase,
          party,
          category,
          count,
          due,
          parts,
          perUnit,
          unitCategory,
          units,
          answersDay,
          ref,
          0);
    }

    /**
     * True for a lump ({@code releases 120 C for the 15 U}): {@code perUnit} is the whole lump,
     * {@code units} and {@code group} the group's size, {@code answersDay} the day it was complete.
     */
    public boolean lump() {
      return group > 0;
    }
  }

  /**
   * {@code party} delivers (or allows) {@code amount} of {@code what}. {@code ofWhich} are the
   * sub-quotas this delivery completes, floors within {@code ofAmount}: a rate's each day (then
   * {@code ofAmount == amount}), or a total's on the day its last batch makes it whole ({@code
   * ofAmount} the total); empty on other days and for deliveries without sub-quotas.
   */
  record Delivered(
      String phase,
      String party,
      DeliveryVerb verb,
      long amount,
      Category what,
      ClauseRef ref,
      List<SubQuota> ofWhich,
      long ofAmount)
      implements TimelineEvent {
    public Delivered {
      ofWhich = List.copyOf(ofWhich);
    }

    /** A delivery that completes no sub-quota. */
    public Delivered(
        String phase, String party, DeliveryVerb verb, long amount, Category what, ClauseRef ref) {
      this(phase, party, verb, amount, what, ref, List.of(), amount);
    }
  }

  /** A withdrawal or undertaking falls due (or comes into force, when it has no deadline). */
  record Due(String phase, String party, DueKind kind, String what, Timing timing, ClauseRef ref)
      implements TimelineEvent {}

  /** The talks on {@code onPhase} begin, as late as {@code byDay} of the phase allows. */
  record TalksBegin(String phase, String onPhase, long byDay, ClauseRef ref)
      implements TimelineEvent {}

  /** The phase holding the talks ends; the talks stand {@code agreed} or {@code stalled}. */
  record TalksEnd(String phase, String onPhase, TalkState state) implements TimelineEvent {}

  /** Units of one held category drawn for a release. */
  record Part(Category category, long count) {}

  /** Why an obligation is placed on its day. */
  enum Timing {
    /** {@code on day N}. */
    ON_DAY,
    /** {@code by day N}: placed on the latest compliant day. */
    BY_DAY,
    /** One batch of {@code K every D days}. */
    BATCH,
    /** No schedule: by the end of the phase (its last day before extensions). */
    PHASE_END,
    /** With an extension step ({@code per K additional ... released}). */
    EXTENSION,
    /** No deadline: in force from the first day of the phase. */
    IN_FORCE,
    /** No deadline, {@code from day F}: in force from that day of the phase, not before. */
    FROM_DAY,
    /**
     * {@code by day N of the agreement}: placed on day N of the agreement, the latest compliant
     * day, which may come after the phase has ended (the obligation outlives its phase).
     */
    BY_AGREEMENT_DAY,
    /** Best effort with a long stop: placed on the long stop, the latest compliant day. */
    LONG_STOP,
    /**
     * A release window ({@code between day F and day L}): placed on day L, the latest compliant
     * day; the monitor counts it in progress from day F.
     */
    WINDOW,
    /**
     * A conditional release ({@code within N days after P has released all C}): placed on the last
     * day of its period, the latest compliant day, counted from the day after its trigger completed
     * in this run (docs/semantics.md, "Conditional releases").
     */
    AFTER_TRIGGER
  }

  enum DueKind {
    WITHDRAWAL,
    UNDERTAKING
  }
}
