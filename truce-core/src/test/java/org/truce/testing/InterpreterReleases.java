package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.testing.Interpreter.Amounts;
import org.truce.testing.Interpreter.State;
import org.truce.testing.Interpreter.Status;

/**
 * Releases and what answers them, for the {@link Interpreter}, from docs/semantics.md "One day, in
 * order" steps 3 and 5 and the sections they refer to: a release's schedule (on a day, batches, by
 * a day of the phase or of the agreement, windows, best effort, conditional), the exchanges that
 * answer the day's releases (ratios, lumps, within days), orders between releases, and the breaches
 * the adversary may choose among them and among the duties (InterpreterDuties). Every amount before
 * a deadline is a choice, narrowed by the caller's {@link Amounts}.
 */
final class InterpreterReleases {
  private final Agreement agreement;
  private final Optional<String> adversary;
  private final InterpreterHoldings holdings;
  private final InterpreterDuties duties;

  InterpreterReleases(
      Agreement agreement,
      Optional<String> adversary,
      InterpreterHoldings holdings,
      InterpreterDuties duties) {
    this.agreement = agreement;
    this.adversary = adversary;
    this.holdings = holdings;
    this.duties = duties;
  }

  /**
   * Step 3 for the release {@code r} under {@code key} (phase index/clause index), on phase day
   * {@code phaseDay} (0 once its phase has ended): what its schedule makes due or lets the
   * releasing party choose today, and the adversary's breach of what is due.
   */
  List<InterpreterDay> release(
      InterpreterDay d,
      Phase phase,
      String key,
      PhaseClause.Release r,
      long phaseDay,
      Amounts amounts) {
    // The schedule: a release with none is due by the last day of its phase before extensions,
    // or, in an open-ended phase, on its first day.
    Schedule schedule =
        r.schedule()
            .orElseGet(
                () ->
                    phase.durationDays().isPresent()
                        ? new Schedule.ByDay(phase.durationDays().get())
                        : new Schedule.OnDay(1));
    long available = holdings.available(d.s, r.party(), r.category());
    long owed = r.count().map(n -> n - d.s.releasedUnder.getOrDefault(key, 0L)).orElse(available);
    long due;
    boolean choice = false;
    switch (schedule) {
      case Schedule.OnDay on -> {
        if (phaseDay != on.day()) {
          return List.of(d);
        }
        due = owed;
      }
      case Schedule.Batches b -> {
        if (phaseDay < b.fromDay() || (phaseDay - b.fromDay()) % b.everyDays() != 0) {
          return List.of(d);
        }
        due = Math.min(b.size(), owed);
      }
      case Schedule.ByDay by -> {
        if (phaseDay > by.day()) {
          return List.of(d);
        }
        due = owed;
        choice = phaseDay < by.day();
      }
      case Schedule.ByAgreementDay by -> {
        // docs/semantics.md "Deadlines in days of the agreement": `by day N` counted in the
        // agreement's days, from the day its phase begins, ended or not.
        if (d.s.day > by.day()) {
          return List.of(d);
        }
        due = owed;
        choice = d.s.day < by.day();
      }
      case Schedule.AgreementWindow w -> {
        // The same, in the agreement's days: nothing before the first, the rest on the last.
        if (d.s.day < w.first() || d.s.day > w.last()) {
          return List.of(d);
        }
        due = owed;
        choice = d.s.day < w.last();
      }
      case Schedule.BestEffort effort -> {
        // docs/semantics.md "Best-effort releases": any amount on any day while the phase is in
        // force; only the long stop, if there is one, is a deadline, and it reads as `by day`.
        long stop = effort.longStop().orElse(Long.MAX_VALUE);
        if (phaseDay > stop) {
          return List.of(d);
        }
        due = owed;
        choice = phaseDay < stop;
      }
      case Schedule.Window w -> {
        // docs/semantics.md "Release windows": nothing before the first day, any amount on the
        // days of the window, all that is owed on the last.
        if (phaseDay < w.first() || phaseDay > w.last()) {
          return List.of(d);
        }
        due = owed;
        choice = phaseDay < w.last();
      }
      case Schedule.After a -> {
        // docs/semantics.md "Conditional releases": `by day N` in days of its own period, once
        // armed (InterpreterConditionals).
        Optional<Boolean> today = InterpreterConditionals.choiceToday(d.s, key, a);
        if (today.isEmpty()) {
          return List.of(d);
        }
        due = owed;
        choice = today.get();
      }
    }
    if (due <= 0) {
      return List.of(d);
    }
    List<InterpreterDay> out = new ArrayList<>();
    if (choice) {
      // Before the deadline the releasing party chooses how many, up to what it still holds.
      for (long amount : amounts.apply(r, Math.min(due, available))) {
        InterpreterDay next = d.copy();
        if (amount > 0) {
          next.s.releasedUnder.merge(key, amount, Long::sum);
          out.addAll(holdings.make(next, phase, r.party(), r.category(), amount, r.ref(), true));
        } else {
          out.add(next);
        }
      }
      return out;
    }
    InterpreterDay keep = d.copy();
    if (r.count().isPresent()) {
      keep.s.releasedUnder.merge(key, due, Long::sum);
    }
    out.addAll(holdings.make(keep, phase, r.party(), r.category(), due, r.ref(), true));
    if (adversary.filter(r.party()::equals).isPresent()) {
      InterpreterDay breach = d.copy();
      breach.event(
          "breach", phase.name(), r.ref(), InterpreterHoldings.facts(r.party(), r.category(), due));
      breach.s.breach(r.party(), r.ref());
      out.add(breach);
    }
    return out;
  }

