package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.model.Category;
import org.truce.model.Holdings;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.monitor.Status.DeviationLine;
import org.truce.monitor.Status.SubstitutionLine;
import org.truce.timeline.Timeline;

/**
 * Orders between releases as recorded (docs/monitor.md, "Orders and substitutions"): on each day a
 * phase with an order {@code P releases all A before any B} is in force, a release of B by P while
 * some of the As that P's releases of the phase make due are still to come is an order breach on
 * that day; a release marked {@code substitutes: A} stands in for As, counts toward them for the
 * order, and is reported as a substitution, not as a breach.
 */
final class OrderCheck {
  private final Replay replay;
  private final List<DeviationLine> breaches = new ArrayList<>();
  private final List<SubstitutionLine> substitutions = new ArrayList<>();
  private final List<Breach> breachers = new ArrayList<>();

  /** Who broke which order clause on which day, for the conditions that read breaches. */
  record Breach(long day, String party, String clause) {}

  OrderCheck(Replay replay) {
    this.replay = replay;
    for (Phase phase : replay.agreement.phases()) {
      Timeline.PhaseRun run =
          replay.timeline.phases().stream()
              .filter(p -> p.name().equals(phase.name()))
              .findFirst()
              .orElse(null);
      if (run == null) {
        continue;
      }
      for (PhaseClause clause : phase.clauses()) {
        if (clause instanceof PhaseClause.Order o) {
          order(phase, run, o);
        }
      }
    }
  }

  List<DeviationLine> breaches() {
    return breaches;
  }

  List<Breach> breachers() {
    return breachers;
  }

  List<SubstitutionLine> substitutions() {
    return substitutions;
  }

  private void order(Phase phase, Timeline.PhaseRun run, PhaseClause.Order o) {
    long required = required(phase, o);
    long last = Math.min(run.endDay().orElse(replay.today), replay.today);
    long first = 0; // As out so far in the phase, substitutes included
    boolean firstUnreported =
        false; // an A of unreported count: whether As are to come is not known
    long day = 0;
    List<Entry> laterOnDay = new ArrayList<>();
    for (Entry e : replay.releases) {
      long d = replay.clock.dayOf(e);
      if (e.kind() != EntryKind.RELEASE || d < run.startDay() || d > last) {
        continue;
      }
      Event.Release r = (Event.Release) e.body();
      if (!r.by().equals(o.party())) {
        continue;
      }
      if (d != day) {
        flush(phase, o, firstUnreported ? required : first, required, day, laterOnDay);
        day = d;
      }
      Category category = new Category(r.category());
      if (r.substitutes().filter(s -> o.first().covers(new Category(s))).isPresent()
          && o.then().covers(category)) {
        first += r.count();
        substitutions.add(
            new SubstitutionLine(
                d,
                o.party(),
                r.count(),
                r.category(),
                r.substitutes().get(),
                e.id(),
                o.ref().cite()));
      } else if (o.first().covers(category)) {
        first += r.count();
        firstUnreported |= !r.countReported();
      } else if (o.then().covers(category)) {
        laterOnDay.add(e);
      }
    }
    flush(phase, o, firstUnreported ? required : first, required, day, laterOnDay);
  }

  /** "in 2 releases of unreported count ", "3 and more in 1 release of unreported count ". */
  private static String unreportedWords(long count, long unreported) {
    String releases = unreported + (unreported == 1 ? " release" : " releases");
    return (count == 0 ? "in " : count + " and more in ") + releases + " of unreported count ";
  }

  /**
   * The Bs of {@code day}: a breach when As are still to come at the end of that day. After a
   * release of As of unreported count, whether any are to come is not known: {@code first} is then
   * {@code required}, and no breach is reported (docs/monitor.md; decision 0031).
   */
  private void flush(
      Phase phase, PhaseClause.Order o, long first, long required, long day, List<Entry> later) {
    if (later.isEmpty()) {
      return;
    }
    if (first < required) {
      breachers.add(new Breach(day, o.party(), o.ref().cite()));
      long count = later.stream().mapToLong(e -> ((Event.Release) e.body()).count()).sum();
      long unreported =
          later.stream().filter(e -> !((Event.Release) e.body()).countReported()).count();
      breaches.add(
          new DeviationLine(
              day,
              o.party()
                  + " released "
                  + (unreported == 0 ? count + " " : unreportedWords(count, unreported))
                  + o.then()
                  + " on day "
                  + day
                  + " while "
                  + (required - first)
                  + " of the "
                  + required
                  + " "
                  + o.first()
                  + " due before them in phase "
                  + phase.name()
                  + " were still to come: a breach of the order",
              replay.cite(later),
              o.ref().cite()));
    }
    later.clear();
  }

  /** The As the party's releases of the phase make due: counts, or what it holds for the rest. */
  private long required(Phase phase, PhaseClause.Order o) {
    long sum = 0;
    for (PhaseClause clause : phase.clauses()) {
      if (clause instanceof PhaseClause.Release r
          && r.party().equals(o.party())
          && o.first().covers(r.category())) {
        sum += r.count().orElseGet(() -> held(o.party(), r.category()));
      }
    }
    return sum;
  }

  private long held(String party, Category category) {
    long sum = 0;
    for (Holdings h : replay.agreement.holdings()) {
      if (h.holder().equals(party)) {
        for (Holdings.Entry entry : h.entries()) {
          if (category.covers(entry.category())) {
            sum += entry.count();
          }
        }
      }
    }
    return sum;
  }
}
