package org.truce.check.internal.system;

import static org.truce.check.internal.system.Valuation.ACTIVE;
import static org.truce.check.internal.system.Valuation.AGREED;
import static org.truce.check.internal.system.Valuation.ENDED;
import static org.truce.check.internal.system.Valuation.NOT_BEGUN;
import static org.truce.check.internal.system.Valuation.PENDING;
import static org.truce.check.internal.system.Valuation.PROGRESSING;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.truce.check.internal.system.Tables.ExchangeInfo;
import org.truce.check.internal.system.Tables.JudgeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.check.internal.system.Tables.RequirementInfo;
import org.truce.check.internal.system.Tables.TalksInfo;
import org.truce.model.ConditionText;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RightAction;

/**
 * One day of an agreement, in the order docs/semantics.md gives: phases begin; what falls due is
 * performed; talks move and judging parties judge them; exchanges answer the day's releases; phases
 * end or are extended; assurances are kept (a run in which one fails is not a compliant run);
 * parties may exercise rights; the agreement may conclude. Not thread-safe: one per worker.
 */
public final class DayStep {
  private final TransitionSystem ts;
  private final Releases releases;
  private final Rights rights;
  private final Orders orders;
  private final Armings armings;
  private final long[] dayBefore;

  // Read on every transition: conditions compiled once, by phase (null: none), by extension of
  // each phase (null: not a while-extension), and by requirement (null: nothing to record).
  private final CompiledConditions.Test[] entry;
  private final CompiledConditions.Test[] endsWhen;
  private final CompiledConditions.Test[][] whileHolds;
  private final CompiledConditions.Test[] seen;
  private final Endings endings;
  private final boolean[] begunToday;
  private final Map<String, PhaseInfo> byName = new HashMap<>();

  // The tables as arrays, by phase index: the launcher runs checks with C1 only, which, unlike C2,
  // allocates an iterator for each loop over a list, millions of times in a search.
  private final PhaseInfo[] phases;
  private final ReleaseInfo[][] releasesOf;

  /** Per phase and extension: how many of its releases come before the extension in the text. */
  private final int[][] releasesBeforeStep;

  private final ExchangeInfo[][] exchangesOf;
  private final TalksInfo[][] talksOf;
  private final int[][] talksIndexOf;
  private final JudgeInfo[] judges;

  private final BreachChoices breachChoices;

  // How each phase begins: on a day, after a phase, or when a condition holds after the phase
  // before it (entryAfter: the status variable of the phase waited for; NONE for the first).
  private static final int ON_DAY = 0;
  private static final int AFTER = 1;
  private static final int WHEN = 2;
  private final int[] entryKind;
  private final long[] entryDay;
  private final int[] entryAfter;

  public DayStep(TransitionSystem ts) {
    this.ts = ts;
    this.releases = new Releases(ts);
    this.rights = new Rights(ts);
    this.orders = new Orders(ts);
    this.armings = new Armings(ts);
    this.dayBefore = new long[ts.vars.size()];
    this.begunToday = new boolean[ts.talks.size()];
    ts.phases.forEach(p -> byName.put(p.name(), p));
    CompiledConditions c = ts.conditions;
    int n = ts.phases.size();
    entry = new CompiledConditions.Test[n];
    endsWhen = new CompiledConditions.Test[n];
    whileHolds = new CompiledConditions.Test[n][];
    for (PhaseInfo p : ts.phases) {
      int i = p.index();
      if (p.phase().entry() instanceof Phase.Entry.When w) {
        entry[i] = c.test(w.condition());
      }
      endsWhen[i] = p.phase().endsWhen().map(c::test).orElse(null);
      whileHolds[i] = new CompiledConditions.Test[p.extensions().size()];
      for (int k = 0; k < p.extensions().size(); k++) {
        if (p.extensions().get(k).trigger() instanceof PhaseClause.Extension.Trigger.While w) {
          whileHolds[i][k] = c.test(w.condition());
        }
      }
    }
    seen = new CompiledConditions.Test[ts.requirements.size()];
    for (int i = 0; i < seen.length; i++) {
      RequirementInfo r = ts.requirements.get(i);
      seen[i] = r.seen() == Tables.NONE ? null : c.test(r.requirement().condition());
    }
    endings = new Endings(ts);
    phases = ts.phases.toArray(PhaseInfo[]::new);
    releasesOf = new ReleaseInfo[n][];
    releasesBeforeStep = new int[n][];
    exchangesOf = new ExchangeInfo[n][];
    talksOf = new TalksInfo[n][];
    talksIndexOf = new int[n][];
    judges = ts.judges.toArray(JudgeInfo[]::new);
    breachChoices = new BreachChoices(ts);
    entryKind = new int[n];
    entryDay = new long[n];
    entryAfter = new int[n];
    for (PhaseInfo p : phases) {
      int i = p.index();
      releasesOf[i] = p.releases().toArray(ReleaseInfo[]::new);
      releasesBeforeStep[i] = new int[p.extensions().size()];
      for (int k = 0; k < p.extensions().size(); k++) {
        releasesBeforeStep[i][k] = p.releasesBefore(k);
      }
      exchangesOf[i] = p.exchanges().toArray(ExchangeInfo[]::new);
      talksOf[i] = p.talks().toArray(TalksInfo[]::new);
      talksIndexOf[i] = p.talks().stream().mapToInt(t -> indexOfSame(ts.talks, t)).toArray();
      switch (p.phase().entry()) {
        case Phase.Entry.OnDay on -> {
          entryKind[i] = ON_DAY;
          entryDay[i] = on.day();
        }
        case Phase.Entry.After a -> {
          entryKind[i] = AFTER;
          entryAfter[i] = phase(a.phase()).status();
        }
        case Phase.Entry.When w -> {
          entryKind[i] = WHEN;
          entryAfter[i] = i == 0 ? Tables.NONE : ts.phases.get(i - 1).status();
        }
      }
    }
  }

