package org.truce.testing;

import static org.truce.testing.InterpreterDay.each;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.TalkState;

/**
 * A second, plain reading of docs/semantics.md, written from the page and not from the checker's
 * step function or the timeline's simulator, so that tests can compare them with it (HOUSE-STYLE
 * item 9). Given an agreement (and an adversary, or none), {@link #successors} lists every end of
 * the next day the text allows from a state, each with the events of the day; a state is what the
 * page calls one: phases, what is held and released, talks and judgements, hostilities, pending
 * counter-releases, assurances ended for good, and the outcome.
 *
 * <p>It is meant to be obviously right, not fast: states are maps and lists, copied at every
 * choice; days are counted exactly (no abstraction of the day or the phase day); every amount of a
 * release before its deadline is a choice unless the caller narrows them.
 *
 * <p>This class holds the states and the order of a day's stages ({@link #successors}); each stage
 * lives in a small class beside it, read from its part of the page: {@link InterpreterPhases}
 * (phases begin, end and are extended), {@link InterpreterReleases} (releases, exchanges, orders,
 * breaches of duties), {@link InterpreterTalks} (talks, judgements, confirmations), {@link
 * InterpreterRightsAndEndings} (assurances, rights, conclusion, lapse), over {@link
 * InterpreterHoldings} (held lines and draws) and {@link InterpreterEvaluation} (conditions).
 */
public final class Interpreter {
  /** Where a phase stands. */
  public enum Status {
    NOT_BEGUN,
    IN_FORCE,
    ENDED
  }

  /** How a run stands: in force, concluded, or ended by a party (lawfully or in breach). */
  public static final String IN_FORCE = "in force";

  public static final String CONCLUDED = "concluded";

  /** The agreement lapsed (step 10): finished, not concluded, and it binds no one. */
  public static final String LAPSED = "lapsed";

  /** One held line: a holder, a category, the units stated. */
  public record Line(String holder, Category category, long count, List<Category> either) {}

  /** One event of a day, as the witness events' facts say it. */
  public record Event(
      String kind, Optional<String> phase, ClauseRef clause, Map<String, String> facts) {
    public Event {
      facts = Map.copyOf(new TreeMap<>(facts));
    }

    @Override
    public String toString() {
      return kind + " " + phase.orElse("-") + " " + clause + " " + new TreeMap<>(facts);
    }
  }

  /** The state at the end of a day. Mutable while a day is built; then only read. */
  public static final class State {
    long day;
    final TreeMap<String, Status> status = new TreeMap<>();
    final TreeMap<String, Long> phaseDay = new TreeMap<>();
    final TreeMap<String, Long> daysLeft = new TreeMap<>();
    final TreeMap<String, Long> extensionTaken = new TreeMap<>();
    // Phase name to the extension clause (its index in the phase) whose releases fall due today.
    final TreeMap<String, Integer> stepDue = new TreeMap<>();
    // "line index|name" to the units drawn from that line, counted as released under the name.
    final TreeMap<String, Long> drawn = new TreeMap<>();
    // Release clause key to the units released under it (releases with a count).
    final TreeMap<String, Long> releasedUnder = new TreeMap<>();
    // Talks: on phase to state; judgements: "judge|on" to what the judge holds. Absent: not begun.
    final TreeMap<String, TalkState> talks = new TreeMap<>();
    final TreeMap<String, TalkState> judgements = new TreeMap<>();
    HostilityState hostilities = HostilityState.ACTIVE;
    // Exchange clause key to the units answered 1, 2, ... days ago, still to be paid.
    final TreeMap<String, List<Long>> pending = new TreeMap<>();
    // Lump clause key to the units of its group released so far, up to the group's size.
    final TreeMap<String, Long> groups = new TreeMap<>();
    // Conditional release clause key to the day of its period: absent before it is armed, N + 1
    // once its last day has passed (InterpreterConditionals).
    final TreeMap<String, Long> since = new TreeMap<>();
    final TreeMap<String, Boolean> assuranceOver = new TreeMap<>();
    String outcome = IN_FORCE;
    // Breaches remembered for good: "party" (some obligation) and "party|clause id".
    final TreeSet<String> breaches = new TreeSet<>();
    // Confirmations remembered for good: "mediator|party".
    final TreeSet<String> confirmed = new TreeSet<>();

    /** Remembers a breach of the clause {@code ref} by {@code party}. */
    void breach(String party, ClauseRef ref) {
      breaches.add(party);
      ref.id().ifPresent(id -> breaches.add(party + "|" + id));
    }

    State copy() {
      State s = new State();
      s.day = day;
      s.status.putAll(status);
      s.phaseDay.putAll(phaseDay);
      s.daysLeft.putAll(daysLeft);
      s.extensionTaken.putAll(extensionTaken);
      s.stepDue.putAll(stepDue);
      s.drawn.putAll(drawn);
      s.releasedUnder.putAll(releasedUnder);
      s.talks.putAll(talks);
      s.judgements.putAll(judgements);
      s.hostilities = hostilities;
      pending.forEach((k, v) -> s.pending.put(k, new ArrayList<>(v)));
      s.groups.putAll(groups);
      s.since.putAll(since);
      s.assuranceOver.putAll(assuranceOver);
      s.outcome = outcome;
      s.breaches.addAll(breaches);
      s.confirmed.addAll(confirmed);
      return s;
    }

