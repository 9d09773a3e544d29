package org.truce.check.internal.system;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.truce.model.Agreement;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * Which parts of a text read the day, and until when: a phase's entry until the phase has begun,
 * its end condition and clauses until it has ended, anything at the top level (and a requirement
 * with `within`) on every day. Once nothing that can still be read reads the day, the day stops
 * counting: it is stored as the cap from then on (docs/semantics.md, "Runs, days and states").
 */
public record DayReaders(
    boolean always, SortedSet<Integer> untilBegun, SortedSet<Integer> untilEnded) {
  /**
   * @param always something at the top level (a requirement with `within`, a release in days of the
   *     agreement) reads the day: it never stops counting
   * @param untilBegun phases (by their place) whose entry reads the day, until they have begun
   * @param untilEnded phases whose end condition or clauses read the day, until they have ended
   */
  public DayReaders {
    untilBegun = Collections.unmodifiableSortedSet(new TreeSet<>(untilBegun));
    untilEnded = Collections.unmodifiableSortedSet(new TreeSet<>(untilEnded));
  }

  static DayReaders of(Agreement agreement) {
    boolean top =
        agreement.requirements().stream().anyMatch(r -> r.withinDays().isPresent())
            || agreement.phases().stream().anyMatch(DayReaders::agreementDayRelease);
    TreeSet<Integer> untilBegun = new TreeSet<>();
    TreeSet<Integer> untilEnded = new TreeSet<>();
    for (ConditionScan.Owned owned : ConditionScan.all(agreement)) {
      if (!reads(owned.condition())) {
        continue;
      }
      if (owned.phase() == ConditionScan.TOP) {
        top = true;
      } else {
        (owned.entry() ? untilBegun : untilEnded).add(owned.phase());
      }
    }
    for (int i = 0; i < agreement.phases().size(); i++) {
      if (agreement.phases().get(i).entry() instanceof Phase.Entry.OnDay) {
        untilBegun.add(i);
      }
    }
    return new DayReaders(top, untilBegun, untilEnded);
  }

  /**
   * True when a phase has a release in days of the agreement: it reads the day also after its phase
   * has ended, so the day keeps counting (up to the cap, which covers the release's day).
   */
  static boolean agreementDayRelease(Phase phase) {
    return phase.clauses().stream()
        .anyMatch(
            c ->
                c instanceof PhaseClause.Release r
                    && (r.schedule().orElse(null) instanceof Schedule.ByAgreementDay
                        || r.schedule().orElse(null) instanceof Schedule.AgreementWindow));
  }

  private static boolean reads(Condition condition) {
    return switch (condition) {
      case Condition.And and -> reads(and.left()) || reads(and.right());
      case Condition.Or or -> reads(or.left()) || reads(or.right());
      case Condition.Not not -> reads(not.operand());
      case Condition.Compare c -> c.left() instanceof Figure.Day || c.right() instanceof Figure.Day;
      default -> false;
    };
  }
}
