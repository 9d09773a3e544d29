package org.truce.check.internal.promela;

import java.util.ArrayList;
import java.util.List;
import org.truce.check.internal.promela.PromelaConditions.Reading;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.Outcome;
import org.truce.check.internal.system.Releases;
import org.truce.check.internal.system.Tables;
import org.truce.check.internal.system.Tables.AssuranceInfo;
import org.truce.check.internal.system.Tables.ExchangeInfo;
import org.truce.check.internal.system.Tables.JudgeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.check.internal.system.Tables.TalksInfo;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Valuation;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RightAction;

/**
 * One day of the transition system written in Promela, step by step in the order {@link DayStep}
 * takes (docs/semantics.md). It is a second, independent rendering of the same semantics: SPIN
 * explores it with its own search, so that a verdict both agree on does not rest on one program.
 * Every choice the text leaves open becomes a nondeterministic {@code if}; a day that breaks an
 * assurance, or an order between releases of a party that complies ({@link PromelaOrders}), moves
 * to a single sink state ({@code over == DROPPED}) that every claim ignores.
 */
final class PromelaDay {
  /** Scratch variables of a day: hidden from SPIN's state vector. */
  static final List<String> SCRATCH =
      List.of("t_due", "t_most", "t_amount", "t_left", "t_take", "t_units", "t_ok", "t_ext");

  /**
   * Scratch of the split of units whose status is revealed at release, declared only when a line's
   * status is unknown at signing (so that other models stay as they were).
   */
  static final List<String> SPLIT_SCRATCH = List.of("t_part", "t_rest");

  private final TransitionSystem ts;
  private final PromelaNames names;
  private final PromelaConditions conditions;
  private final PromelaCode out;
  private final PromelaReleases releases;
  private final PromelaArmings armings;
  private final PromelaOrders orders;
  private final PromelaBreaches breaches;
  private final PromelaEndings endings;

  PromelaDay(TransitionSystem ts, PromelaNames names, PromelaConditions conds, PromelaCode out) {
    this.ts = ts;
    this.names = names;
    this.conditions = conds;
    this.out = out;
    this.releases = new PromelaReleases(ts, names, conds, out);
    this.armings = new PromelaArmings(ts, names, conds, out);
    this.orders = new PromelaOrders(ts, names, conds, out);
    this.breaches = new PromelaBreaches(ts, names, out);
    this.endings = new PromelaEndings(ts, names, conds, out);
  }

  /** The hidden flag that talks began today, by their place among the talks. */
  static String begunToday(int talks) {
    return "begun_today_" + talks;
  }

  /** Writes the day, in order; the caller has checked that the run is in force. */
  void write() {
    out.line("shortfall = 0;");
    out.line(names.dayBefore(ts.hostilitiesVar()) + " = " + names.of(ts.hostilitiesVar()) + ";");
    for (PhaseInfo p : ts.phases()) {
      out.line(names.dayBefore(p.status()) + " = " + names.of(p.status()) + ";");
    }
    for (int i = 0; i < ts.talks().size(); i++) {
      out.line(begunToday(i) + " = 0;");
    }
    if (ts.anyBreachVar() != Tables.NONE) {
      out.line(names.dayBefore(ts.anyBreachVar()) + " = " + names.of(ts.anyBreachVar()) + ";");
    }
    releases.startDay();
    orders.startDay();
    out.comment("1. the day advances");
    String day = names.of(ts.dayVar());
    if (ts.dayReaders().always()) {
      out.when(day + " < " + ts.dayCap(), () -> out.line(day + " = " + day + " + 1;"));
    } else {
      // The guards exclude one another: a Promela `if` takes any option whose guard holds.
      String stopped = dayStopped();
      out.choice(
          () -> out.option(stopped, () -> out.line(day + " = " + ts.dayCap() + ";")),
          () ->
              out.option(
                  "!" + stopped + " && " + day + " < " + ts.dayCap(),
                  () -> out.line(day + " = " + day + " + 1;")),
          () -> out.line(":: else -> skip"));
    }
    for (PhaseInfo p : ts.phases()) {
      out.when(active(p), () -> advance(p));
    }
    out.comment("2. phases begin");
    for (PhaseInfo p : ts.phases()) {
      out.when(
          names.of(p.status()) + " == " + Valuation.PENDING + " && " + begins(p), () -> begin(p));
    }
    armings.write();
    out.comment("3. obligations fall due");
    for (PhaseInfo p : ts.phases()) {
      out.when(active(p), () -> perform(p));
      List<ReleaseInfo> outliving =
          p.releases().stream().filter(ReleaseInfo::outlivesPhase).toList();
      if (!outliving.isEmpty()) {
        // Releases in days of the agreement and conditional releases outlive their phase
        // (DayStep#outliving).
        out.when(
            names.of(p.status()) + " == " + Valuation.ENDED,
            () -> outliving.forEach(r -> releases.scheduled(p, r)));
      }
    }
    breaches.duties();
    out.comment("4. talks move and are judged");
    talks();
    breaches.confirmations();
    out.comment("5. exchanges answer the day's releases");
    for (PhaseInfo p : ts.phases()) {
      for (ExchangeInfo x : p.exchanges()) {
        releases.exchange(p, x);
      }
    }
    orders.write();
    out.comment("6. phases end or are extended");
    for (PhaseInfo p : ts.phases()) {
      out.when(active(p), () -> endOrExtend(p));
    }
    out.comment("7. assurances are kept: a day that breaks one is not a compliant continuation");
    if (!orders.any()) {
      out.line("t_ok = 1;");
    }
    for (AssuranceInfo a : ts.assurances()) {
      keep(a);
    }
    out.choice(
        () -> out.option("!t_ok", this::drop),
        () ->
            out.option(
                "else",
                () -> {
                  seen();
                  out.comment("8. parties may exercise rights");
                  rights();
                  out.comment("9. the agreement may conclude");
                  endings.conclude();
                  endings.lapse();
                }));
  }

