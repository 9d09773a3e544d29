package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.truce.model.Category;
import org.truce.model.Counts;
import org.truce.model.PhaseClause;
import org.truce.monitor.BatchLine;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status.DeviationLine;
import org.truce.monitor.Status.ExchangeLine;
import org.truce.monitor.Status.ObligationState;
import org.truce.monitor.Status.RatioVerdict;
import org.truce.timeline.Timeline;

/**
 * The exchange ratios of each phase against what happened (docs/monitor.md, "Ratios"; decision
 * 0027). The ratio clauses of a phase whose paying party is the same and whose paid categories
 * overlap (one at or below the other) form a pool. The units counted released on a day (a batch)
 * call for {@code perUnit} each from the paying party: a counter-release obligation, a claim on the
 * {@link Allocation} due on the batch's day, or {@code within N days} after it, that releases count
 * toward from the batch's day on. So the windows of successive batches never share a unit: a
 * counter-release made late fulfils the batch it was withheld from, late, and is no excess of a
 * later day. What the paying party releases in a pool's categories on a day and no obligation takes
 * is more than the ratio: one deviation per pool and day, citing every clause of the pool.
 */
final class RatioCheck {
  /** Ratio clauses of one phase paid by one party from overlapping categories. */
  private record Pool(Timeline.PhaseRun run, List<PhaseClause.Exchange> clauses) {
    /** The clause whose paid category covers every other's in the pool (it is unique). */
    PhaseClause.Exchange top() {
      return clauses.stream()
          .filter(t -> clauses.stream().allMatch(c -> t.category().covers(c.category())))
          .findFirst()
          .orElse(clauses.getFirst());
    }

    String party() {
      return clauses.getFirst().party();
    }

    String cite() {
      return String.join("; ", clauses.stream().map(c -> c.ref().cite()).toList());
    }
  }

  /** The units of one clause counted on one day, and what they call for. */
  private record Batch(
      Pool pool,
      PhaseClause.Exchange clause,
      long day,
      long units,
      long pendingStatus,
      long due,
      Optional<Allocation.Claim> claim) {
    long lastDay() {
      return day + clause.withinDays();
    }

    long taken() {
      return claim.map(Allocation.Claim::taken).orElse(0L);
    }
  }

  private final Replay replay;
  private final Allocation allocation;
  private final List<Pool> pools = new ArrayList<>();
  private final List<Batch> batches = new ArrayList<>();
  private final java.util.Map<PhaseClause.Exchange, java.util.Map<Long, Batch>> byClause =
      new java.util.IdentityHashMap<>();
  private final java.util.Map<Pool, java.util.Map<Long, List<Batch>>> byPool =
      new java.util.IdentityHashMap<>();

  RatioCheck(Replay replay, Allocation allocation) {
    this.replay = replay;
    this.allocation = allocation;
  }

  /** Makes the pools and a claim on the allocation for each batch that calls for units. */
  void register() {
    for (Timeline.PhaseRun run : replay.timeline.phases()) {
      List<PhaseClause.Exchange> ratios = new ArrayList<>();
      for (PhaseClause clause : replay.phase(run.name()).clauses()) {
        if (clause instanceof PhaseClause.Exchange x && !x.lump()) { // lumps: LumpCheck
          ratios.add(x);
        }
      }
      pools.addAll(poolsOf(run, ratios));
    }
    for (Pool pool : pools) {
      long last = replay.lastDayOf(pool.run());
      for (PhaseClause.Exchange x : pool.clauses()) {
        for (long day = pool.run().startDay(); day <= last; day++) {
          long units = replay.daily.on(unitsBy(x), x.unitCategory(), day);
          long pendingStatus = replay.daily.pendingStatus(unitsBy(x), x.unitCategory(), day, day);
          if (units == 0 && pendingStatus == 0) {
            continue;
          }
          long due = Counts.saturatedProduct(units, x.perUnit());
          Optional<Allocation.Claim> claim =
              due == 0
                  ? Optional.empty()
                  : Optional.of(
                      allocation.claim(x.party(), x.category(), day, day + x.withinDays(), due));
          Batch batch = new Batch(pool, x, day, units, pendingStatus, due, claim);
          batches.add(batch);
          byClause.computeIfAbsent(x, k -> new java.util.HashMap<>()).put(day, batch);
          byPool
              .computeIfAbsent(pool, k -> new java.util.HashMap<>())
              .computeIfAbsent(day, k -> new ArrayList<>())
              .add(batch);
        }
      }
    }
  }

