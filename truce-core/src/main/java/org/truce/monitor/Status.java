package org.truce.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What the monitor says of an agreement at one moment ({@link Monitor#status}), under one counting
 * policy. Every line cites the clause it comes from ({@code clause}: empty text for none) and the
 * entries it rests on. Days are days of the agreement, counted from 1 at the moment it entered into
 * force.
 *
 * @param title the agreement's title
 * @param version the version in force, as the {@code in-force} entry names it
 * @param at the moment the status is of
 * @param policy the counting policy of every figure here
 * @param inForce when and by which entry the version entered into force
 * @param day the day of the agreement {@code at} falls in
 * @param phase the phase in force, if one is
 * @param hostilities the state of hostilities
 * @param obligations what each party owes: due today, upcoming, fulfilled, overdue, in force
 * @param ratios each day's releases checked against each exchange ratio
 * @param extensions for each phase that may be extended: the days agreed and the days its rule
 *     earns
 * @param tallies releases per party and category
 * @param days releases per day, party and category, from day 1 to today
 * @param deviations where what happened departs from the compliant timeline
 * @param disputes figures reported differently by different sources, both readings
 * @param violations violations alleged
 * @param lapse when the agreement lapsed, if it has by {@code at}
 * @param substitutions releases recorded in place of units an order makes due (docs/monitor.md)
 * @param exchanges per pool of exchange ratios, what was released so far against what the units
 *     counted so far call for (docs/monitor.md, "Ratios")
 * @param standing whether the agreement itself is in force, ended or lapsed, and since when
 * @param clock when the days of the agreement begin and end: day 1 is the 24 hours from {@code
 *     from}, in the agreement's zone
 * @param held per holder and line of its holdings: still held, released, and in what state
 * @param delivered per holder: what it has released in all, living, remains, not yet revealed
 * @param notMonitored the clauses the monitoring cell does not monitor, with the entry that says so
 * @param totals the totals sources give, set beside the releases recorded one by one
 */
public record Status(
    String title,
    String version,
    LocalDateTime at,
    CountingPolicy policy,
    InForceLine inForce,
    long day,
    Optional<LocalDate> date,
    Optional<PhaseLine> phase,
    HostilitiesLine hostilities,
    List<ObligationLine> obligations,
    List<RatioLine> ratios,
    List<ExtensionLine> extensions,
    List<TallyLine> tallies,
    List<DayTally> days,
    List<DeviationLine> deviations,
    List<DisputeLine> disputes,
    List<ViolationLine> violations,
    Optional<LapseLine> lapse,
    // Left out of the JSON when empty, as texts without an order between releases have none.
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SubstitutionLine> substitutions,
    // Left out of the JSON when empty, as texts without a ratio have none.
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExchangeLine> exchanges,
    StandingLine standing,
    DayClock clock,
    List<HeldLine> held,
    List<DeliveredLine> delivered,
    // Left out of the JSON when empty, as most ledgers mark no clause and record no total.
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NotMonitoredLine> notMonitored,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TotalLine> totals,
    // Left out of the JSON when empty, as most ledgers record no suspension or termination.
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SuspensionLine> suspensions) {
  /**
   * The agreement lapsed at the end of day {@code day} ({@code date}) under its lapse clause
   * ({@code clause}): since then it binds no one. Read off the compliant timeline with the
   * extensions agreed so far (docs/semantics.md, step 10).
   */
  public record LapseLine(long day, LocalDate date, String reason, String clause) {}

  public Status {
    obligations = List.copyOf(obligations);
    ratios = List.copyOf(ratios);
    extensions = List.copyOf(extensions);
    tallies = List.copyOf(tallies);
    days = List.copyOf(days);
    deviations = List.copyOf(deviations);
    disputes = List.copyOf(disputes);
    violations = List.copyOf(violations);
    substitutions = List.copyOf(substitutions);
    exchanges = List.copyOf(exchanges);
    held = List.copyOf(held);
    delivered = List.copyOf(delivered);
    notMonitored = List.copyOf(notMonitored);
    totals = List.copyOf(totals);
    suspensions = List.copyOf(suspensions);
  }

  /**
   * One line of {@code holder}'s holdings ({@code category}, {@code atSigning} units, {@code bound}
   * when the text qualifies the count): {@code released} of them released so far, as first
   * reported, of which {@code living}, {@code remains} and {@code unrevealed} (of a line of status
   * unknown at signing, not yet revealed). {@code stillHeld} + {@code released} - {@code excess} =
   * {@code atSigning}; {@code excess}: the releases beyond what the line held. {@code unreported}:
   * releases from the line whose count was not reported (docs/monitor.md): not in {@code released};
   * while there are any, how many are still held is not known ({@code stillHeld} is then the most).
   */
  public record HeldLine(
      String holder,
      String category,
      boolean unknownStatus,
      long atSigning,
      Optional<String> bound,
      long released,
      long living,
      long remains,
      long unrevealed,
      long stillHeld,
      long excess,
      String clause,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unreported) {
    /**
     * True when how many are still held is not known: releases of unreported count from a line the
     * text qualifies, or releases beyond its figure ("at least 6000"); {@code stillHeld} is then no
     * count (in JSON, {@code stillHeldNotKnown}, left out when false).
     */
    @com.fasterxml.jackson.annotation.JsonProperty("stillHeldNotKnown")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean stillHeldNotKnown() {
      return bound.isPresent() && (unreported > 0 || excess > 0);
    }
  }

  /**
   * What {@code holder} has released in all, as first reported: {@code living}, {@code remains},
   * {@code unrevealed} (status unknown, not yet recorded); {@code notFromOneLine}: of these, the
   * units released under a category above several lines of its holdings; {@code unreported}:
   * releases whose count was not reported, not in the figures.
   */
  public record DeliveredLine(
      String holder,
      long living,
      long remains,
      long unrevealed,
      long total,
      long notFromOneLine,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unreported) {}

  /**
   * The clause {@code clause} is not monitored since {@code since} (entry {@code entry}, source
   * {@code source}): {@code reason}. Its obligations are {@link ObligationState#NOT_MONITORED}.
   */
  public record NotMonitoredLine(
      String clause, String reason, LocalDate since, String entry, String source) {}

  /**
   * A total a source gives (entry {@code entry}, source {@code source}): {@code party} released
   * {@code total} of {@code category} in all as of {@code date}, or on {@code date} alone when
   * {@code oneDay}; the releases recorded one by one give {@code recorded}. A {@code difference}
   * other than 0 is a disputed figure, unless {@code unreported} releases of those recorded one by
   * one have no count reported (docs/monitor.md): then they hold the difference between them, and
   * only a total below {@code recorded} plus one for each of them is a disputed figure.
   */
  public record TotalLine(
      LocalDate date,
      long day,
      boolean oneDay,
      String party,
      String category,
      long total,
      long recorded,
      long difference,
      String entry,
      String source,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unreported) {
    /**
     * True when the total and the releases recorded one by one cannot both be right: they differ
     * and no release of unreported count is among them, or the total is below the counts reported
     * plus one unit for each release of unreported count.
     */
    public boolean contradicts() {
      return unreported == 0 ? difference != 0 : difference < unreported;
    }
  }

  /**
   * On {@code day}, {@code party} released {@code count} of {@code category} in place of units of
   * {@code substitutes} that the order {@code clause} makes due first (entry {@code entry}): a
   * substitution the parties agreed, not a breach of the order.
   */
  public record SubstitutionLine(
      long day,
      String party,
      long count,
      String category,
      String substitutes,
      String entry,
      String clause) {}

  /** True when something is overdue or departs from the compliant timeline. */
  public boolean hasFindings() {
    return !deviations.isEmpty();
  }

  /**
   * The moment the version entered into force, and the entry that says so; for a version that
   * amends the agreement, the line of the entry its days count from ({@code amends}).
   */
  public record InForceLine(
      LocalDateTime since,
      String entry,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<InForceLine> amends) {
    public InForceLine(LocalDateTime since, String entry) {
      this(since, entry, Optional.empty());
    }
  }

  /**
   * The phase in force on {@code day}: its own day count, its length in the text, the extension
   * days agreed so far, and whether today is one of them. {@code ended} is true when the phase has
   * ended and no later phase has begun: the line is then of the last phase, and {@code notBegun}
   * says which phase has not begun and why ("phase two has not begun: talks on two not agreed").
   */
  public record PhaseLine(
      String name,
      Optional<String> title,
      long phaseDay,
      Optional<Long> lengthDays,
      long extensionDays,
      boolean extensionDay,
      long firstDay,
      Optional<Long> lastDay,
      boolean ended,
      String clause,
      Optional<String> notBegun) {}

  /**
   * Hostilities as the latest event ({@code entry}) reports them, or as the phase's text sets them
   * when no event has. For a resumption, {@code right} says whether a right of the text covered it,
   * checked on the recorded facts ("under clause 5: israel may resume hostilities when ...", or "no
   * right of the text covered it"); {@code clause} then cites that right, and only then.
   */
  public record HostilitiesLine(
      String state,
      Optional<LocalDate> since,
      Optional<LocalTime> hour,
      Optional<String> entry,
      String clause,
      Optional<String> right) {}

  /** Where an obligation stands at the moment of the status. */
  public enum ObligationState {
    FULFILLED,
    DUE_TODAY,
    UPCOMING,
    OVERDUE,
    /** A standing duty with no count or deadline: in force while its phase is. */
    IN_FORCE,
    /**
     * A release window that has opened and not yet closed, not yet fulfilled: units may be released
     * on any of its days, none is late yet (docs/semantics.md, "Release windows").
     */
    IN_PROGRESS,
    /**
     * A best-effort release with no long stop ({@code as located}, {@code as soon as possible}):
     * under way since its phase began, never due on a day, so never overdue (docs/timeline.md).
     */
    ONGOING,
    /**
     * A conditional release whose trigger is not complete in the ledger ({@code within N days after
     * P has released all C}): not due on any day yet, so never late; its {@link
     * ObligationLine#trigger} says how far the trigger has come (docs/semantics.md, "Conditional
     * releases"). Its {@code dueDay} is 0, no day.
     */
    WAITING,
    /**
     * An obligation of a clause the monitoring cell does not monitor (a {@code not-monitored}
     * entry): listed, never judged (docs/monitor.md, "What is monitored").
     */
    NOT_MONITORED
  }

  /**
   * An entry read toward a withdrawal or an undertaking with a deadline (docs/monitor.md,
   * "Deadlines, done and done in part"): on {@code day} (its {@code date}), entry {@code entry} did
   * it, or, with {@code remaining}, did it in part, leaving {@code remaining} undone.
   */
  public record Performed(
      long day, Optional<LocalDate> date, String entry, Optional<String> remaining) {
    /** True when it did the obligation in part only: it then never counts as done. */
    public boolean partial() {
      return remaining.isPresent();
    }
  }

  /**
   * The trigger of a conditional release as the ledger shows it (docs/semantics.md, "Conditional
   * releases"): {@code party} has released {@code released} of the {@code target} units of {@code
   * category} the trigger asks for: {@code count} when the text gives one, else all that {@code
   * party} held of {@code category} at signing ({@code held}: how the text qualifies that figure,
   * {@code about}, {@code at least}, {@code at most}, when it does). {@code completedDay}: the day
   * the recorded releases reached {@code target}, if they have; the release is then due {@code
   * withinDays} days later, counted from the next day.
   */
  public record TriggerLine(
      String party,
      String category,
      Optional<Long> count,
      Optional<String> held,
      long released,
      long target,
      Optional<Long> completedDay,
      Optional<LocalDate> completedDate,
      long withinDays) {
    /** E.g. "hamas to release all hostage.living.civilian", "hamas to release 33 hostage". */
    public String toRelease() {
      return party + " to release " + count.map(String::valueOf).orElse("all") + " " + category;
    }
  }

  /** How one day's counter-release compares with its ratio. */
  public enum RatioVerdict {
    HOLDS,
    SHORT,
    MORE,
    /** Not what the ratio calls for, but the batch's last day is not over. */
    PENDING,
    /**
     * Not judged: a release whose count was not reported is of the batch, on either side
     * (docs/monitor.md, "Releases whose count is not reported").
     */
    UNREPORTED
  }

  /**
   * A pool of exchange ratios (docs/monitor.md, "Ratios"), cumulative: {@code party} has released
   * {@code released} of {@code category} toward it so far (counted toward its batches, or beyond
   * them), where the units counted so far ({@code counted}, one text per clause: "78
   * hostage.woman_or_child at 3 each") call for {@code due}. {@code clause} cites every clause of
   * the pool.
   */
  public record ExchangeLine(
      String party,
      String category,
      List<String> counted,
      long due,
      long released,
      RatioVerdict verdict,
      String clause) {
    public ExchangeLine {
      counted = List.copyOf(counted);
    }
  }

  /**
   * A phase that may be extended: the days agreed by extension events (their entries) and, for an
   * extension per releases, the days the releases counted so far earn by the rule ({@code
   * additional} counted beyond the phase's own releases).
   */
  public record ExtensionLine(
      String phase,
      long lengthDays,
      long agreedDays,
      List<String> entries,
      Optional<Long> earnedDays,
      Optional<Long> additional,
      String rule,
      String clause) {
    public ExtensionLine {
      entries = List.copyOf(entries);
    }

    /** The phase's days in all: its length and the days agreed. */
    public long totalDays() {
      return lengthDays + agreedDays;
    }
  }

  /**
   * Releases of one category by one party (remains returned apart): {@code released} as first
   * reported, of which {@code counted} count toward the deal under the policy; {@code disputed} is
   * the total when every dispute's count is taken instead, when a dispute changes it. {@code
   * unreported}: releases whose count was not reported, not in the figures (docs/monitor.md).
   */
  public record TallyLine(
      String party,
      String kind,
      String category,
      long released,
      long counted,
      Optional<Long> disputed,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unreported) {}

  /**
   * What one party released of one category on one day: as first reported, and as counted toward
   * the deal under the policy (on the day it counts toward).
   */
  public record DayTally(
      long day,
      Optional<LocalDate> date,
      String party,
      String category,
      long released,
      long counted,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unreported) {}

  /**
   * A departure from the compliant timeline, on a day, with the entries it rests on; a finding
   * repeated on every day from {@code day} to {@code lastDay} is one line (docs/monitor.md).
   */
  public record DeviationLine(
      long day, String text, List<String> entries, String clause, Optional<Long> lastDay) {
    public DeviationLine {
      entries = List.copyOf(entries);
    }

    /** A finding of one day. */
    public DeviationLine(long day, String text, List<String> entries, String clause) {
      this(day, text, entries, clause, Optional.empty());
    }
  }

  /**
   * One figure of an event reported two ways: {@code first} by the entry {@code entry} (source
   * {@code firstSource}), {@code second} by the dispute entry (source {@code secondSource}).
   */
  public record DisputeLine(
      LocalDate date,
      String entry,
      String event,
      String figure,
      String first,
      String firstSource,
      String dispute,
      String second,
      String secondSource) {}

  /** A violation alleged: who alleges it, against whom, and under which clause. */
  public record ViolationLine(
      LocalDate date,
      long day,
      String by,
      String against,
      String text,
      String entry,
      String source,
      String clause) {}
}
