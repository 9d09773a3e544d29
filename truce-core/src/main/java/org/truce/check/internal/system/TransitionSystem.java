package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.check.internal.system.Tables.AssuranceInfo;
import org.truce.check.internal.system.Tables.JudgeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.RequirementInfo;
import org.truce.check.internal.system.Tables.RightInfo;
import org.truce.check.internal.system.Tables.TalksInfo;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Holdings;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.model.Schedule;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;

/**
 * An agreement compiled to a transition system (docs/semantics.md): a state is the agreement at the
 * end of a day, packed into longs; a transition is one day, with every choice the text leaves open
 * (how much to release before a deadline, how the talks go, how a judging party judges them,
 * whether a party exercises a right, and for the adversary whether it keeps each obligation). The
 * step itself is {@link DayStep}; this class holds the tables it reads and the state's layout.
 */
public final class TransitionSystem {
  final Agreement agreement;
  final Vars vars = new Vars();
  final Slots slots;
  final List<PhaseInfo> phases = new ArrayList<>();

  /** {@link #phases} by name, the first of a name: asked for every {@code begins after}. */
  private final Map<String, PhaseInfo> phasesByName = new HashMap<>();

  final List<TalksInfo> talks = new ArrayList<>();
  final List<JudgeInfo> judges = new ArrayList<>();
  final List<RightInfo> rights = new ArrayList<>();
  final List<AssuranceInfo> assurances = new ArrayList<>();
  final List<RequirementInfo> requirements = new ArrayList<>();
  final List<ConditionScan.Probe> probes;
  final List<Figure> pairedFigures;
  final boolean exactAmounts;

  /** Every condition of the text compiled to reads of variables; set once the layout is sealed. */
  final CompiledConditions conditions;

  /** The players: 0 is the environment (how the talks go); actor i is player i + 1. */
  final List<String> players = new ArrayList<>();

  /** Player numbers by name: asked on every release of every transition. */
  private final Map<String, Integer> playerIndex = new HashMap<>();

  /** The adversary's player number, or 0 when every party complies. */
  final int adversary;

  /**
   * The breaches the state remembers: bits of the adversary's, only where a condition reads one.
   */
  final BreachBits breaches;

  /** The adversary's withdrawals, deliveries and undertakings whose breach a condition reads. */
  final Duties duties;

  final int day;
  final int hostilities;
  final int over;
  final long dayCap;

  /** What reads the day and until when: once nothing can, the day stops counting. */
  final DayReaders dayReaders;

  // The status variables of the phases in dayReaders, read on every transition (dayStopped).
  private final int[] dayReadUntilBegun;
  private final int[] dayReadUntilEnded;