  /** The rights {@code player} may lawfully exercise in the end-of-day state {@code v}. */
  public Set<RightAction> lawfulRights(long[] v, int player) {
    return rights.lawful(v, player).keySet();
  }

  /** True when {@code player} may lawfully exercise some right in {@code v}; allocates nothing. */
  public boolean hasLawfulRight(long[] v, int player) {
    return rights.anyLawful(v, player);
  }

  /** The clauses granting the rights {@code player} may lawfully exercise in {@code v}. */
  public List<PhaseClause.Right> lawfulRightClauses(long[] v, int player) {
    return rights.lawful(v, player).values().stream().map(Tables.RightInfo::right).toList();
  }

  /**
   * The rights of {@code player} whose condition holds in {@code v} but that an assurance removes,
   * each with the first assurance it would break.
   */
  public List<Map.Entry<PhaseClause.Right, PhaseClause.Assurance>> removedRights(
      long[] v, int player) {
    return rights.removed(v, player).stream().map(r -> Map.entry(r.right(), r.by())).toList();
  }

  /**
   * Marks, for each right of the text by place, whether the end-of-day state {@code v} lets it be
   * exercised, or which assurance removes it there (see {@code Rights#survey}).
   */
  public void surveyRights(long[] v, boolean[] exercisable, PhaseClause.Assurance[] removedBy) {
    rights.survey(v, exercisable, removedBy);
  }

  /** True when some release of the last day could not be made in full. */
  public boolean shortfall() {
    return releases.shortfall();
  }

