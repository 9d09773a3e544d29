package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * Orders between releases for {@link AgreementGenerator}: at most one per phase, between the
 * categories of two releases of one party in it that do not cover one another, the earlier
 * category's release with an open day ({@code by day}, none, best effort), so that no schedule
 * makes the order impossible (E173), none is in days of the agreement (E174) and no two orders
 * contradict one another (E172).
 */
final class OrderDraws {
  private OrderDraws() {}

  static Optional<PhaseClause.Order> order(Dice dice, List<PhaseClause> clauses, ClauseRef ref) {
    List<PhaseClause.Order> candidates = candidates(clauses, ref);
    return candidates.isEmpty() ? Optional.empty() : Optional.of(dice.oneOf(candidates));
  }

  /** Every order such a phase may take, in the order of its releases. */
  static List<PhaseClause.Order> candidates(List<PhaseClause> clauses, ClauseRef ref) {
    List<PhaseClause.Order> candidates = new ArrayList<>();
    for (PhaseClause a : clauses) {
      if (!(a instanceof PhaseClause.Release first) || !allOpen(clauses, first)) {
        continue;
      }
      for (PhaseClause b : clauses) {
        if (b instanceof PhaseClause.Release then
            && then.party().equals(first.party())
            && !first.category().covers(then.category())
            && !then.category().covers(first.category())
            && phaseDaysOnly(clauses, first, then)) {
          candidates.add(
              new PhaseClause.Order(ref, first.party(), first.category(), then.category()));
        }
      }
    }
    return candidates;
  }

  /** True when every release of the party's category {@code first} in the phase has an open day. */
  private static boolean allOpen(List<PhaseClause> clauses, PhaseClause.Release first) {
    return clauses.stream()
        .filter(PhaseClause.Release.class::isInstance)
        .map(PhaseClause.Release.class::cast)
        .filter(r -> r.party().equals(first.party()))
        .filter(r -> first.category().covers(r.category()))
        .allMatch(OrderDraws::openDay);
  }

  /** No release of either category in days of the agreement, which orders refuse (E174). */
  private static boolean phaseDaysOnly(
      List<PhaseClause> clauses, PhaseClause.Release first, PhaseClause.Release then) {
    return clauses.stream()
        .filter(PhaseClause.Release.class::isInstance)
        .map(PhaseClause.Release.class::cast)
        .filter(r -> r.party().equals(first.party()))
        .filter(r -> first.category().covers(r.category()) || then.category().covers(r.category()))
        .noneMatch(
            r ->
                r.schedule().orElse(null) instanceof Schedule.ByAgreementDay
                    || r.schedule().orElse(null) instanceof Schedule.AgreementWindow);
  }

  private static boolean openDay(PhaseClause.Release r) {
    return r.schedule().isEmpty()
        || r.schedule().get() instanceof Schedule.ByDay
        || r.schedule().get() instanceof Schedule.BestEffort;
  }
}
