package org.truce.monitor.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.truce.ledger.Done;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.ledger.InForce;
import org.truce.model.PhaseClause;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.monitor.Status.Performed;
import org.truce.timeline.TimelineEvent;

/**
 * A withdrawal, or an undertaking with a deadline, against what the ledger records of it
 * (docs/monitor.md, "Deadlines, done and done in part"): due by its day, done on the day of the
 * earliest entry that does it in full, and done in part, never counted as done, by the entries with
 * {@code remaining} before it. It outlives its phase: what the text makes due by a day stays owed
 * until it is done.
 */
final class Fulfilment {
  private final Replay replay;

  /** The withdrawal entries already read toward an obligation: each does one withdrawal. */
  private final Set<String> usedWithdrawals = new HashSet<>();

  Fulfilment(Replay replay) {
    this.replay = replay;
  }

  /** The line of {@code due}, placed by the timeline on {@code dueDay}. */
  ObligationLine line(TimelineEvent.Due due, long dueDay) {
    List<Performed> performed = performed(due);
    Optional<Performed> complete = performed.stream().filter(p -> !p.partial()).findFirst();
    long today = replay.today;
    ObligationState state;
    long late = 0;
    if (complete.isPresent()) {
      state = ObligationState.FULFILLED;
      late = Math.max(0, complete.get().day() - dueDay);
    } else if (today < dueDay) {
      state =
          startDay(due).filter(start -> today >= start).isPresent()
              ? ObligationState.IN_PROGRESS
              : ObligationState.UPCOMING;
    } else if (today == dueDay) {
      state = ObligationState.DUE_TODAY;
    } else {
      state = ObligationState.OVERDUE;
      late = today - dueDay;
    }
    boolean withdrawal = due.kind() == TimelineEvent.DueKind.WITHDRAWAL;
    return new ObligationLine(
        state,
        due.party(),
        (withdrawal ? "withdraws from \"" : "undertakes \"") + due.what() + "\"",
        Optional.empty(),
        dueDay,
        Optional.of(replay.clock.dateOf(dueDay)),
        1,
        complete.isPresent() ? 1 : 0,
        late,
        due.ref().cite(),
        Optional.empty(),
        performed);
  }

  /**
   * The entries read toward {@code due}, up to today: the first that does it in full (by moment,
   * then id, so that the order of recording changes nothing), last, after the partial ones of its
   * day and the days before it, in the same order; every partial one while none is complete.
   */
  private List<Performed> performed(TimelineEvent.Due due) {
    record Timed(LocalDateTime moment, Entry entry, Optional<String> remaining) {}
    List<Timed> matching = new ArrayList<>();
    for (Entry e : replay.events) {
      Optional<Optional<String>> remaining =
          switch (e.body()) {
            case Event.Withdrawal w
                when due.kind() == TimelineEvent.DueKind.WITHDRAWAL
                    && w.by().equals(due.party())
                    && !usedWithdrawals.contains(e.id())
                    && w.clause()
                        .map(c -> Replay.names(due.ref(), c))
                        .orElse(w.area().equals(due.what())) ->
                Optional.of(w.remaining());
            case Done d
                when due.kind() == TimelineEvent.DueKind.UNDERTAKING
                    && d.by().equals(due.party())
                    && Replay.names(due.ref(), d.clauseName()) ->
                Optional.of(d.remaining());
            default -> Optional.empty();
          };
      remaining.ifPresent(r -> matching.add(new Timed(InForce.moment(e), e, r)));
    }
    matching.sort(Comparator.comparing(Timed::moment).thenComparing(t -> t.entry().id()));
    // Done on the day of the earliest complete entry; the partial ones up to that day before it.
    Optional<Timed> complete = matching.stream().filter(t -> t.remaining().isEmpty()).findFirst();
    long completeDay = complete.map(t -> replay.clock.dayOf(t.entry())).orElse(Long.MAX_VALUE);
    List<Timed> read = new ArrayList<>();
    for (Timed t : matching) {
      if (t.remaining().isPresent() && replay.clock.dayOf(t.entry()) <= completeDay) {
        read.add(t);
      }
    }
    complete.ifPresent(read::add);
    List<Performed> performed = new ArrayList<>();
    for (Timed t : read) {
      long day = replay.clock.dayOf(t.entry());
      performed.add(
          new Performed(day, Optional.of(replay.clock.dateOf(day)), t.entry().id(), t.remaining()));
      if (due.kind() == TimelineEvent.DueKind.WITHDRAWAL) {
        usedWithdrawals.add(t.entry().id());
      }
    }
    return performed;
  }

  /**
   * For an undertaking {@code from day F ... by day D}: the day of the agreement its phase's day F
   * falls on, from which it is in progress.
   */
  private Optional<Long> startDay(TimelineEvent.Due due) {
    Optional<Long> from =
        replay.agreement.phases().stream()
            .filter(p -> p.name().equals(due.phase()))
            .flatMap(p -> p.clauses().stream())
            .filter(c -> c instanceof PhaseClause.Undertaking u && u.ref().equals(due.ref()))
            .findFirst()
            .flatMap(c -> ((PhaseClause.Undertaking) c).fromDay());
    return from.flatMap(
        f ->
            replay.timeline.phases().stream()
                .filter(p -> p.name().equals(due.phase()))
                .findFirst()
                .map(run -> run.startDay() + f - 1));
  }

  /** "partly done on day 84 by entry x, remaining: five positions; ", for each partial entry. */
  static String partly(List<Performed> performed) {
    StringBuilder text = new StringBuilder();
    for (Performed p : performed) {
      p.remaining()
          .ifPresent(
              r ->
                  text.append("partly done on day ")
                      .append(p.day())
                      .append(" by entry ")
                      .append(p.entry())
                      .append(", remaining: ")
                      .append(r)
                      .append("; "));
    }
    return text.toString();
  }

  /** The ids of the entries read toward an obligation, for its deviation to cite. */
  static List<String> entries(ObligationLine o) {
    return o.performed().stream().map(Performed::entry).toList();
  }
}