  /** TransitionSystem.dayStopped over the state before the day: nothing left reads the day. */
  private String dayStopped() {
    List<String> terms = new ArrayList<>();
    for (int p : ts.dayReaders().untilBegun()) {
      terms.add(names.of(ts.phases().get(p).status()) + " != " + Valuation.PENDING);
    }
    for (int p : ts.dayReaders().untilEnded()) {
      terms.add(names.of(ts.phases().get(p).status()) + " == " + Valuation.ENDED);
    }
    return terms.isEmpty() ? "true" : "(" + String.join(" && ", terms) + ")";
  }

  private String active(PhaseInfo p) {
    return conditions.active(p);
  }

  private void advance(PhaseInfo p) {
    String d = names.of(p.day());
    long wrap = p.exactUpTo() + p.period();
    out.line(d + " = (" + d + " < " + wrap + " -> " + d + " + 1 : " + (p.exactUpTo() + 1) + ");");
    if (!p.indefinite()) {
      out.line(names.of(p.left()) + " = " + names.of(p.left()) + " - 1;");
    }
  }

  private String begins(PhaseInfo p) {
    return switch (p.phase().entry()) {
      case Phase.Entry.OnDay on -> "(" + names.of(ts.dayVar()) + " == " + on.day() + ")";
      case Phase.Entry.After a ->
          "(" + names.dayBefore(phaseNamed(a.phase()).status()) + " == " + Valuation.ENDED + ")";
      case Phase.Entry.When w -> {
        String previous =
            p.index() == 0
                ? ""
                : names.dayBefore(ts.phases().get(p.index() - 1).status())
                    + " == "
                    + Valuation.ENDED
                    + " && ";
        yield "(" + previous + conditions.condition(w.condition(), Reading.DAY_BEFORE) + ")";
      }
    };
  }

  private PhaseInfo phaseNamed(String name) {
    return ts.phaseNamed(name);
  }

  private void begin(PhaseInfo p) {
    out.comment("phase " + p.name() + " begins" + PromelaCode.cite(p.phase().ref()));
    out.line(names.of(p.status()) + " = " + Valuation.ACTIVE + ";");
    out.line(names.of(p.day()) + " = 1;");
    out.line(names.of(p.left()) + " = " + (p.indefinite() ? 0 : p.length() - 1) + ";");
    for (PhaseClause clause : p.phase().clauses()) {
      if (clause instanceof PhaseClause.Hostilities h) {
        out.line(names.of(ts.hostilitiesVar()) + " = " + h.state().ordinal() + ";");
      }
    }
  }

  private void perform(PhaseInfo p) {
    // The releases of a step taken come in text order among the phase's other releases.
    List<ReleaseInfo> scheduled = p.releases();
    for (int i = 0; i <= scheduled.size(); i++) {
      for (int k = 0; k < p.extensions().size(); k++) {
        if (p.step() != Tables.NONE && p.releasesBefore(k) == i) {
          stepRelease(p, k);
        }
      }
      if (i < scheduled.size()) {
        releases.scheduled(p, scheduled.get(i));
      }
    }
    for (TalksInfo t : p.talks()) {
      int index = ts.talks().indexOf(t);
      if (index >= 0) {
        talksBegin(p, t, index);
      }
    }
  }

