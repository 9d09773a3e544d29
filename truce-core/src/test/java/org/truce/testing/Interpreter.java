package org.truce.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Holdings;
import org.truce.model.Interest;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.model.Schedule;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;
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
  private final InterpreterInstruments ranks;
  private final Optional<String> adversary;
  private final List<Line> lines = new ArrayList<>();
  private final List<String> parties;
  private final List<Judge> judges = new ArrayList<>();
  private final List<Condition.BreachConfirmed> confirmationsRead = new ArrayList<>();
  private final InterpreterDuties duties;
  private final InterpreterConditionals conditionals;

  private record Judge(String judge, String on) {
    String key() {
      return judge + "|" + on;
    }
  }

  public Interpreter(Agreement agreement, Optional<String> adversary) {
    this.agreement = agreement;
    this.ranks = new InterpreterInstruments(agreement);
    this.adversary = adversary;
    for (Holdings block : agreement.holdings()) {
      for (Holdings.Entry e : block.entries()) {
        lines.add(new Line(block.holder(), e.category(), e.count(), e.either()));
      }
    }
    parties = agreement.actors().stream().filter(a -> a.has(Role.PARTY)).map(Actor::name).toList();
    Set<Judge> found = new LinkedHashSet<>();
    for (Condition c : conditions()) {
      collectJudges(c, found);
    }
    judges.addAll(found);
    Set<Condition.BreachConfirmed> confirmations = new LinkedHashSet<>();
    for (Condition c : conditions()) {
      collectConfirmations(c, confirmations);
    }
    confirmationsRead.addAll(confirmations);
    duties = new InterpreterDuties(agreement, adversary, conditions());
    conditionals = new InterpreterConditionals(agreement);
  }

  private static void collectConfirmations(Condition c, Set<Condition.BreachConfirmed> out) {
    switch (c) {
      case Condition.And a -> {
        collectConfirmations(a.left(), out);
        collectConfirmations(a.right(), out);
      }
      case Condition.Or o -> {
        collectConfirmations(o.left(), out);
        collectConfirmations(o.right(), out);
      }
      case Condition.Not n -> collectConfirmations(n.operand(), out);
      case Condition.BreachConfirmed b -> out.add(b);
      default -> {}
    }
  }

  public Agreement agreement() {
    return agreement;
  }

  public List<Line> lines() {
    return List.copyOf(lines);
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

  // ---- figures and conditions -----------------------------------------------------------------

  /** What is left on a held line. */
  public long left(State s, int line) {
    long drawn = 0;
    for (var e : s.drawn.entrySet()) {
      if (lineOf(e.getKey()) == line) {
        drawn += e.getValue();
      }
    }
    return lines.get(line).count() - drawn;
  }

  /** {@code held C [by P]}: what is left on the lines at, below or above C. */
  public long held(State s, Category c, Optional<String> by) {
    long sum = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (by.map(l.holder()::equals).orElse(true)
          && (c.covers(l.category())
              || l.category().covers(c)
              || InterpreterStatus.mayBe(l.either(), c))) {
        sum += left(s, i);
      }
    }
    return sum;
  }

  /** {@code released C [by P]}: units counted under C or a category below it. */
  public long released(State s, Category c, Optional<String> by) {
    long sum = 0;
    for (var e : s.drawn.entrySet()) {
      Line l = lines.get(lineOf(e.getKey()));
      Category name = nameOf(e.getKey());
      // Units revealed from a line of unknown status count under what they turned out to be, and
      // under the line's own category and those above it.
      boolean revealed = l.either().contains(name) && c.covers(l.category());
      if (by.map(l.holder()::equals).orElse(true) && (c.covers(name) || revealed)) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** Every unit {@code party} has released. */
  public long releasedBy(State s, String party) {
    long sum = 0;
    for (var e : s.drawn.entrySet()) {
      if (lines.get(lineOf(e.getKey())).holder().equals(party)) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** Units released from a held line, all names together. */
  public long releasedFromLine(State s, int line) {
    return lines.get(line).count() - left(s, line);
  }

  private static int lineOf(String key) {
    return Integer.parseInt(key.substring(0, key.indexOf('|')));
  }

  private static Category nameOf(String key) {
    return new Category(key.substring(key.indexOf('|') + 1));
  }

  public boolean holds(Condition c, State s) {
    return switch (c) {
      case Condition.And a -> holds(a.left(), s) && holds(a.right(), s);
      case Condition.Or o -> holds(o.left(), s) || holds(o.right(), s);
      case Condition.Not n -> !holds(n.operand(), s);
      case Condition.Constant k -> k.value();
      case Condition.HostilitiesAre h -> s.hostilities == h.state();
      case Condition.PhaseIs p -> {
        Status st = s.status.get(p.phase());
        yield st != null
            && switch (p.state()) {
              case BEGUN -> st != Status.NOT_BEGUN;
              case ACTIVE -> st == Status.IN_FORCE;
              case ENDED -> st == Status.ENDED;
            };
      }
      case Condition.TalksAre t -> {
        TalkState st =
            t.judgedBy().isPresent()
                ? s.judgements.get(t.judgedBy().get() + "|" + t.onPhase())
                : s.talks.get(t.onPhase());
        yield st != null && (t.state() == TalkState.BEGUN || st == t.state());
      }
      case Condition.AllReleased a -> held(s, a.category(), a.by()) == 0;
      case Condition.Breached b ->
          s.breaches.contains(b.party() + b.clause().map(id -> "|" + id).orElse(""));
      case Condition.BreachConfirmed k -> s.confirmed.contains(k.mediator() + "|" + k.party());
      case Condition.Compare k -> {
        long l = value(k.left(), s);
        long r = value(k.right(), s);
        yield switch (k.op()) {
          case LESS -> l < r;
          case LESS_OR_EQUAL -> l <= r;
          case GREATER -> l > r;
          case GREATER_OR_EQUAL -> l >= r;
          case EQUAL -> l == r;
          case NOT_EQUAL -> l != r;
        };
      }
    };
  }

  public long value(Figure f, State s) {
    return switch (f) {
      case Figure.Literal l -> l.value();
      case Figure.Day d -> s.day;
      case Figure.Released r -> released(s, r.category(), r.by());
      case Figure.Held h -> held(s, h.category(), h.by());
    };
  }

  // ---- one day ----------------------------------------------------------------------------------

  /** A day being built: the state so far, the events, and today's releases for the exchanges. */
  private static final class Day {
    State s;
    List<Event> events = new ArrayList<>();
    // Today's releases, part by part: releasing party, name counted under, units.
    List<Object[]> parts = new ArrayList<>();
    Set<String> talksBegunToday = new LinkedHashSet<>();
    boolean shortfall;
    // The draw being made: units still to draw, and the statuses it revealed.
    long drawLeft;
    Map<Category, Long> revealed = new LinkedHashMap<>();

    Day copy() {
      Day d = new Day();
      d.s = s.copy();
      d.events = new ArrayList<>(events);
      d.parts = new ArrayList<>(parts);
      d.talksBegunToday = new LinkedHashSet<>(talksBegunToday);
      d.shortfall = shortfall;
      d.drawLeft = drawLeft;
      d.revealed = new LinkedHashMap<>(revealed);
      return d;
    }

    void event(String kind, String phase, ClauseRef ref, Map<String, String> facts) {
      events.add(new Event(kind, Optional.ofNullable(phase), ref, facts));
    }
  }

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
    Day start = new Day();
    start.s = pre.copy();
    List<Day> days = List.of(start);
    // 1. The day advances.
    days = each(days, d -> List.of(advance(d)));
    // 2. Phases begin, read over the state at the end of the day before.
    days = each(days, d -> List.of(begin(d, pre)));
    // ... then conditional releases move: armed ones count a day, triggers read over the day
    // before.
    days =
        each(
            days,
            d -> {
              conditionals.move(d.s, pre, this::holds, d::event);
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
    days = each(days, this::breachDuties);
    // 4. Talks move and are judged.
    days = each(days, this::talks);
    days = each(days, this::judge);
    // Mediators may confirm a breach made on an earlier day.
    days = each(days, d -> confirmations(d, pre));
    // 5. Exchanges answer the day's releases.
    for (int p = 0; p < agreement.phases().size(); p++) {
      Phase phase = agreement.phases().get(p);
      for (int k = 0; k < phase.clauses().size(); k++) {
        if (phase.clauses().get(k) instanceof PhaseClause.Exchange x) {
          int pi = p;
          String key = p + "/" + k;
          days = each(days, d -> exchange(d, agreement.phases().get(pi), key, x));
        }
      }
    }
    // Orders between releases, read at the end of the day's releases (docs/semantics.md).
    days = each(days, d -> orders(d, pre));
    // 6. Phases end or are extended.
    for (Phase phase : agreement.phases()) {
      days = each(days, d -> endOrExtend(d, phase));
    }
    // 7. Assurances are kept: a day on which one in force fails is not a compliant continuation.
    days = each(days, d -> assurancesKept(d.s, true) ? List.of(d) : List.of());
    // 8. Parties may exercise rights.
    days = each(days, this::rights);
    // 9. The agreement may conclude.
    days = each(days, d -> List.of(conclude(d)));
    // 10. The agreement may lapse, if it was neither ended by a right nor concluded that day.
    days = each(days, d -> List.of(lapse(d)));
    List<Outcome> out = new ArrayList<>();
    for (Day d : days) {
      out.add(new Outcome(new Step(d.s, List.copyOf(d.events)), d.shortfall));
    }
    return out;
  }

  private static List<Day> each(List<Day> days, Function<Day, List<Day>> stage) {
    List<Day> out = new ArrayList<>();
    for (Day d : days) {
      out.addAll(stage.apply(d));
    }
    return out;
  }

  private Day advance(Day d) {
    d.s.day++;
    for (Phase p : agreement.phases()) {
      if (d.s.status.get(p.name()) == Status.IN_FORCE) {
        d.s.phaseDay.merge(p.name(), 1L, Long::sum);
        if (p.durationDays().isPresent()) {
          d.s.daysLeft.merge(p.name(), -1L, Long::sum);
        }
      }
    }
    return d;
  }

  private Day begin(Day d, State pre) {
    State dayBefore = pre.copy();
    dayBefore.day = d.s.day; // the `day` figure reads as today
    List<Phase> phases = agreement.phases();
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      if (d.s.status.get(p.name()) != Status.NOT_BEGUN) {
        continue;
      }
      boolean begins =
          switch (p.entry()) {
            case Phase.Entry.OnDay on -> on.day() == d.s.day;
            case Phase.Entry.After a -> pre.status.get(a.phase()) == Status.ENDED;
            case Phase.Entry.When w ->
                (i == 0 || pre.status.get(phases.get(i - 1).name()) == Status.ENDED)
                    && holds(w.condition(), dayBefore);
          };
      if (!begins) {
        continue;
      }
      d.s.status.put(p.name(), Status.IN_FORCE);
      d.s.phaseDay.put(p.name(), 1L);
      d.s.daysLeft.put(p.name(), p.durationDays().map(n -> n - 1).orElse(0L));
      d.event("phase-begins", p.name(), p.ref(), Map.of());
      for (PhaseClause c : p.clauses()) {
        if (c instanceof PhaseClause.Hostilities h) {
          d.s.hostilities = h.state();
          d.event("hostilities", p.name(), h.ref(), Map.of("state", word(h.state())));
        }
      }
    }
    return d;
  }

  private List<Day> obligation(Day d, int p, int k, Amounts amounts) {
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
          ? release(d, phase, p + "/" + k, r, 0, amounts)
          : List.of(d);
    }
    long phaseDay = d.s.phaseDay.get(phase.name());
    return switch (clause) {
      case PhaseClause.Release r -> release(d, phase, p + "/" + k, r, phaseDay, amounts);
      case PhaseClause.Extension e -> stepRelease(d, phase, k, e);
      case PhaseClause.Talks t -> talksBegin(d, phase, t, phaseDay);
      default -> List.of(d);
    };
  }

  private List<Day> release(
      Day d, Phase phase, String key, PhaseClause.Release r, long phaseDay, Amounts amounts) {
    // The schedule: a release with none is due by the last day of its phase before extensions,
    // or, in an open-ended phase, on its first day.
    Schedule schedule =
        r.schedule()
            .orElseGet(
                () ->
                    phase.durationDays().isPresent()
                        ? new Schedule.ByDay(phase.durationDays().get())
                        : new Schedule.OnDay(1));
    long available = available(d.s, r.party(), r.category());
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
    List<Day> out = new ArrayList<>();
    if (choice) {
      // Before the deadline the releasing party chooses how many, up to what it still holds.
      for (long amount : amounts.apply(r, Math.min(due, available))) {
        Day next = d.copy();
        if (amount > 0) {
          next.s.releasedUnder.merge(key, amount, Long::sum);
          out.addAll(make(next, phase, r.party(), r.category(), amount, r.ref(), true));
        } else {
          out.add(next);
        }
      }
      return out;
    }
    Day keep = d.copy();
    if (r.count().isPresent()) {
      keep.s.releasedUnder.merge(key, due, Long::sum);
    }
    out.addAll(make(keep, phase, r.party(), r.category(), due, r.ref(), true));
    if (adversary.filter(r.party()::equals).isPresent()) {
      Day breach = d.copy();
      breach.event("breach", phase.name(), r.ref(), facts(r.party(), r.category(), due));
      breach.s.breach(r.party(), r.ref());
      out.add(breach);
    }
    return out;
  }

  /** Each breach of a duty the adversary may choose today, or not (InterpreterDuties). */
  private List<Day> breachDuties(Day d) {
    List<Day> out = List.of(d);
    for (InterpreterDuties.Breach b : duties.today(d.s)) {
      List<Day> next = new ArrayList<>();
      for (Day day : out) {
        next.add(day);
        Day breach = day.copy();
        breach.event("breach", b.phase().name(), b.clause().ref(), b.facts());
        breach.s.breach(b.facts().get("party"), b.clause().ref());
        next.add(breach);
      }
      out = next;
    }
    return out;
  }

  /** The releases an extension step comes with, on the first day of the step. */
  private List<Day> stepRelease(Day d, Phase phase, int k, PhaseClause.Extension e) {
    Integer due = d.s.stepDue.get(phase.name());
    if (due == null || due != k) {
      return List.of(d);
    }
    d.s.stepDue.remove(phase.name());
    var per = (PhaseClause.Extension.Trigger.PerReleases) e.trigger();
    String party = stepReleaser(per);
    List<Day> out = new ArrayList<>();
    Day keep = d.copy();
    out.addAll(make(keep, phase, party, per.category(), per.count(), e.ref(), true));
    if (adversary.filter(party::equals).isPresent()) {
      Day breach = d.copy();
      breach.event("breach", phase.name(), e.ref(), facts(party, per.category(), per.count()));
      breach.s.breach(party, e.ref());
      out.add(breach);
    }
    return out;
  }

  /** The party that releases an extension step's units: the one named, or the first holder. */
  private String stepReleaser(PhaseClause.Extension.Trigger.PerReleases per) {
    if (per.by().isPresent()) {
      return per.by().get();
    }
    for (Line l : lines) {
      if (per.category().covers(l.category()) || l.category().covers(per.category())) {
        return l.holder();
      }
    }
    throw new IllegalStateException("nobody holds " + per.category());
  }

  private List<Day> talksBegin(Day d, Phase phase, PhaseClause.Talks t, long phaseDay) {
    if (d.s.talks.containsKey(t.onPhase()) || phaseDay > t.beginByDay()) {
      return List.of(d);
    }
    List<Day> out = new ArrayList<>();
    if (phaseDay < t.beginByDay()) {
      out.add(d.copy()); // not yet: the environment chooses the day
    }
    for (TalkState state : List.of(TalkState.PROGRESSING, TalkState.STALLED, TalkState.AGREED)) {
      Day next = d.copy();
      next.s.talks.put(t.onPhase(), state);
      next.talksBegunToday.add(t.onPhase());
      next.event(
          "talks-begin", phase.name(), t.ref(), Map.of("on", t.onPhase(), "state", word(state)));
      out.add(next);
    }
    return out;
  }

  /** Each confirmation a condition reads, of a breach made before today: the mediator chooses. */
  private List<Day> confirmations(Day d, State pre) {
    List<Day> out = List.of(d);
    for (Condition.BreachConfirmed c : confirmationsRead) {
      String key = c.mediator() + "|" + c.party();
      if (!pre.breaches.contains(c.party()) || d.s.confirmed.contains(key)) {
        continue;
      }
      List<Day> next = new ArrayList<>();
      for (Day day : out) {
        next.add(day);
        Day confirm = day.copy();
        confirm.s.confirmed.add(key);
        confirm.event(
            "confirmation",
            null,
            ClauseRef.NONE,
            Map.of("mediator", c.mediator(), "party", c.party()));
        next.add(confirm);
      }
      out = next;
    }
    return out;
  }

  private List<Day> talks(Day d) {
    List<Day> days = List.of(d);
    for (String on : List.copyOf(d.s.talks.keySet())) {
      TalkState was = d.s.talks.get(on);
      if (d.talksBegunToday.contains(on) || was == TalkState.AGREED) {
        continue;
      }
      ClauseRef ref = talksClause(on).ref();
      List<Day> out = new ArrayList<>();
      for (Day day : days) {
        for (TalkState state :
            List.of(TalkState.PROGRESSING, TalkState.STALLED, TalkState.AGREED)) {
          Day next = day.copy();
          next.s.talks.put(on, state);
          if (state != was) {
            next.event("talks", null, ref, Map.of("on", on, "state", word(state)));
          }
          out.add(next);
        }
      }
      days = out;
    }
    return days;
  }

  private List<Day> judge(Day d) {
    List<Day> days = List.of(d);
    for (Judge j : judges) {
      List<Day> out = new ArrayList<>();
      for (Day day : days) {
        TalkState actual = day.s.talks.get(j.on());
        TalkState old = day.s.judgements.get(j.key());
        if (actual == null || actual == TalkState.AGREED) {
          Day next = day.copy();
          if (actual == null) {
            next.s.judgements.remove(j.key());
          } else {
            next.s.judgements.put(j.key(), actual);
          }
          out.add(next);
          continue;
        }
        // P judges them progressing or stalled, whatever they are.
        for (TalkState state : List.of(TalkState.PROGRESSING, TalkState.STALLED)) {
          Day next = day.copy();
          next.s.judgements.put(j.key(), state);
          if (state != old && state != actual) {
            next.event(
                "judgement",
                null,
                judgementRef(j),
                Map.of("judge", j.judge(), "on", j.on(), "state", word(state)));
          }
          out.add(next);
        }
      }
      days = out;
    }
    return days;
  }

  private List<Day> exchange(Day d, Phase phase, String key, PhaseClause.Exchange x) {
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
    List<Day> out = new ArrayList<>();
    for (Day keep : draw(d.copy(), x.party(), x.category(), owed, false)) {
      long made = owed - keep.drawLeft;
      keep.shortfall |= made < owed;
      Map<String, String> facts = new TreeMap<>(facts(x.party(), x.category(), made));
      facts.put("units", Long.toString(units));
      revealedFact(keep, facts);
      keep.event("counter-release", phase.name(), x.ref(), facts);
      out.add(keep);
    }
    if (adversary.filter(x.party()::equals).isPresent()) {
      Day breach = d.copy();
      breach.event("breach", phase.name(), x.ref(), facts(x.party(), x.category(), owed));
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

  private List<Day> endOrExtend(Day d, Phase phase) {
    String name = phase.name();
    if (d.s.status.get(name) != Status.IN_FORCE) {
      return List.of(d);
    }
    if (phase.endsWhen().isPresent() && holds(phase.endsWhen().get(), d.s)) {
      end(d, phase);
      return List.of(d);
    }
    if (phase.durationDays().isEmpty() || d.s.daysLeft.get(name) > 0) {
      return List.of(d);
    }
    // On its last planned day: the first extension clause that allows a step.
    return extend(d, phase, 0);
  }

  private List<Day> extend(Day d, Phase phase, int from) {
    String name = phase.name();
    for (int k = from; k < phase.clauses().size(); k++) {
      if (!(phase.clauses().get(k) instanceof PhaseClause.Extension e)) {
        continue;
      }
      long taken = d.s.extensionTaken.get(name);
      if (e.capDays().isPresent() && taken + e.stepDays() > e.capDays().get()) {
        continue;
      }
      switch (e.trigger()) {
        case PhaseClause.Extension.Trigger.While w -> {
          if (holds(w.condition(), d.s)) {
            take(d, phase, k, e, false);
            return List.of(d); // not a choice: the phase goes on
          }
        }
        case PhaseClause.Extension.Trigger.PerReleases per -> {
          if (available(d.s, stepReleaser(per), per.category()) >= per.count()) {
            // The releasing party chooses whether to extend.
            Day taking = d.copy();
            take(taking, phase, k, e, true);
            List<Day> out = new ArrayList<>();
            out.add(taking);
            out.addAll(extend(d, phase, k + 1));
            return out;
          }
        }
      }
    }
    end(d, phase);
    return List.of(d);
  }

  private void take(Day d, Phase phase, int k, PhaseClause.Extension e, boolean withReleases) {
    String name = phase.name();
    d.s.daysLeft.merge(name, e.stepDays(), Long::sum);
    d.s.extensionTaken.merge(name, e.stepDays(), Long::sum);
    if (withReleases) {
      d.s.stepDue.put(name, k);
    }
    d.event("extension", name, e.ref(), Map.of("days", Long.toString(e.stepDays())));
  }

  private void end(Day d, Phase phase) {
    d.s.status.put(phase.name(), Status.ENDED);
    d.s.stepDue.remove(phase.name());
    d.event("phase-ends", phase.name(), phase.ref(), Map.of());
  }

  /**
   * True when every assurance in force holds in {@code s}. With {@code update}, an {@code until S}
   * whose S holds ends its assurance for good.
   */
  boolean assurancesKept(State s, boolean update) {
    return assurancesKept(s, update, Integer.MIN_VALUE);
  }

  /** The same, reading only the assurances of rank {@code atLeast} or higher. */
  private boolean assurancesKept(State s, boolean update, int atLeast) {
    boolean kept = true;
    int i = 0;
    for (PhaseClause.Assurance a : agreement.assurances()) {
      boolean read = ranks.rank(a.ref()) >= atLeast;
      kept &= kept(s, a, "top/" + i++, read, update);
    }
    for (Phase p : agreement.phases()) {
      for (int k = 0; k < p.clauses().size(); k++) {
        if (p.clauses().get(k) instanceof PhaseClause.Assurance a) {
          boolean inForce = s.status.get(p.name()) == Status.IN_FORCE && 0 >= atLeast;
          kept &= kept(s, a, p.name() + "/" + k, inForce, update);
        }
      }
    }
    return kept;
  }

  private boolean kept(
      State s, PhaseClause.Assurance a, String key, boolean inForce, boolean update) {
    if (!inForce) {
      return true;
    }
    if (a.scope().isPresent()) {
      var scope = a.scope().get();
      boolean holds = holds(scope.condition(), s);
      if (scope.kind() == ScopeKind.UNTIL) {
        if (s.assuranceOver.getOrDefault(key, false)) {
          return true;
        }
        if (holds) {
          if (update) {
            s.assuranceOver.put(key, true);
          }
          return true;
        }
      } else if (!holds) {
        return true;
      }
    }
    return holds(a.condition(), s);
  }

  /** The rights {@code party} may lawfully exercise in {@code s}, the first clause per action. */
  public Map<RightAction, PhaseClause.Right> lawfulRights(State s, String party) {
    Map<RightAction, PhaseClause.Right> found = new TreeMap<>();
    for (var r : rightsInForce(s)) {
      if (!r.party().equals(party) || found.containsKey(r.action())) {
        continue;
      }
      if (r.when().isPresent() && !holds(r.when().get(), s)) {
        continue;
      }
      // Unless exercising it would make an assurance in force false that day, of the right's
      // rank or higher (an assurance of lower rank does not remove it).
      State after = s.copy();
      apply(after, r.action());
      if (assurancesKept(after, false, ranks.rank(r.ref()))) {
        found.put(r.action(), r);
      }
    }
    return found;
  }

  private List<PhaseClause.Right> rightsInForce(State s) {
    List<PhaseClause.Right> rights = new ArrayList<>(agreement.rights());
    for (Phase p : agreement.phases()) {
      if (s.status.get(p.name()) == Status.IN_FORCE) {
        for (PhaseClause c : p.clauses()) {
          if (c instanceof PhaseClause.Right r) {
            rights.add(r);
          }
        }
      }
    }
    // Top-level rights and phase rights, in the order of the text: phases first, as written.
    return rights;
  }

  private static void apply(State s, RightAction action) {
    if (action != RightAction.SUSPEND_OBLIGATIONS) {
      s.hostilities = HostilityState.ACTIVE;
    }
  }

  private List<Day> rights(Day d) {
    List<Day> out = new ArrayList<>();
    out.add(d.copy()); // nobody acts
    for (String party : parties) {
      Map<RightAction, PhaseClause.Right> lawful = lawfulRights(d.s, party);
      for (var r : lawful.values()) {
        Day next = d.copy();
        apply(next.s, r.action());
        next.s.outcome = "right " + party + " " + r.action();
        next.event("right", null, r.ref(), Map.of("party", party, "action", r.action().name()));
        out.add(next);
      }
      if (adversary.filter(party::equals).isPresent()
          && !lawful.containsKey(RightAction.RESUME_HOSTILITIES)) {
        // The adversary may end the truce without a right.
        Day next = d.copy();
        apply(next.s, RightAction.RESUME_HOSTILITIES);
        next.s.outcome = "breach " + party;
        next.event(
            "breach",
            null,
            ClauseRef.NONE,
            Map.of("party", party, "action", RightAction.RESUME_HOSTILITIES.name()));
        out.add(next);
      }
    }
    return out;
  }

  private Day conclude(Day d) {
    if (!d.s.outcome.equals(IN_FORCE)) {
      return d;
    }
    boolean done =
        agreement.conclusion().isPresent()
            ? holds(agreement.conclusion().get().condition(), d.s)
            : agreement.phases().stream().allMatch(p -> d.s.status.get(p.name()) == Status.ENDED);
    if (done) {
      d.s.outcome = CONCLUDED;
      d.event(
          "concluded",
          null,
          agreement.conclusion().map(c -> c.ref()).orElse(ClauseRef.NONE),
          Map.of());
    }
    return d;
  }

  /**
   * Step 10 as docs/semantics.md words it: {@code lapses when C} when C holds at the end of the
   * day; {@code lapses on day N} at the end of day N of the agreement, unless the {@code unless}
   * condition holds then.
   */
  private Day lapse(Day d) {
    if (agreement.lapse().isEmpty() || !d.s.outcome.equals(IN_FORCE)) {
      return d;
    }
    var lapse = agreement.lapse().get();
    boolean lapses;
    if (lapse.onDay().isPresent()) {
      lapses =
          d.s.day == lapse.onDay().get()
              && !(lapse.condition().isPresent() && holds(lapse.condition().get(), d.s));
    } else {
      lapses = holds(lapse.condition().orElseThrow(), d.s);
    }
    if (lapses) {
      d.s.outcome = LAPSED;
      d.event("lapsed", null, lapse.ref(), Map.of());
    }
    return d;
  }

  // ---- holding lines ----------------------------------------------------------------------------

  /**
   * "Order between releases": on a day its phase is in force, P released some B (units counted
   * under B or below it, from P's lines) while an A that P's releases of the phase make due is
   * still held. Not a compliant day, unless P is the adversary: then a breach of the order.
   */
  private List<Day> orders(Day d, State pre) {
    for (Phase phase : agreement.phases()) {
      if (d.s.status.get(phase.name()) != Status.IN_FORCE) {
        continue;
      }
      for (PhaseClause c : phase.clauses()) {
        if (!(c instanceof PhaseClause.Order o)) {
          continue;
        }
        long then =
            releasedUnder(d.s, o.party(), o.then()) - releasedUnder(pre, o.party(), o.then());
        long due = 0;
        for (int k = 0; k < phase.clauses().size(); k++) {
          if (phase.clauses().get(k) instanceof PhaseClause.Release r
              && r.party().equals(o.party())
              && o.first().covers(r.category())) {
            long held = available(d.s, r.party(), r.category());
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

  /** Units {@code party} has released from its own lines, counted under {@code c} or below it. */
  private long releasedUnder(State s, String party, Category c) {
    long sum = 0;
    for (Map.Entry<String, Long> drawn : s.drawn.entrySet()) {
      int bar = drawn.getKey().indexOf('|');
      Line line = lines.get(Integer.parseInt(drawn.getKey().substring(0, bar)));
      if (line.holder().equals(party)
          && c.covers(new Category(drawn.getKey().substring(bar + 1)))) {
        sum += drawn.getValue();
      }
    }
    return sum;
  }

  /**
   * The lines a release of {@code c} by {@code party} draws from, in order: those c covers, in
   * declaration order, then broader ones that cover it.
   */
  private List<Integer> drawOrder(String party, Category c) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.holder().equals(party) && c.covers(l.category())) {
        order.add(i);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.holder().equals(party) && l.category().covers(c) && !c.covers(l.category())) {
        order.add(i);
      }
    }
    return order;
  }

  private long available(State s, String party, Category c) {
    long sum = 0;
    for (int line : drawOrder(party, c)) {
      sum += left(s, line);
    }
    return sum;
  }

  /**
   * Releases up to {@code amount}; never more than is held. What is left undrawn is in {@link
   * Day#drawLeft} of each day returned: one day, or one per split of the units whose status the
   * release reveals.
   */
  private List<Day> draw(Day d, String party, Category c, long amount, boolean answered) {
    d.drawLeft = amount;
    d.revealed = new LinkedHashMap<>();
    List<Day> days = List.of(d);
    for (int line : drawOrder(party, c)) {
      List<Day> next = new ArrayList<>();
      for (Day day : days) {
        long take = Math.min(day.drawLeft, left(day.s, line));
        if (take == 0) {
          next.add(day);
          continue;
        }
        day.drawLeft -= take;
        Line l = lines.get(line);
        Category name = c.covers(l.category()) ? l.category() : c;
        if (l.either().isEmpty() || !name.equals(l.category())) {
          day.s.drawn.merge(line + "|" + name.path(), take, Long::sum);
          if (answered) {
            day.parts.add(new Object[] {party, name, take, null});
          }
          next.add(day);
          continue;
        }
        // docs/semantics.md "Status unknown at signing": every split is allowed.
        for (long[] split : InterpreterStatus.splits(take, l.either().size())) {
          Day each = day.copy();
          for (int k = 0; k < split.length; k++) {
            if (split[k] == 0) {
              continue;
            }
            Category status = l.either().get(k);
            each.s.drawn.merge(line + "|" + status.path(), split[k], Long::sum);
            each.revealed.merge(status, split[k], Long::sum);
            if (answered) {
              each.parts.add(new Object[] {party, status, split[k], l.category()});
            }
          }
          next.add(each);
        }
      }
      days = next;
    }
    return days;
  }

  private List<Day> make(
      Day d, Phase phase, String party, Category c, long amount, ClauseRef ref, boolean answered) {
    List<Day> out = draw(d, party, c, amount, answered);
    for (Day day : out) {
      long made = amount - day.drawLeft;
      day.shortfall |= made < amount;
      Map<String, String> facts = new TreeMap<>(facts(party, c, made));
      revealedFact(day, facts);
      day.event("release", phase.name(), ref, facts);
    }
    return out;
  }

  private static void revealedFact(Day d, Map<String, String> facts) {
    String text = InterpreterStatus.text(d.revealed);
    if (!text.isEmpty()) {
      facts.put("revealed", text);
    }
  }

  private static Map<String, String> facts(String party, Category c, long count) {
    return Map.of("party", party, "category", c.path(), "count", Long.toString(count));
  }

  // ---- the text ---------------------------------------------------------------------------------

  private PhaseClause.Talks talksClause(String on) {
    for (Phase p : agreement.phases()) {
      for (PhaseClause c : p.clauses()) {
        if (c instanceof PhaseClause.Talks t && t.onPhase().equals(on)) {
          return t;
        }
      }
    }
    throw new IllegalStateException("no talks on " + on);
  }

  private ClauseRef judgementRef(Judge j) {
    return talksClause(j.on()).ref();
  }

  /** Every condition of the text. */
  private List<Condition> conditions() {
    List<Condition> all = new ArrayList<>();
    for (Phase p : agreement.phases()) {
      if (p.entry() instanceof Phase.Entry.When w) {
        all.add(w.condition());
      }
      p.endsWhen().ifPresent(all::add);
      for (PhaseClause c : p.clauses()) {
        clauseConditions(c, all);
      }
    }
    agreement.rights().forEach(r -> clauseConditions(r, all));
    agreement.assurances().forEach(a -> clauseConditions(a, all));
    agreement.interests().stream().map(Interest::condition).forEach(all::add);
    agreement.requirements().stream().map(Requirement::condition).forEach(all::add);
    agreement.conclusion().ifPresent(c -> all.add(c.condition()));
    agreement.lapse().flatMap(l -> l.condition()).ifPresent(all::add);
    return all;
  }

  private static void clauseConditions(PhaseClause c, List<Condition> all) {
    switch (c) {
      case PhaseClause.Extension e -> {
        if (e.trigger() instanceof PhaseClause.Extension.Trigger.While w) {
          all.add(w.condition());
        }
      }
      case PhaseClause.Right r -> r.when().ifPresent(all::add);
      case PhaseClause.Assurance a -> {
        all.add(a.condition());
        a.scope().ifPresent(s -> all.add(s.condition()));
      }
      default -> {}
    }
  }

  private static void collectJudges(Condition c, Set<Judge> out) {
    switch (c) {
      case Condition.And a -> {
        collectJudges(a.left(), out);
        collectJudges(a.right(), out);
      }
      case Condition.Or o -> {
        collectJudges(o.left(), out);
        collectJudges(o.right(), out);
      }
      case Condition.Not n -> collectJudges(n.operand(), out);
      case Condition.TalksAre t -> t.judgedBy().ifPresent(j -> out.add(new Judge(j, t.onPhase())));
      default -> {}
    }
  }

  static String word(HostilityState h) {
    return h.name().toLowerCase(java.util.Locale.ROOT);
  }

  static String word(TalkState t) {
    return t.name().toLowerCase(java.util.Locale.ROOT);
  }
}