  /**
   * Compiles {@code agreement}. {@code adversary} names the party that may breach any obligation,
   * if any; {@code exactAmounts} explores every amount a release before its deadline can take, not
   * only those a condition of the text can tell apart.
   */
  public TransitionSystem(Agreement agreement, Optional<String> adversary, boolean exactAmounts) {
    this.agreement = agreement;
    this.exactAmounts = exactAmounts;
    players.add("environment");
    agreement.actors().forEach(a -> players.add(a.name()));
    for (int i = players.size() - 1; i >= 0; i--) {
      playerIndex.put(players.get(i), i);
    }
    this.adversary = adversary.map(players::indexOf).filter(i -> i > 0).orElse(0);
    ConditionScan scan = new ConditionScan(agreement);
    this.probes = List.copyOf(scan.probes);
    this.pairedFigures = List.copyOf(scan.paired);
    this.duties = new Duties(agreement, adversary());
    // A breach at the end of day N of the agreement reads the day, up to N, whatever the phases do.
    long dutyDay = duties.largestAgreementDay();
    this.dayCap = Math.max(dayCap(agreement, scan), dutyDay + 1);
    DayReaders readers = DayReaders.of(agreement);
    this.dayReaders =
        dutyDay > 0 ? new DayReaders(true, readers.untilBegun(), readers.untilEnded()) : readers;
    day = vars.add("day", dayCap);
    hostilities = vars.add("hostilities", 2);
    over =
        vars.add(
            "over",
            agreement.lapse().isPresent()
                ? Outcome.lapsedCode(agreement.actors().size())
                : Outcome.maxCode(agreement.actors().size()));
    slots = new Slots(vars, agreement.holdings(), Slots.releasedCategories(agreement));
    PhaseTables compiler = new PhaseTables(this);
    for (Phase phase : agreement.phases()) {
      PhaseInfo info = compiler.compile(phase, phases.size());
      phases.add(info);
      phasesByName.putIfAbsent(phase.name(), info);
    }
    dayReadUntilBegun = statusVars(dayReaders.untilBegun());
    dayReadUntilEnded = statusVars(dayReaders.untilEnded());
    for (var entry : scan.judgements.entrySet()) {
      ConditionScan.Judgement j = entry.getKey();
      int talksIndex = -1;
      for (int i = 0; i < talks.size(); i++) {
        if (talks.get(i).clause().onPhase().equals(j.onPhase())) {
          talksIndex = i;
        }
      }
      judges.add(
          new JudgeInfo(
              j.onPhase(),
              j.judge(),
              talksIndex,
              vars.add("talks on " + j.onPhase() + " as judged by " + j.judge(), 3),
              entry.getValue().ref(),
              entry.getValue().owner(),
              player(j.judge())));
    }
    for (PhaseClause.Right r : agreement.rights()) {
      rights.add(new RightInfo(r, Tables.NONE, players.indexOf(r.party())));
    }
    for (PhaseClause.Assurance a : agreement.assurances()) {
      assurances.add(assurance(a, Tables.NONE));
    }
    for (PhaseInfo p : phases) {
      for (PhaseClause clause : p.phase().clauses()) {
        if (clause instanceof PhaseClause.Right r) {
          rights.add(new RightInfo(r, p.index(), players.indexOf(r.party())));
        } else if (clause instanceof PhaseClause.Assurance a) {
          assurances.add(assurance(a, p.index()));
        }
      }
    }
    for (Requirement r : agreement.requirements()) {
      int seen =
          r.kind() == RequirementKind.EVENTUALLY
              ? vars.add("requirement seen " + requirements.size(), 1)
              : Tables.NONE;
      requirements.add(new RequirementInfo(r, seen));
    }
    breaches = new BreachBits(agreement, adversary(), vars, this);
    vars.seal();
    conditions = new CompiledConditions(this);
  }

  public Agreement agreement() {
    return agreement;
  }

  public Vars vars() {
    return vars;
  }

  public List<String> players() {
    return List.copyOf(players);
  }

  public int player(String name) {
    return playerIndex.getOrDefault(name, -1);
  }

  /** The state before day 1: nothing begun, nothing released, hostilities active. */
  public long[] initialValues() {
    long[] v = new long[vars.size()];
    v[hostilities] = 0;
    return v;
  }

  /** Conditions over the values of a state. */
  public Valuation view(long[] values) {
    return new Valuation(this, values);
  }

  /** The variables whose sum is {@link #releasedBy}: {@code party}'s counters of units released. */
  public int[] releasedByVars(String party) {
    return slots.releasedByVars(party);
  }

  /** True when {@code condition} holds in the state, read through its compiled form. */
  public boolean holds(Condition condition, long[] values) {
    return conditions.holds(condition, values);
  }

  /** Every unit {@code party} has released in the state, all categories together. */
  public long releasedBy(long[] values, String party) {
    return slots.releasedBy(values, party);
  }

  /** What {@code party} has released in the state, per name counted, leaving out zeros. */
  public Map<Category, Long> releasedTally(long[] values, String party) {
    Map<Category, Long> tally = new LinkedHashMap<>();
    for (Slots.Counter c : slots.counters()) {
      if (c.party().equals(party) && values[c.var()] > 0) {
        tally.merge(c.name(), values[c.var()], Long::sum);
      }
    }
    return tally;
  }

