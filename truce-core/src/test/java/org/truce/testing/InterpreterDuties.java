package org.truce.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.model.Agreement;
import org.truce.model.Condition;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.testing.Interpreter.State;
import org.truce.testing.Interpreter.Status;

/**
 * Breaches of withdrawals, deliveries and undertakings, read from docs/semantics.md "Breaches" for
 * the {@link Interpreter}: under {@code --adversary Q}, Q may breach one at the end of its deadline
 * day (of the phase while the phase is in force, or of the agreement once its phase has begun), on
 * each day of a rate or batch, or on any day an ongoing undertaking is in force; a breach that no
 * condition reads (neither {@code Q breached} nor {@code Q breached clause X} for its id, nor a
 * confirmation of a breach by Q) changes nothing, and the page says it is not explored.
 */
final class InterpreterDuties {
  /** One breach the adversary may choose today. */
  record Breach(PhaseClause clause, Phase phase, Map<String, String> facts) {}

  private final Agreement agreement;
  private final Optional<String> adversary;
  private boolean any;
  private final Set<String> ids = new HashSet<>();

  InterpreterDuties(Agreement agreement, Optional<String> adversary, List<Condition> conditions) {
    this.agreement = agreement;
    this.adversary = adversary;
    adversary.ifPresent(q -> conditions.forEach(c -> collect(c, q)));
  }

  private void collect(Condition c, String q) {
    switch (c) {
      case Condition.And a -> {
        collect(a.left(), q);
        collect(a.right(), q);
      }
      case Condition.Or o -> {
        collect(o.left(), q);
        collect(o.right(), q);
      }
      case Condition.Not n -> collect(n.operand(), q);
      case Condition.Breached b when b.party().equals(q) -> {
        if (b.clause().isPresent()) {
          ids.add(b.clause().get());
        } else {
          any = true;
        }
      }
      case Condition.BreachConfirmed k when k.party().equals(q) -> any = true;
      default -> {}
    }
  }

  /** The breaches the adversary may choose on the day whose state so far is {@code s}. */
  List<Breach> today(State s) {
    List<Breach> out = new ArrayList<>();
    if (adversary.isEmpty()) {
      return out;
    }
    String q = adversary.get();
    for (Phase phase : agreement.phases()) {
      Status status = s.status.get(phase.name());
      long phaseDay = s.phaseDay.get(phase.name());
      for (PhaseClause clause : phase.clauses()) {
        String obligation =
            switch (clause) {
              case PhaseClause.Withdrawal w when w.party().equals(q) -> "withdrawal";
              case PhaseClause.Delivery d when d.party().equals(q) -> "delivery";
              case PhaseClause.Undertaking u when u.party().equals(q) -> "undertaking";
              default -> null;
            };
        if (obligation == null || !read(clause) || already(s, clause)) {
          continue;
        }
        if (breachable(clause, status, phaseDay, s.day)) {
          out.add(new Breach(clause, phase, Map.of("party", q, "obligation", obligation)));
        }
      }
    }
    return out;
  }

  private boolean read(PhaseClause clause) {
    return any || clause.ref().id().map(ids::contains).orElse(false);
  }

  /**
   * Breaching again changes nothing a condition reads: {@code Q breached} (or a confirmation) is
   * already true if read, and {@code Q breached clause X} for its id too.
   */
  private boolean already(State s, PhaseClause clause) {
    String q = adversary.orElseThrow();
    boolean anyKnown = !any || s.breaches.contains(q);
    boolean clauseKnown =
        clause
            .ref()
            .id()
            .filter(ids::contains)
            .map(id -> s.breaches.contains(q + "|" + id))
            .orElse(true);
    return anyKnown && clauseKnown;
  }

  private static boolean breachable(PhaseClause clause, Status status, long phaseDay, long day) {
    boolean inForce = status == Status.IN_FORCE;
    return switch (clause) {
      case PhaseClause.Withdrawal w -> due(w.deadline(), inForce, status, phaseDay, day, 0);
      case PhaseClause.Delivery d -> due(d.schedule(), inForce, status, phaseDay, day, d.amount());
      case PhaseClause.Undertaking u ->
          u.deadline().isPresent()
              ? due(u.deadline().get(), inForce, status, phaseDay, day, 0)
              : inForce && phaseDay >= u.startsOnPhaseDay();
      default -> false;
    };
  }

  /**
   * True on a day the schedule can be breached: the end of its deadline day, or a day of a batch
   * (for a delivery of {@code total} in batches smaller than it, only until the last batch).
   */
  private static boolean due(
      Schedule schedule, boolean inForce, Status status, long phaseDay, long day, long total) {
    return switch (schedule) {
      case Schedule.OnDay on -> inForce && phaseDay == on.day();
      case Schedule.ByDay by -> inForce && phaseDay == by.day();
      case Schedule.ByAgreementDay by -> status != Status.NOT_BEGUN && day == by.day();
      case Schedule.BestEffort b -> inForce && b.longStop().map(d -> d == phaseDay).orElse(false);
      // windows are for releases only (E445): never a withdrawal's, a delivery's or a duty's
      case Schedule.Window w -> false;
      case Schedule.AgreementWindow w -> false;
      case Schedule.After a -> false; // conditional: releases only
      case Schedule.Batches b -> {
        if (!inForce || phaseDay < b.fromDay() || (phaseDay - b.fromDay()) % b.everyDays() != 0) {
          yield false;
        }
        long batch = (phaseDay - b.fromDay()) / b.everyDays();
        // A rate: every batch is the whole amount, on every batch day of the phase.
        yield total == 0 || b.size() == total || batch * b.size() < total;
      }
    };
  }
}