  /** Each breach of a duty the adversary may choose today, or not (InterpreterDuties). */
  List<InterpreterDay> breachDuties(InterpreterDay d) {
    List<InterpreterDay> out = List.of(d);
    for (InterpreterDuties.Breach b : duties.today(d.s)) {
      List<InterpreterDay> next = new ArrayList<>();
      for (InterpreterDay day : out) {
        next.add(day);
        InterpreterDay breach = day.copy();
        breach.event("breach", b.phase().name(), b.clause().ref(), b.facts());
        breach.s.breach(b.facts().get("party"), b.clause().ref());
        next.add(breach);
      }
      out = next;
    }
    return out;
  }

  /** Step 5: the exchange {@code x} under {@code key} answers the day's releases. */
  List<InterpreterDay> exchange(InterpreterDay d, Phase phase, String key, PhaseClause.Exchange x) {
    long units = 0;
    if (d.s.status.get(phase.name()) == Status.IN_FORCE) {
      for (Object[] part : d.parts) {
        String party = (String) part[0];
        Category name = (Category) part[1];
        Category unknownLine = (Category) part[3];
        boolean byRightParty =
            x.unitReleasedBy().map(party::equals).orElse(!party.equals(x.party()));
        boolean covered =
            x.unitCategory().covers(name)
                || (unknownLine != null && x.unitCategory().covers(unknownLine));
        if (byRightParty && covered) {
          units += (Long) part[2];
        }
      }
    }
    if (x.lump()) {
      units = InterpreterLump.due(d.s.groups, key, x, units);
    }
    if (x.withinDays() > 0) {
      List<Long> queue =
          d.s.pending.computeIfAbsent(key, k -> new ArrayList<>(zeros(x.withinDays())));
      queue.addFirst(units);
      units = queue.removeLast();
    }
    if (units == 0) {
      return List.of(d);
    }
    long owed = x.perUnit() * units;
    List<InterpreterDay> out = new ArrayList<>();
    for (InterpreterDay keep : holdings.draw(d.copy(), x.party(), x.category(), owed, false)) {
      long made = owed - keep.drawLeft;
      keep.shortfall |= made < owed;
      Map<String, String> facts =
          new TreeMap<>(InterpreterHoldings.facts(x.party(), x.category(), made));
      facts.put("units", Long.toString(units));
      InterpreterHoldings.revealedFact(keep, facts);
      keep.event("counter-release", phase.name(), x.ref(), facts);
      out.add(keep);
    }
    if (adversary.filter(x.party()::equals).isPresent()) {
      InterpreterDay breach = d.copy();
      breach.event(
          "breach",
          phase.name(),
          x.ref(),
          InterpreterHoldings.facts(x.party(), x.category(), owed));
      breach.s.breach(x.party(), x.ref());
      out.add(breach);
    }
    return out;
  }

  private static List<Long> zeros(long n) {
    List<Long> z = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      z.add(0L);
    }
    return z;
  }

  /**
   * "Order between releases": on a day its phase is in force, P released some B (units counted
   * under B or below it, from P's lines) while an A that P's releases of the phase make due is
   * still held. Not a compliant day, unless P is the adversary: then a breach of the order.
   */
  List<InterpreterDay> orders(InterpreterDay d, State pre) {
    for (Phase phase : agreement.phases()) {
      if (d.s.status.get(phase.name()) != Status.IN_FORCE) {
        continue;
      }
      for (PhaseClause c : phase.clauses()) {
        if (!(c instanceof PhaseClause.Order o)) {
          continue;
        }
        long then =
            // counted as `released B by P` counts them: units of unknown status under the line's
            // category too, whatever they turned out to be (docs/semantics.md)
            holdings.released(d.s, o.then(), Optional.of(o.party()))
                - holdings.released(pre, o.then(), Optional.of(o.party()));
        long due = 0;
        for (int k = 0; k < phase.clauses().size(); k++) {
          if (phase.clauses().get(k) instanceof PhaseClause.Release r
              && r.party().equals(o.party())
              && o.first().covers(r.category())) {
            long held = holdings.available(d.s, r.party(), r.category());
            String key = agreement.phases().indexOf(phase) + "/" + k;
            long owed =
                r.count().map(n -> n - d.s.releasedUnder.getOrDefault(key, 0L)).orElse(held);
            due += Math.min(owed, held);
          }
        }
        if (then <= 0 || due == 0) {
          continue;
        }
        if (adversary.filter(o.party()::equals).isEmpty()) {
          return List.of();
        }
        d.event(
            "breach",
            phase.name(),
            o.ref(),
            Map.of(
                "party", o.party(),
                "category", o.then().path(),
                "count", Long.toString(then),
                "before", o.first().path(),
                "due", Long.toString(due)));
        d.s.breach(o.party(), o.ref());
      }
    }
    return List.of(d);
  }
}