  /**
   * The units {@code party}'s interest waits for (its first interest, as the analyses read it);
   * empty when it names none.
   */
  public List<Category> unitsAwaited(String party) {
    return agreement.interests().stream()
        .filter(i -> i.party().equals(party))
        .findFirst()
        .map(i -> InterestUnits.of(i.condition()))
        .orElse(List.of());
  }

  /**
   * The players of the parties whose interest names units (indefinite-truce asks whether they can
   * be locked in), in declaration order.
   */
  public int[] playersWaitingForUnits() {
    return agreement.actors().stream()
        .filter(a -> a.has(Role.PARTY) && !unitsAwaited(a.name()).isEmpty())
        .mapToInt(a -> player(a.name()))
        .toArray();
  }

  /** The variables a breach of clause {@code ref} by the adversary sets (docs/semantics.md). */
  public int[] breachSets(ClauseRef ref) {
    return breaches.set(ref);
  }

  /** The adversary's withdrawals, deliveries and undertakings whose breach a condition reads. */
  public List<Duties.Duty> duties() {
    return duties.all();
  }

  /** The variable of a breach condition; {@link Tables#NONE} when it is false in every state. */
  public int breachVar(String party, Optional<String> clause) {
    return breaches.var(party, clause);
  }

  /** The variable of a confirmation condition; {@link Tables#NONE} when always false. */
  public int confirmationVar(String mediator, String party) {
    return breaches.confirmationVar(mediator, party);
  }

  /** The variable set by any breach of the adversary; {@link Tables#NONE} when nothing reads it. */
  public int anyBreachVar() {
    return breaches.anyVar();
  }

  /** Each mediator whose confirmation a condition reads: its name, player and variable. */
  public List<int[]> confirmationPlayers() {
    return breaches.confirmations().stream().map(c -> new int[] {c.player(), c.var()}).toList();
  }

  /** The party that may breach, if any. */
  public Optional<String> adversary() {
    return adversary == 0 ? Optional.empty() : Optional.of(players.get(adversary));
  }

  /** One held line and what is left on it. */
  public record HeldLine(String holder, Category category, long held) {}

  /** What each held line still holds in the state, in declaration order. */
  public List<HeldLine> heldLines(long[] values) {
    List<HeldLine> list = new ArrayList<>();
    for (int i = 0; i < slots.lines().size(); i++) {
      Slots.Line line = slots.lines().get(i);
      list.add(new HeldLine(line.holder(), line.category(), slots.heldOnLine(values, i)));
    }
    return list;
  }

  /** The hostilities in the state. */
  public HostilityState hostilities(long[] values) {
    return HostilityState.values()[(int) values[hostilities]];
  }

  /** The day of the state, exact up to the largest day the text can tell apart. */
  public long day(long[] values) {
    return values[day];
  }

  /**
   * True when nothing that can still be read reads the day (docs/semantics.md): the phases whose
   * entry reads it have begun and those whose clauses read it have ended. The day is then stored as
   * the cap, so that days no condition will read again are not told apart.
   */
  boolean dayStopped(long[] values) {
    if (dayReaders.always()) {
      return false;
    }
    for (int status : dayReadUntilBegun) {
      if (values[status] == Valuation.PENDING) {
        return false;
      }
    }
    for (int status : dayReadUntilEnded) {
      if (values[status] != Valuation.ENDED) {
        return false;
      }
    }
    return true;
  }

  private int[] statusVars(Set<Integer> places) {
    return places.stream().mapToInt(p -> phases.get(p).status()).toArray();
  }

  /** True when an eventually-requirement (by its place among the requirements) has held. */
  public boolean seen(long[] values, int requirement) {
    int var = requirements.get(requirement).seen();
    return var != Tables.NONE && values[var] == 1;
  }