  private void stepRelease(PhaseInfo p, int k) {
    String step = names.of(p.step());
    PhaseClause.Extension e = p.extensions().get(k);
    if (e.trigger() instanceof PhaseClause.Extension.Trigger.PerReleases per) {
      out.when(
          step + " == " + (k + 1),
          () -> {
            out.comment("the releases extension step" + PromelaCode.cite(e.ref()) + " comes with");
            out.line(step + " = 0;");
            releases.stepRelease(e, per);
          });
    }
  }

  private void talksBegin(PhaseInfo p, TalksInfo t, int index) {
    String var = names.of(t.var());
    String pd = names.of(p.day());
    long by = t.clause().beginByDay();
    out.comment(
        "talks on " + t.clause().onPhase() + " may begin" + PromelaCode.cite(t.clause().ref()));
    out.line("if");
    out.line(":: " + var + " == 0 && " + pd + " == " + by + " -> " + begin(var, index));
    out.line(":: " + var + " == 0 && " + pd + " < " + by + " -> " + begin(var, index));
    out.line(":: " + var + " == 0 && " + pd + " < " + by + " -> skip /* not yet */");
    out.line(":: else -> skip");
    out.line("fi;");
  }

  private static String begin(String var, int index) {
    return "if :: "
        + var
        + " = 1 :: "
        + var
        + " = 2 :: "
        + var
        + " = 3 fi; "
        + begunToday(index)
        + " = 1";
  }

  private void talks() {
    for (int i = 0; i < ts.talks().size(); i++) {
      String var = names.of(ts.talks().get(i).var());
      out.when(
          "!" + begunToday(i) + " && " + var + " != 0 && " + var + " != 3",
          () -> out.line("if :: " + var + " = 1 :: " + var + " = 2 :: " + var + " = 3 fi;"));
    }
    for (JudgeInfo j : ts.judges()) {
      String actual = j.talks() < 0 ? "0" : names.of(ts.talks().get(j.talks()).var());
      String var = names.of(j.var());
      out.comment(j.judge() + " judges the talks on " + j.onPhase());
      out.choice(
          () ->
              out.option(
                  actual + " == 0 || " + actual + " == 3", () -> out.line(var + " = " + actual)),
          () -> out.option("else", () -> out.line("if :: " + var + " = 1 :: " + var + " = 2 fi")));
    }
  }

  private void endOrExtend(PhaseInfo p) {
    Runnable extend =
        () -> {
          if (p.indefinite()) {
            out.line("skip");
            return;
          }
          out.choice(
              () -> out.option(names.of(p.left()) + " > 0", () -> out.line("skip")),
              () -> out.option("else", () -> extensions(p)));
        };
    if (p.phase().endsWhen().isPresent()) {
      String ends = conditions.condition(p.phase().endsWhen().get(), Reading.NOW);
      out.choice(() -> out.option(ends, () -> end(p)), () -> out.option("else", extend));
    } else {
      extend.run();
    }
  }

  private void extensions(PhaseInfo p) {
    out.line("t_ext = 0;");
    for (int k = 0; k < p.extensions().size(); k++) {
      PhaseClause.Extension e = p.extensions().get(k);
      int chosen = k + 1;
      String cap =
          e.capDays().isEmpty()
              ? ""
              : " && "
                  + (p.extension() == Tables.NONE ? "0" : names.of(p.extension()))
                  + " + "
                  + e.stepDays()
                  + " <= "
                  + e.capDays().get();
      out.comment("extension" + PromelaCode.cite(e.ref()));
      Runnable take =
          () -> {
            out.line("t_ext = " + chosen + ";");
            out.line(names.of(p.left()) + " = " + names.of(p.left()) + " + " + e.stepDays() + ";");
            if (p.extension() != Tables.NONE) {
              String ext = names.of(p.extension());
              long most = ts.vars().max(p.extension());
              out.line(
                  ext
                      + " = ("
                      + ext
                      + " + "
                      + e.stepDays()
                      + " < "
                      + most
                      + " -> "
                      + ext
                      + " + "
                      + e.stepDays()
                      + " : "
                      + most
                      + ");");
            }
          };
      switch (e.trigger()) {
        case PhaseClause.Extension.Trigger.While w ->
            out.when(
                "t_ext == 0" + cap + " && " + conditions.condition(w.condition(), Reading.NOW),
                take);
        case PhaseClause.Extension.Trigger.PerReleases per -> {
          String party = Releases.releaser(ts, per);
          out.when(
              "t_ext == 0"
                  + cap
                  + " && "
                  + conditions.available(party, per.category())
                  + " >= "
                  + per.count(),
              () ->
                  out.choice(
                      () ->
                          out.option(
                              "true",
                              () -> {
                                take.run();
                                out.line(names.of(p.step()) + " = " + chosen + ";");
                              }),
                      () -> out.option("true", () -> out.line("skip"))));
        }
      }
    }
    out.when("t_ext == 0", () -> end(p));
  }