    public long day() {
      return day;
    }

    public Status status(String phase) {
      return status.get(phase);
    }

    public HostilityState hostilities() {
      return hostilities;
    }

    public String outcome() {
      return outcome;
    }

    public Optional<TalkState> talks(String on) {
      return Optional.ofNullable(talks.get(on));
    }

    /**
     * What the page calls the state without the counters of days (the day, phase days, days left,
     * extension days taken): what no condition can tell apart once every schedule is past, so what
     * a lasso's last day must share with its loop day.
     */
    public String withoutDays() {
      return "status="
          + status
          + " stepDue="
          + stepDue
          + " drawn="
          + nonZero(drawn)
          + " releasedUnder="
          + nonZero(releasedUnder)
          + " talks="
          + talks
          + " judgements="
          + judgements
          + " hostilities="
          + hostilities
          + " pending="
          + pending
          + " groups="
          + groups
          + " since="
          + since
          + " over="
          + assuranceOver
          + " outcome="
          + outcome;
    }

    private static TreeMap<String, Long> nonZero(TreeMap<String, Long> map) {
      TreeMap<String, Long> out = new TreeMap<>();
      map.forEach(
          (k, v) -> {
            if (v != 0) {
              out.put(k, v);
            }
          });
      return out;
    }

    @Override
    public String toString() {
      return "day="
          + day
          + " phaseDay="
          + phaseDay
          + " daysLeft="
          + daysLeft
          + " extensionTaken="
          + extensionTaken
          + " breaches="
          + breaches
          + " confirmed="
          + confirmed
          + " "
          + withoutDays();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof State s && s.toString().equals(toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }
  }

  /** One allowed end of a day: the state and what happened. */
  public record Step(State state, List<Event> events) {}

  /**
   * The amounts to try for a release before its deadline, given the clause and the most it may
   * release today; {@link #EVERY_AMOUNT} tries 0 to the most.
   */
  public interface Amounts extends BiFunction<PhaseClause.Release, Long, List<Long>> {}

  public static final Amounts EVERY_AMOUNT =
      (clause, most) -> {
        List<Long> all = new ArrayList<>();
        for (long a = 0; a <= most; a++) {
          all.add(a);
        }
        return all;
      };
  private final Agreement agreement;
  private final InterpreterHoldings holdings;
  private final InterpreterEvaluation evaluation;
  private final InterpreterConditionals conditionals;
  private final InterpreterPhases phases;
  private final InterpreterReleases releases;
  private final InterpreterTalks talks;
  private final InterpreterRightsAndEndings endings;

  public Interpreter(Agreement agreement, Optional<String> adversary) {
    this.agreement = agreement;
    this.holdings = new InterpreterHoldings(agreement);
    this.evaluation = new InterpreterEvaluation(holdings);
    List<Condition> conditions = InterpreterEvaluation.conditions(agreement);
    this.conditionals = new InterpreterConditionals(agreement);
    this.phases = new InterpreterPhases(agreement, adversary, holdings, evaluation);
    this.releases =
        new InterpreterReleases(
            agreement,
            adversary,
            holdings,
            new InterpreterDuties(agreement, adversary, conditions));
    this.talks = new InterpreterTalks(agreement, conditions);
    this.endings = new InterpreterRightsAndEndings(agreement, adversary, evaluation);
  }

  public Agreement agreement() {
    return agreement;
  }

  public List<Line> lines() {
    return holdings.lines();
  }

  /** Before day 1: nothing begun, nothing released, hostilities active. */
  public State initial() {
    State s = new State();
    for (Phase p : agreement.phases()) {
      s.status.put(p.name(), Status.NOT_BEGUN);
      s.phaseDay.put(p.name(), 0L);
      s.daysLeft.put(p.name(), 0L);
      s.extensionTaken.put(p.name(), 0L);
    }
    return s;
  }

  // ---- figures and conditions (InterpreterHoldings, InterpreterEvaluation) --------------------

  /** What is left on a held line. */
  public long left(State s, int line) {
    return holdings.left(s, line);
  }

  /** {@code held C [by P]}: what is left on the lines at, below or above C. */
  public long held(State s, Category c, Optional<String> by) {
    return holdings.held(s, c, by);
  }

  /** {@code released C [by P]}: units counted under C or a category below it. */
  public long released(State s, Category c, Optional<String> by) {
    return holdings.released(s, c, by);
  }

  /** Every unit {@code party} has released. */
  public long releasedBy(State s, String party) {
    return holdings.releasedBy(s, party);
  }

  /** Units released from a held line, all names together. */
  public long releasedFromLine(State s, int line) {
    return holdings.releasedFromLine(s, line);
  }

  public boolean holds(Condition c, State s) {
    return evaluation.holds(c, s);
  }

  public long value(Figure f, State s) {
    return evaluation.value(f, s);
  }