  /** The outcome a state records: in force, concluded, or broken off by a party. */
  public Outcome outcome(long[] values) {
    return Outcome.decode((int) values[over], agreement.actors());
  }

  /**
   * One more than the largest day the text can tell apart (docs/semantics.md, "Runs, days and
   * states"): the largest `on day` a phase begins, the largest `within` of a requirement, the
   * largest number compared with `day`, and, when the day is compared with a count figure, the most
   * units the text holds in all, and the largest day of the agreement a release is due by. Every
   * later day is stored as this one.
   */
  private static long dayCap(Agreement agreement, ConditionScan scan) {
    long cap = Math.max(0, scan.largestDayLiteral);
    for (Phase phase : agreement.phases()) {
      if (phase.entry() instanceof Phase.Entry.OnDay on) {
        cap = Math.max(cap, on.day());
      }
    }
    for (Requirement r : agreement.requirements()) {
      cap = Math.max(cap, r.withinDays().orElse(0L));
    }
    for (Phase phase : agreement.phases()) {
      for (PhaseClause clause : phase.clauses()) {
        if (clause instanceof PhaseClause.Release r) {
          switch (r.schedule().orElse(null)) {
            case Schedule.ByAgreementDay by -> cap = Math.max(cap, by.day());
            case Schedule.AgreementWindow w -> cap = Math.max(cap, w.last());
            case null, default -> {}
          }
        }
      }
    }
    if (scan.dayComparedWithCount) {
      long held = 0;
      for (Holdings h : agreement.holdings()) {
        for (Holdings.Entry e : h.entries()) {
          held = Math.min(Long.MAX_VALUE / 2, held + e.count());
        }
      }
      cap = Math.max(cap, held);
    }
    return cap + 1;
  }

  private AssuranceInfo assurance(PhaseClause.Assurance a, int phase) {
    boolean until = a.scope().map(s -> s.kind() == ScopeKind.UNTIL).orElse(false);
    int overVar = until ? vars.add("assurance over " + assurances.size(), 1) : Tables.NONE;
    return new AssuranceInfo(a, phase, overVar);
  }

  /** The compiled phase of that name; a validated model names only declared phases. */
  public PhaseInfo phaseNamed(String name) {
    PhaseInfo info = phasesByName.get(name);
    if (info == null) {
      throw new IllegalStateException("no phase " + name + " in a validated model");
    }
    return info;
  }

  public List<Actor> actors() {
    return agreement.actors();
  }

  // Read-only views for the Promela writer (check.internal.promela), which writes these tables out.

  public List<PhaseInfo> phases() {
    return Collections.unmodifiableList(phases);
  }

  public List<TalksInfo> talks() {
    return Collections.unmodifiableList(talks);
  }

  public List<JudgeInfo> judges() {
    return Collections.unmodifiableList(judges);
  }

  public List<RightInfo> rights() {
    return Collections.unmodifiableList(rights);
  }

  public List<AssuranceInfo> assurances() {
    return Collections.unmodifiableList(assurances);
  }

  public List<RequirementInfo> requirements() {
    return Collections.unmodifiableList(requirements);
  }

  public Slots slots() {
    return slots;
  }

  public boolean exactAmounts() {
    return exactAmounts;
  }

  public DayReaders dayReaders() {
    return dayReaders;
  }

  /** One more than the largest day the text can tell apart: later days are stored as this one. */
  public long dayCap() {
    return dayCap;
  }

  /** The variable that holds the day. */
  public int dayVar() {
    return day;
  }

  /** The variable that holds the state of hostilities. */
  public int hostilitiesVar() {
    return hostilities;
  }

  /** The variable that holds the outcome ({@link Outcome#code}). */
  public int overVar() {
    return over;
  }

  /** The adversary's player number, or 0 when every party complies. */
  public int adversaryPlayer() {
    return adversary;
  }

  /** The largest number written in a condition of the text, if any. */
  public Optional<Long> largestLiteral() {
    return new ConditionScan(agreement).largestLiteral();
  }
}