  /** The ratio clauses grouped by overlap: linked when one's paid category covers the other's. */
  private static List<Pool> poolsOf(Timeline.PhaseRun run, List<PhaseClause.Exchange> ratios) {
    List<List<PhaseClause.Exchange>> groups = new ArrayList<>();
    for (PhaseClause.Exchange x : ratios) {
      List<PhaseClause.Exchange> joined = new ArrayList<>();
      for (var it = groups.iterator(); it.hasNext(); ) {
        List<PhaseClause.Exchange> group = it.next();
        if (group.stream().anyMatch(g -> overlap(g, x))) {
          joined.addAll(group);
          it.remove();
        }
      }
      joined.add(x);
      groups.add(joined);
    }
    // in the order of the text
    return groups.stream()
        .map(g -> new Pool(run, ratios.stream().filter(g::contains).toList()))
        .sorted(java.util.Comparator.comparingInt(p -> ratios.indexOf(p.clauses().getFirst())))
        .toList();
  }

  private static boolean overlap(PhaseClause.Exchange a, PhaseClause.Exchange b) {
    return a.party().equals(b.party())
        && (a.category().covers(b.category()) || b.category().covers(a.category()));
  }

  private static Predicate<String> unitsBy(PhaseClause.Exchange x) {
    return x.unitReleasedBy()
        .<Predicate<String>>map(by -> by::equals)
        .orElse(p -> !p.equals(x.party()));
  }

  /**
   * Releases whose count was not reported (docs/monitor.md) that {@code x}'s batch of {@code day}
   * holds: of its units on the day, or of the paying party's within the batch's window.
   */
  private long unreported(PhaseClause.Exchange x, long day) {
    return replay.unreported.on(unitsBy(x), x.unitCategory(), day)
        + replay.unreported.sum(x.party()::equals, x.category(), day, day + x.withinDays());
  }

  /**
   * True when a release of unreported count calls for units the paying party of {@code pool} may
   * release on {@code day}: then no excess of that day can be judged.
   */
  private boolean unknownDue(Pool pool, long day) {
    return pool.clauses().stream()
        .anyMatch(
            x ->
                replay.unreported.sum(unitsBy(x), x.unitCategory(), day - x.withinDays(), day) > 0);
  }

  /** What the paying party of {@code pool} released on {@code day} that no obligation took. */
  private long excess(Pool pool, long day) {
    return allocation.leftOn(pool.party()::equals, pool.top().category(), day);
  }

