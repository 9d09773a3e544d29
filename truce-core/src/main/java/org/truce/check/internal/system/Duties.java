package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * The withdrawals, deliveries and undertakings the adversary may breach (docs/semantics.md
 * "Breaches"), and only those a condition reads: {@code Q breached clause X} naming one, or {@code
 * Q breached} (any) and the confirmations of a breach by Q. A breach of one of these changes
 * nothing else in the state, so a clause no condition reads takes no choice and no state. Each duty
 * is a choice of the adversary on the days it can be breached: at its deadline (the end of a phase
 * day, or of a day of the agreement), on each day of a rate or a batch, or on each day an ongoing
 * undertaking is in force.
 */
public final class Duties {
  /** When a duty can be breached. */
  public enum Kind {
    /** At the end of phase day {@code day}, while the phase is in force. */
    PHASE_DAY,
    /** At the end of day {@code day} of the agreement, once the phase has begun. */
    AGREEMENT_DAY,
    /** On phase days {@code day}, {@code day + every}, ... up to {@code last} (0: no end). */
    BATCH,
    /** On every day from phase day {@code day} on, while the phase is in force. */
    ONGOING
  }

  /** One duty the adversary may breach, with the breach bits it sets (filled in once laid out). */
  public record Duty(
      PhaseClause clause,
      ClauseRef ref,
      int phase,
      Kind kind,
      long day,
      long every,
      long last,
      String text,
      Map<String, String> facts) {}

  private final List<Duty> duties = new ArrayList<>();

  /**
   * The duties of {@code adversary} that a condition of {@code agreement} reads; none without an
   * adversary.
   */
  Duties(Agreement agreement, Optional<String> adversary) {
    if (adversary.isEmpty()) {
      return;
    }
    String party = adversary.get();
    Reads reads = reads(agreement, party);
    for (int i = 0; i < agreement.phases().size(); i++) {
      Phase phase = agreement.phases().get(i);
      for (PhaseClause clause : phase.clauses()) {
        if (reads.reads(clause.ref())) {
          duty(clause, party, i).ifPresent(duties::add);
        }
      }
    }
  }

  /** What the conditions read of the adversary's breaches: any of them, or clauses by id. */
  record Reads(boolean any, Set<String> ids) {
    boolean reads(ClauseRef ref) {
      return any || ref.id().map(ids::contains).orElse(false);
    }
  }

  static Reads reads(Agreement agreement, String party) {
    boolean any = false;
    Set<String> ids = new java.util.HashSet<>();
    List<Condition> atoms = new ArrayList<>();
    for (ConditionScan.Owned owned : ConditionScan.all(agreement)) {
      BreachBits.atoms(owned.condition(), atoms);
    }
    for (Condition atom : atoms) {
      switch (atom) {
        case Condition.Breached b when b.party().equals(party) -> {
          if (b.clause().isPresent()) {
            ids.add(b.clause().get());
          } else {
            any = true;
          }
        }
        case Condition.BreachConfirmed c when c.party().equals(party) -> any = true;
        default -> {}
      }
    }
    return new Reads(any, Set.copyOf(ids));
  }

  private static Optional<Duty> duty(PhaseClause clause, String party, int phase) {
    return switch (clause) {
      case PhaseClause.Withdrawal w when w.party().equals(party) ->
          deadline(
              w.deadline(),
              w,
              phase,
              party + " does not withdraw from \"" + w.area() + "\"",
              facts(party, "withdrawal"));
      case PhaseClause.Delivery d when d.party().equals(party) -> delivery(d, phase);
      case PhaseClause.Undertaking u when u.party().equals(party) -> {
        String duty = "its undertaking \"" + u.duty() + "\"";
        String text = party + " breaches " + duty;
        Map<String, String> facts = facts(party, "undertaking");
        // With a deadline, the breach is not having kept it by then.
        yield u.deadline().isPresent()
            ? deadline(u.deadline().get(), u, phase, party + " does not keep " + duty, facts)
            : Optional.of(
                new Duty(u, u.ref(), phase, Kind.ONGOING, u.startsOnPhaseDay(), 0, 0, text, facts));
      }
      default -> Optional.empty();
    };
  }