  private void end(PhaseInfo p) {
    out.comment("phase " + p.name() + " ends");
    out.line(names.of(p.status()) + " = " + Valuation.ENDED + ";");
    out.line(names.of(p.day()) + " = 0;");
    out.line(names.of(p.left()) + " = 0;");
    if (p.extension() != Tables.NONE) {
      out.line(names.of(p.extension()) + " = 0;");
    }
    if (p.step() != Tables.NONE) {
      out.line(names.of(p.step()) + " = 0;");
    }
  }

  private void keep(AssuranceInfo a) {
    String inForce = a.phase() == Tables.NONE ? "" : active(ts.phases().get(a.phase())) + " && ";
    String holds = conditions.condition(a.assurance().condition(), Reading.NOW);
    out.comment(
        String.join(", ", a.assurance().guarantors())
            + " ensure"
            + PromelaCode.cite(a.assurance().ref()));
    if (a.over() != Tables.NONE) {
      String over = names.of(a.over());
      String scope = conditions.condition(a.assurance().scope().get().condition(), Reading.NOW);
      out.choice(
          () -> out.option(inForce + over + " == 0 && " + scope, () -> out.line(over + " = 1")),
          () ->
              out.option(
                  inForce
                      + over
                      + " == 0 && "
                      + PromelaConditions.not(scope)
                      + " && "
                      + PromelaConditions.not(holds),
                  () -> out.line("t_ok = 0")),
          () -> out.option("else", () -> out.line("skip")));
    } else {
      out.when(PromelaClaims.breaks(ts, conditions, a, Reading.NOW), () -> out.line("t_ok = 0;"));
    }
  }

  private void drop() {
    out.comment("not a compliant continuation: every variable to 0, and the run to the sink");
    for (int i = 0; i < ts.vars().size(); i++) {
      out.line(names.of(i) + " = 0;");
    }
    out.line("shortfall = 0;");
    out.line(names.of(ts.overVar()) + " = DROPPED;");
  }

  private void seen() {
    for (Tables.RequirementInfo r : ts.requirements()) {
      if (r.seen() != Tables.NONE) {
        out.when(
            conditions.condition(r.requirement().condition(), Reading.NOW),
            () -> out.line(names.of(r.seen()) + " = 1;"));
      }
    }
  }

  private void rights() {
    String over = names.of(ts.overVar());
    for (int i = 0; i < ts.actors().size(); i++) {
      int player = i + 1;
      int actor = i;
      String party = ts.players().get(player);
      List<RightAction> actions = PromelaClaims.actions(ts, player);
      boolean adversary = player == ts.adversaryPlayer();
      if (actions.isEmpty() && !adversary) {
        continue;
      }
      out.comment(party + " may exercise its rights");
      out.when(
          over + " == " + Outcome.IN_FORCE,
          () -> {
            out.line("if");
            out.line(":: skip");
            for (RightAction action : actions) {
              out.line(
                  ":: "
                      + PromelaClaims.may(party, action)
                      + " -> "
                      + exercise(action)
                      + over
                      + " = "
                      + Outcome.code(actor, action, true));
            }
            if (adversary) {
              String resume =
                  actions.contains(RightAction.RESUME_HOSTILITIES)
                      ? PromelaConditions.not(
                          PromelaClaims.may(party, RightAction.RESUME_HOSTILITIES))
                      : "true";
              out.line(
                  ":: "
                      + resume
                      + " -> "
                      + exercise(RightAction.RESUME_HOSTILITIES)
                      + over
                      + " = "
                      + Outcome.code(actor, RightAction.RESUME_HOSTILITIES, false)
                      + " /* in breach */");
            }
            out.line("fi;");
          });
    }
  }

  private String exercise(RightAction action) {
    return action == RightAction.SUSPEND_OBLIGATIONS
        ? ""
        : names.of(ts.hostilitiesVar()) + " = " + HostilityState.ACTIVE.ordinal() + "; ";
  }
}