  /** Each batch against its clause, the excess of a day on the line of the pool's broadest. */
  List<RatioLine> lines() {
    List<RatioLine> lines = new ArrayList<>();
    for (Pool pool : pools) {
      long last = replay.lastDayOf(pool.run());
      for (PhaseClause.Exchange x : pool.clauses()) {
        boolean top = x == pool.top();
        for (long day = pool.run().startDay(); day <= last; day++) {
          Optional<Batch> batch = batchOf(x, day);
          long excess = top ? excess(pool, day) : 0;
          long unreported = unreported(x, day);
          if (batch.isEmpty() && excess == 0 && unreported == 0) {
            continue;
          }
          long units = batch.map(Batch::units).orElse(0L);
          long pendingStatus = batch.map(Batch::pendingStatus).orElse(0L);
          long due = batch.map(Batch::due).orElse(0L);
          long released = Counts.saturatedSum(batch.map(Batch::taken).orElse(0L), excess);
          long lastDay = day + x.withinDays();
          RatioVerdict verdict;
          if (unreported > 0) {
            verdict = RatioVerdict.UNREPORTED; // a batch of unknown size is never judged
          } else if (unknownDue(pool, day) && excess > 0) {
            verdict = RatioVerdict.UNREPORTED; // what it may be due for is not known
          } else if (pendingStatus > 0) {
            verdict = RatioVerdict.PENDING; // what is due waits for the status to be recorded
          } else if (excess > 0) {
            // more may still be counted on a day that is not over
            verdict = day >= replay.today ? RatioVerdict.PENDING : RatioVerdict.MORE;
          } else if (released == due) {
            verdict = RatioVerdict.HOLDS;
          } else if (lastDay >= replay.today) {
            verdict = RatioVerdict.PENDING; // either side may still release before it is over
          } else {
            verdict = RatioVerdict.SHORT;
          }
          lines.add(
              new RatioLine(
                  day,
                  Optional.of(replay.clock.dateOf(day)),
                  x.party(),
                  x.category().path(),
                  x.perUnit(),
                  x.unitCategory().path(),
                  units,
                  due,
                  released,
                  verdict,
                  x.ref().cite(),
                  pendingStatus,
                  unreported));
        }
      }
    }
    return lines;
  }

  private Optional<Batch> batchOf(PhaseClause.Exchange x, long day) {
    return Optional.ofNullable(byClause.getOrDefault(x, java.util.Map.of()).get(day));
  }

  /** The counter-release each batch calls for, as an obligation of its paying party. */
  List<ObligationLine> obligations() {
    List<ObligationLine> lines = new ArrayList<>();
    long today = replay.today;
    for (Batch b : batches) {
      if (b.claim().isEmpty()) {
        continue;
      }
      Allocation.Claim claim = b.claim().get();
      long done = claim.taken();
      long dueDay = b.lastDay();
      ObligationState state;
      long late = 0;
      if (done == b.due()) {
        state = ObligationState.FULFILLED;
        late = Math.max(0, ObligationCheck.firstDayReaching(claim::upTo, b.due(), today) - dueDay);
      } else if (today < dueDay) {
        state = ObligationState.IN_PROGRESS;
      } else if (today == dueDay) {
        state = ObligationState.DUE_TODAY;
      } else {
        state = ObligationState.OVERDUE;
        late = today - dueDay;
      }
      lines.add(
          new ObligationLine(
              state,
              b.clause().party(),
              "releases "
                  + b.due()
                  + " "
                  + b.clause().category()
                  + " for the "
                  + b.units()
                  + " "
                  + b.clause().unitCategory()
                  + " counted on day "
                  + b.day(),
              Optional.of(b.clause().category().path()),
              dueDay,
              Optional.of(replay.clock.dateOf(dueDay)),
              b.due(),
              done,
              late,
              b.clause().ref().cite(),
              Optional.empty(),
              Optional.of(
                  new BatchLine(
                      b.day(),
                      replay.clock.dateOf(b.day()),
                      b.units(),
                      b.clause().unitCategory().path())),
              List.of(),
              claim.unreported,
              0,
              claim.unreportedBeyond));
    }
    return lines;
  }