  private static Optional<Duty> delivery(PhaseClause.Delivery d, int phase) {
    String verb = d.verb().name().toLowerCase(java.util.Locale.ROOT);
    String text =
        d.party() + " does not " + verb.replaceAll("s$", "") + " " + d.amount() + " " + d.what();
    Map<String, String> facts = facts(d.party(), "delivery");
    if (d.schedule() instanceof Schedule.Batches b) {
      // A rate (every batch the whole amount) goes on while the phase is in force; a total in
      // batches ends with its last batch. Each batch day's shortfall is a breach.
      long last =
          b.size() == d.amount()
              ? 0
              : b.fromDay() + (Math.ceilDiv(d.amount(), b.size()) - 1) * b.everyDays();
      String each =
          d.party() + " falls short of " + Math.min(b.size(), d.amount()) + " " + d.what();
      return Optional.of(
          new Duty(d, d.ref(), phase, Kind.BATCH, b.fromDay(), b.everyDays(), last, each, facts));
    }
    return deadline(d.schedule(), d, phase, text, facts);
  }

  private static Optional<Duty> deadline(
      Schedule schedule, PhaseClause clause, int phase, String text, Map<String, String> facts) {
    ClauseRef ref = clause.ref();
    return switch (schedule) {
      case Schedule.OnDay on ->
          Optional.of(new Duty(clause, ref, phase, Kind.PHASE_DAY, on.day(), 0, 0, text, facts));
      case Schedule.ByDay by ->
          Optional.of(
              new Duty(
                  clause,
                  ref,
                  phase,
                  Kind.PHASE_DAY,
                  by.day(),
                  0,
                  0,
                  text + " by day " + by.day(),
                  facts));
      case Schedule.ByAgreementDay by ->
          Optional.of(
              new Duty(
                  clause,
                  ref,
                  phase,
                  Kind.AGREEMENT_DAY,
                  by.day(),
                  0,
                  0,
                  text + " by day " + by.day() + " of the agreement",
                  facts));
      case Schedule.Batches b ->
          Optional.of(
              new Duty(clause, ref, phase, Kind.BATCH, b.fromDay(), b.everyDays(), 0, text, facts));
      case Schedule.BestEffort b ->
          b.longStop()
              .map(stop -> new Duty(clause, ref, phase, Kind.PHASE_DAY, stop, 0, 0, text, facts));
      // Windows are for releases only (E445 refuses them on other obligations): due on the last
      // day, as a deadline, should the model ever carry one.
      case Schedule.Window w ->
          Optional.of(new Duty(clause, ref, phase, Kind.PHASE_DAY, w.last(), 0, 0, text, facts));
      case Schedule.AgreementWindow w ->
          Optional.of(
              new Duty(clause, ref, phase, Kind.AGREEMENT_DAY, w.last(), 0, 0, text, facts));
      // Only releases are conditional (the grammar gives `within ... after` to nothing else).
      case Schedule.After a -> Optional.empty();
    };
  }

  private static Map<String, String> facts(String party, String obligation) {
    return Map.of("party", party, "obligation", obligation);
  }

  public List<Duty> all() {
    return duties;
  }

  /** The last phase day of {@code phase} a duty tells apart (0: none). */
  long exactUpTo(int phase) {
    long most = 0;
    for (Duty d : duties) {
      if (d.phase() == phase && d.kind() != Kind.AGREEMENT_DAY) {
        most = Math.max(most, Math.max(d.day(), d.last()));
      }
    }
    return most;
  }

  /** The batch intervals of {@code phase}'s duties: the phase day is kept modulo them. */
  List<Long> intervals(int phase) {
    return duties.stream()
        .filter(d -> d.phase() == phase && d.kind() == Kind.BATCH && d.last() == 0)
        .map(Duty::every)
        .toList();
  }

  /** The largest day of the agreement a duty reads (0: none): the day cap must cover it. */
  long largestAgreementDay() {
    return duties.stream()
        .filter(d -> d.kind() == Kind.AGREEMENT_DAY)
        .mapToLong(Duty::day)
        .max()
        .orElse(0);
  }

  /**
   * True when {@code d} can be breached on this day: phase day {@code phaseDay}, day {@code day}.
   */
  static boolean today(Duty d, long status, long phaseDay, long day) {
    return switch (d.kind()) {
      case PHASE_DAY -> status == Valuation.ACTIVE && phaseDay == d.day();
      case AGREEMENT_DAY -> status != Valuation.PENDING && day == d.day();
      case BATCH ->
          status == Valuation.ACTIVE
              && phaseDay >= d.day()
              && (d.last() == 0 || phaseDay <= d.last())
              && (phaseDay - d.day()) % d.every() == 0;
      case ONGOING -> status == Valuation.ACTIVE && phaseDay >= d.day();
    };
  }
}