  /** The rights {@code party} may lawfully exercise in {@code s}, the first clause per action. */
  public Map<RightAction, PhaseClause.Right> lawfulRights(State s, String party) {
    return endings.lawfulRights(s, party);
  }

  // ---- one day ----------------------------------------------------------------------------------

  /** A step with whether some release of the day was short (less held than due). */
  public record Outcome(Step step, boolean shortfall) {}

  /**
   * Every end of the next day the text allows from {@code pre}, with every amount of {@link
   * #EVERY_AMOUNT}. None when the run is finished.
   */
  public List<Step> successors(State pre) {
    return successors(pre, EVERY_AMOUNT).stream().map(Outcome::step).toList();
  }

  /** Every allowed end of the next day, trying the amounts {@code amounts} gives. */
  public List<Outcome> successors(State pre, Amounts amounts) {
    if (!pre.outcome.equals(IN_FORCE)) {
      return List.of();
    }
    InterpreterDay start = new InterpreterDay();
    start.s = pre.copy();
    List<InterpreterDay> days = List.of(start);
    // 1. The day advances.
    days = each(days, d -> List.of(phases.advance(d)));
    // 2. Phases begin, read over the state at the end of the day before.
    days = each(days, d -> List.of(phases.begin(d, pre)));
    // ... then conditional releases move: armed ones count a day, triggers read over the day
    // before.
    days =
        each(
            days,
            d -> {
              conditionals.move(d.s, pre, evaluation::holds, d::event);
              return List.of(d);
            });
    // 3. Obligations fall due, phase by phase, clause by clause.
    for (int p = 0; p < agreement.phases().size(); p++) {
      Phase phase = agreement.phases().get(p);
      for (int k = 0; k < phase.clauses().size(); k++) {
        int pi = p;
        int ki = k;
        days = each(days, d -> obligation(d, pi, ki, amounts));
      }
    }
    // ... and the adversary may breach a withdrawal, delivery or undertaking a condition reads.
    days = each(days, releases::breachDuties);
    // 4. Talks move and are judged.
    days = each(days, talks::talks);
    days = each(days, talks::judge);
    // Mediators may confirm a breach made on an earlier day.
    days = each(days, d -> talks.confirmations(d, pre));
    // 5. Exchanges answer the day's releases.
    for (int p = 0; p < agreement.phases().size(); p++) {
      Phase phase = agreement.phases().get(p);
      for (int k = 0; k < phase.clauses().size(); k++) {
        if (phase.clauses().get(k) instanceof PhaseClause.Exchange x) {
          int pi = p;
          String key = p + "/" + k;
          days = each(days, d -> releases.exchange(d, agreement.phases().get(pi), key, x));
        }
      }
    }
    // Orders between releases, read at the end of the day's releases (docs/semantics.md).
    days = each(days, d -> releases.orders(d, pre));
    // 6. Phases end or are extended.
    for (Phase phase : agreement.phases()) {
      days = each(days, d -> phases.endOrExtend(d, phase));
    }
    // 7. Assurances are kept: a day on which one in force fails is not a compliant continuation.
    days = each(days, d -> endings.assurancesKept(d.s, true) ? List.of(d) : List.of());
    // 8. Parties may exercise rights.
    days = each(days, endings::rights);
    // 9. The agreement may conclude.
    days = each(days, d -> List.of(endings.conclude(d)));
    // 10. The agreement may lapse, if it was neither ended by a right nor concluded that day.
    days = each(days, d -> List.of(endings.lapse(d)));
    List<Outcome> out = new ArrayList<>();
    for (InterpreterDay d : days) {
      out.add(new Outcome(new Step(d.s, List.copyOf(d.events)), d.shortfall));
    }
    return out;
  }

  /**
   * Step 3 for clause {@code k} of phase {@code p}: the stage of its kind (a release, the releases
   * of an extension step, talks to begin); a release that outlives its phase still falls due.
   */
  private List<InterpreterDay> obligation(InterpreterDay d, int p, int k, Amounts amounts) {
    Phase phase = agreement.phases().get(p);
    PhaseClause clause = phase.clauses().get(k);
    if (d.s.status.get(phase.name()) != Status.IN_FORCE) {
      // docs/semantics.md "Deadlines in days of the agreement" and "Conditional releases": such
      // a release outlives its phase.
      return d.s.status.get(phase.name()) == Status.ENDED
              && clause instanceof PhaseClause.Release r
              && (r.schedule().orElse(null) instanceof Schedule.ByAgreementDay
                  || r.schedule().orElse(null) instanceof Schedule.AgreementWindow
                  || InterpreterConditionals.conditional(r))
          ? releases.release(d, phase, p + "/" + k, r, 0, amounts)
          : List.of(d);
    }
    long phaseDay = d.s.phaseDay.get(phase.name());
    return switch (clause) {
      case PhaseClause.Release r -> releases.release(d, phase, p + "/" + k, r, phaseDay, amounts);
      case PhaseClause.Extension e -> phases.stepRelease(d, phase, k, e);
      case PhaseClause.Talks t -> talks.talksBegin(d, phase, t, phaseDay);
      default -> List.of(d);
    };
  }
}