  /**
   * Runs one day from {@code pre} into {@code v}. Returns false when the day is not a compliant
   * continuation (an assurance fails), or when {@code pre} is a finished run.
   */
  public boolean run(long[] pre, long[] v, Chooser chooser, StepLog log) {
    if (pre[ts.over] != Outcome.IN_FORCE) {
      return false;
    }
    System.arraycopy(pre, 0, v, 0, pre.length);
    releases.startDay();
    long day = ts.dayStopped(pre) ? ts.dayCap : Math.min(pre[ts.day] + 1, ts.dayCap);
    v[ts.day] = day;
    for (PhaseInfo p : phases) {
      if (v[p.status()] == ACTIVE) {
        v[p.day()] = nextPhaseDay(p, v[p.day()]);
        if (!p.indefinite()) {
          v[p.left()]--;
        }
      }
    }
    for (PhaseInfo p : phases) {
      if (v[p.status()] == PENDING && begins(p, pre, day)) {
        begin(p, v, log);
      }
    }
    armings.move(pre, v, log);
    Arrays.fill(begunToday, false);
    for (PhaseInfo p : phases) {
      if (v[p.status()] == ACTIVE) {
        perform(p, v, chooser, log);
      } else if (v[p.status()] == ENDED) {
        outliving(p, v, chooser, log);
      }
    }
    breachChoices.duties(v, day, chooser, log);
    talks(v, chooser, log);
    breachChoices.confirmations(pre, v, chooser, log);
    for (PhaseInfo p : phases) {
      for (ExchangeInfo x : exchangesOf[p.index()]) {
        releases.exchange(p, x, v[p.status()] == ACTIVE, v, chooser, log);
      }
    }
    for (PhaseInfo p : phases) {
      if (v[p.status()] == ACTIVE && !orders.kept(p, pre, v, log)) {
        return false;
      }
    }
    for (PhaseInfo p : phases) {
      if (v[p.status()] == ACTIVE) {
        endOrExtend(p, v, chooser, log);
      }
    }
    if (!rights.assurancesKept(v, true)) {
      return false;
    }
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] != null && seen[i].test(v)) {
        v[ts.requirements.get(i).seen()] = 1;
      }
    }
    rights.exercise(v, chooser, log);
    endings.conclude(v, log);
    endings.lapse(v, log);
    return true;
  }

  private long nextPhaseDay(PhaseInfo p, long phaseDay) {
    return phaseDay < p.exactUpTo() + p.period() ? phaseDay + 1 : p.exactUpTo() + 1;
  }

  private boolean begins(PhaseInfo p, long[] pre, long day) {
    int i = p.index();
    return switch (entryKind[i]) {
      case ON_DAY -> entryDay[i] == day;
      case AFTER -> pre[entryAfter[i]] == ENDED;
      default ->
          (entryAfter[i] == Tables.NONE || pre[entryAfter[i]] == ENDED)
              && holdsOnDay(entry[i], pre, day);
    };
  }

  /** {@code condition} over the state {@code pre}, with the day figure read as {@code day}. */
  private boolean holdsOnDay(CompiledConditions.Test condition, long[] pre, long day) {
    System.arraycopy(pre, 0, dayBefore, 0, pre.length);
    dayBefore[ts.day] = day;
    return condition.test(dayBefore);
  }

  private void begin(PhaseInfo p, long[] v, StepLog log) {
    v[p.status()] = ACTIVE;
    v[p.day()] = 1;
    v[p.left()] = p.indefinite() ? 0 : p.length() - 1;
    if (log.recording()) {
      log.event(
          "phase-begins", p.name(), "phase " + p.name() + " begins", p.phase().ref(), p.phase());
    }
    for (PhaseClause clause : p.phase().clauses()) {
      if (clause instanceof PhaseClause.Hostilities h) {
        v[ts.hostilities] = h.state().ordinal();
        if (log.recording()) {
          log.event(
              "hostilities",
              p.name(),
              "hostilities " + ConditionText.word(h.state()),
              h.ref(),
              h,
              Map.of("state", ConditionText.word(h.state())));
        }
      }
    }
  }

  private void perform(PhaseInfo p, long[] v, Chooser chooser, StepLog log) {
    // The releases of a step taken come in text order among the phase's other releases.
    int step = p.step() != Tables.NONE && v[p.step()] > 0 ? (int) v[p.step()] - 1 : -1;
    int stepAt = step < 0 ? -1 : releasesBeforeStep[p.index()][step];
    ReleaseInfo[] scheduled = releasesOf[p.index()];
    for (int i = 0; i < scheduled.length; i++) {
      if (i == stepAt) {
        stepRelease(p, step, v, chooser, log);
      }
      releases.scheduled(p, scheduled[i], v, chooser, log);
    }
    if (step >= 0 && stepAt >= scheduled.length) {
      stepRelease(p, step, v, chooser, log);
    }
    TalksInfo[] talks = talksOf[p.index()];
    for (int k = 0; k < talks.length; k++) {
      TalksInfo t = talks[k];
      int index = talksIndexOf[p.index()][k];
      if (index < 0 || v[t.var()] != NOT_BEGUN) {
        continue;
      }
      long phaseDay = v[p.day()];
      boolean start =
          phaseDay == t.clause().beginByDay()
              || (phaseDay < t.clause().beginByDay() && chooser.choose(0, 2) == 1);
      if (start) {
        v[t.var()] = PROGRESSING + chooser.choose(0, 3);
        begunToday[index] = true;
        if (log.recording()) {
          log.event(
              "talks-begin",
              p.name(),
              "talks on " + t.clause().onPhase() + " begin, " + talkWord(v[t.var()]),
              t.clause().ref(),
              t.clause(),
              Map.of("on", t.clause().onPhase(), "state", talkWord(v[t.var()])));
        }
      }
    }
  }

  private void stepRelease(PhaseInfo p, int step, long[] v, Chooser chooser, StepLog log) {
    v[p.step()] = 0;
    releases.stepRelease(p, p.extensions().get(step), v, chooser, log);
  }

  /**
   * Releases in days of the agreement and conditional releases of a phase that has ended: they
   * outlive it (docs/semantics.md, "Deadlines in days of the agreement", "Conditional releases").
   */
  private void outliving(PhaseInfo p, long[] v, Chooser chooser, StepLog log) {
    for (ReleaseInfo r : releasesOf[p.index()]) {
      if (r.outlivesPhase()) {
        releases.scheduled(p, r, v, chooser, log);
      }
    }
  }

  private void talks(long[] v, Chooser chooser, StepLog log) {
    for (int i = 0; i < ts.talks.size(); i++) {
      TalksInfo t = ts.talks.get(i);
      long state = v[t.var()];
      if (begunToday[i] || state == NOT_BEGUN || state == AGREED) {
        continue;
      }
      v[t.var()] = PROGRESSING + chooser.choose(0, 3);
      if (log.recording() && v[t.var()] != state) {
        log.event(
            "talks",
            null,
            "talks on " + t.clause().onPhase() + " " + talkWord(v[t.var()]),
            t.clause().ref(),
            t.clause(),
            Map.of("on", t.clause().onPhase(), "state", talkWord(v[t.var()])));
      }
    }
    for (JudgeInfo j : judges) {
      long actual = j.talks() < 0 ? NOT_BEGUN : v[ts.talks.get(j.talks()).var()];
      long old = v[j.var()];
      if (actual == NOT_BEGUN || actual == AGREED) {
        v[j.var()] = actual;
      } else {
        v[j.var()] = PROGRESSING + chooser.choose(j.player(), 2);
      }
      if (log.recording() && v[j.var()] != old && v[j.var()] != actual) {
        log.event(
            "judgement",
            null,
            j.judge() + " judges the talks on " + j.onPhase() + " " + talkWord(v[j.var()]),
            j.ref(),
            j.owner(),
            Map.of("judge", j.judge(), "on", j.onPhase(), "state", talkWord(v[j.var()])));
      }
    }
  }

  private void endOrExtend(PhaseInfo p, long[] v, Chooser chooser, StepLog log) {
    if (endsWhen[p.index()] != null && endsWhen[p.index()].test(v)) {
      end(p, v, log, "its end condition holds");
      return;
    }
    if (p.indefinite() || v[p.left()] > 0) {
      return;
    }
    for (int k = 0; k < p.extensions().size(); k++) {
      PhaseClause.Extension e = p.extensions().get(k);
      long taken = p.extension() == Tables.NONE ? 0 : v[p.extension()];
      if (e.capDays().isPresent() && taken + e.stepDays() > e.capDays().get()) {
        continue;
      }
      boolean take;
      if (whileHolds[p.index()][k] != null) {
        take = whileHolds[p.index()][k].test(v);
      } else {
        var per = (PhaseClause.Extension.Trigger.PerReleases) e.trigger();
        String party = releases.releaser(per);
        take =
            ts.slots.available(v, party, per.category()) >= per.count()
                && chooser.choose(ts.player(party), 2) == 1;
        if (take) {
          v[p.step()] = k + 1;
        }
      }
      if (take) {
        v[p.left()] += e.stepDays();
        if (p.extension() != Tables.NONE) {
          // Only caps read the days taken, and none lets a step past the largest cap: counting
          // stops there, so that uncapped extensions taken for ever keep the state finite.
          int var = p.extension();
          v[var] = Math.min(v[var] + e.stepDays(), ts.vars.max(var));
        }
        if (log.recording()) {
          log.event(
              "extension",
              p.name(),
              "phase " + p.name() + " is extended by " + days(e.stepDays()),
              e.ref(),
              e,
              Map.of("days", Long.toString(e.stepDays())));
        }
        return;
      }
    }
    end(p, v, log, null);
  }

  private void end(PhaseInfo p, long[] v, StepLog log, String why) {
    v[p.status()] = ENDED;
    v[p.day()] = 0;
    v[p.left()] = 0;
    if (p.extension() != Tables.NONE) {
      v[p.extension()] = 0;
    }
    if (p.step() != Tables.NONE) {
      v[p.step()] = 0;
    }
    if (log.recording()) {
      log.event(
          "phase-ends",
          p.name(),
          "phase " + p.name() + " ends" + (why == null ? "" : ": " + why),
          p.phase().ref(),
          p.phase());
    }
  }

  private PhaseInfo phase(String name) {
    return byName.get(name);
  }

  static String talkWord(long value) {
    return Valuation.talkState(value).map(ConditionText::word).orElse("not begun");
  }

  static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  static String hostilityWord(long value) {
    return ConditionText.word(HostilityState.values()[(int) value]);
  }

  /**
   * Where this very talks entry is in the list, or -1. By identity, which is equality here (each
   * entry has a variable of its own), without linking the record's generated {@code equals} at run
   * time: the first such link in a run costs more than a small check's search
   * (docs/decisions/0038-command-models-in-code.md).
   */
  private static int indexOfSame(List<TalksInfo> talks, TalksInfo talk) {
    for (int k = 0; k < talks.size(); k++) {
      if (talks.get(k) == talk) {
        return k;
      }
    }
    return -1;
  }
}