  /** Per pool: what was released toward it so far against what the units so far call for. */
  List<ExchangeLine> cumulative() {
    List<ExchangeLine> lines = new ArrayList<>();
    for (Pool pool : pools) {
      List<Batch> of =
          byPool.getOrDefault(pool, java.util.Map.of()).values().stream()
              .flatMap(List::stream)
              .toList();
      long due = 0;
      long released = 0;
      boolean pendingStatus = false;
      boolean shortNow = false;
      boolean unreported = false;
      List<String> counted = new ArrayList<>();
      for (PhaseClause.Exchange x : pool.clauses()) {
        long units = of.stream().filter(b -> b.clause() == x).mapToLong(Batch::units).sum();
        counted.add(units + " " + x.unitCategory() + " at " + x.perUnit() + " each");
      }
      for (Batch b : of) {
        due = Counts.saturatedSum(due, b.due());
        released = Counts.saturatedSum(released, b.taken());
        pendingStatus |= b.pendingStatus() > 0;
        shortNow |= b.taken() < b.due() && b.lastDay() < replay.today;
      }
      long last = replay.lastDayOf(pool.run());
      for (long day = pool.run().startDay(); day <= last; day++) {
        released = Counts.saturatedSum(released, excess(pool, day));
        for (PhaseClause.Exchange x : pool.clauses()) {
          unreported |= unreported(x, day) > 0;
        }
      }
      if (of.isEmpty() && released == 0 && !unreported) {
        continue;
      }
      RatioVerdict verdict;
      if (unreported) {
        verdict = RatioVerdict.UNREPORTED;
      } else if (pendingStatus) {
        verdict = RatioVerdict.PENDING;
      } else if (released == due) {
        verdict = RatioVerdict.HOLDS;
      } else if (released > due) {
        verdict = RatioVerdict.MORE;
      } else {
        verdict = shortNow ? RatioVerdict.SHORT : RatioVerdict.PENDING;
      }
      lines.add(
          new ExchangeLine(
              pool.party(),
              pool.top().category().path(),
              counted,
              due,
              released,
              verdict,
              pool.cite()));
    }
    return lines;
  }

  /**
   * One deviation per pool and day on which the paying party released, in the pool's categories,
   * more than any obligation took, once the day is over.
   */
  List<DeviationLine> excesses() {
    List<DeviationLine> lines = new ArrayList<>();
    for (Pool pool : pools) {
      long last = Math.min(replay.lastDayOf(pool.run()), replay.today - 1);
      Category paid = pool.top().category();
      for (long day = pool.run().startDay(); day <= last; day++) {
        long excess = excess(pool, day);
        if (excess == 0 || unknownDue(pool, day)) {
          continue; // an excess over a batch of unknown size is not known
        }
        List<Batch> ofDay =
            byPool.getOrDefault(pool, java.util.Map.of()).getOrDefault(day, List.of());
        long due = ofDay.stream().mapToLong(Batch::due).reduce(0, Counts::saturatedSum);
        long released =
            Counts.saturatedSum(
                ofDay.stream().mapToLong(Batch::taken).reduce(0, Counts::saturatedSum), excess);
        String text;
        if (pool.clauses().size() == 1) {
          PhaseClause.Exchange x = pool.clauses().getFirst();
          long units = ofDay.stream().mapToLong(Batch::units).sum();
          text =
              x.party()
                  + " released "
                  + released
                  + " "
                  + x.category()
                  + " for "
                  + units
                  + " "
                  + x.unitCategory()
                  + " counted, where the ratio of "
                  + x.perUnit()
                  + " calls for "
                  + due
                  + ": "
                  + excess
                  + " more";
        } else {
          List<String> parts = new ArrayList<>();
          for (PhaseClause.Exchange x : pool.clauses()) {
            long units = ofDay.stream().filter(b -> b.clause() == x).mapToLong(Batch::units).sum();
            if (units > 0) {
              parts.add(units + " " + x.unitCategory() + " (" + x.perUnit() + " each)");
            }
          }
          text =
              pool.party()
                  + " released "
                  + released
                  + " "
                  + paid
                  + " on day "
                  + day
                  + " for "
                  + (parts.isEmpty() ? "none" : String.join(" and ", parts))
                  + " counted, where the ratios call for "
                  + due
                  + ": "
                  + excess
                  + " more";
        }
        lines.add(new DeviationLine(day, text, List.of(), pool.cite()));
      }
    }
    return lines;
  }
}
