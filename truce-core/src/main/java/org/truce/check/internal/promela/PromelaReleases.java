package org.truce.check.internal.promela;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.check.internal.system.ConditionScan;
import org.truce.check.internal.system.Releases;
import org.truce.check.internal.system.Slots;
import org.truce.check.internal.system.Tables;
import org.truce.check.internal.system.Tables.ExchangeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Figure;
import org.truce.model.PhaseClause;

/**
 * The releases of a day in Promela, as {@link Releases} makes them: scheduled releases with the
 * amounts explored before a deadline, the releases an extension step comes with, and the
 * counter-releases exchanges owe, each drawn from the held lines as {@link Slots#draw} does.
 */
final class PromelaReleases {
  private final TransitionSystem ts;
  private final PromelaNames names;
  private final PromelaConditions conditions;
  private final PromelaCode out;
  private final List<ExchangeInfo> exchanges = new ArrayList<>();

  PromelaReleases(
      TransitionSystem ts, PromelaNames names, PromelaConditions conditions, PromelaCode out) {
    this.ts = ts;
    this.names = names;
    this.conditions = conditions;
    this.out = out;
    ts.phases().forEach(p -> exchanges.addAll(p.exchanges()));
  }

  /** The hidden count of units released today that an exchange answers. */
  static String answeredToday(int exchange) {
    return "answered_today_" + exchange;
  }

  /** Nothing is released yet today. */
  void startDay() {
    for (ExchangeInfo x : exchanges) {
      out.line(answeredToday(x.index()) + " = 0;");
    }
  }

  /** The units an extension step comes with, on its first day. */
  void stepRelease(PhaseClause.Extension e, PhaseClause.Extension.Trigger.PerReleases per) {
    String party = Releases.releaser(ts, per);
    out.line("t_amount = " + per.count() + ";");
    breach(party, e.ref());
    release(party, per.category());
  }

  void scheduled(PhaseInfo p, ReleaseInfo r) {
    out.comment(r.party() + " releases " + r.category() + PromelaCode.cite(r.clause().ref()));
    // A release in days of the agreement reads the agreement's day (TransitionSystem's cap covers
    // its day, and the day keeps counting: DayReaders).
    // A conditional release reads the day of its own period (0 before it is armed).
    String pd =
        r.conditional()
            ? names.of(r.since())
            : r.agreementDays() ? names.of(ts.dayVar()) : names.of(p.day());
    String available = conditions.available(r.party(), r.category());
    String owed =
        r.count().isPresent() ? "(" + r.count().get() + " - " + names.of(r.due()) + ")" : available;
    String guard =
        switch (r.timing()) {
          case ON_DAY -> pd + " == " + r.day();
          case BATCH ->
              pd + " >= " + r.day() + " && (" + pd + " - " + r.day() + ") % " + r.every() + " == 0";
          case BY_DAY ->
              (r.opens() > 1 || r.conditional() ? pd + " >= " + r.opens() + " && " : "")
                  + pd
                  + " <= "
                  + r.day();
          case BEST_EFFORT -> "true";
        };
    String due =
        r.timing() == Tables.Timing.BATCH
            ? "(" + r.size() + " < " + owed + " -> " + r.size() + " : " + owed + ")"
            : owed;
    out.line("t_due = 0;");
    out.when(guard, () -> out.line("t_due = " + due + ";"));
    out.line("t_amount = t_due;");
    if (r.timing() == Tables.Timing.BY_DAY) {
      out.choice(
          () ->
              out.option(
                  "t_due > 0 && " + pd + " < " + r.day(),
                  () -> {
                    out.comment("before the deadline: " + r.party() + " chooses how many");
                    out.line("t_most = (t_due < " + available + " -> t_due : " + available + ");");
                    amount(r);
                  }),
          () ->
              out.option(
                  "else",
                  () -> {
                    out.line("skip;");
                    breach(r.party(), r.clause().ref());
                  }));
    } else if (r.timing() == Tables.Timing.BEST_EFFORT) {
      out.when(
          "t_due > 0",
          () -> {
            out.comment("best effort, no long stop: " + r.party() + " chooses how many, if any");
            out.line("t_most = (t_due < " + available + " -> t_due : " + available + ");");
            amount(r);
          });
    } else {
      breach(r.party(), r.clause().ref());
    }
    out.when(
        "t_amount > 0",
        () -> {
          if (r.due() != Tables.NONE) {
            out.line(names.of(r.due()) + " = " + names.of(r.due()) + " + t_amount;");
          }
          release(r.party(), r.category());
        });
  }

  /**
   * The adversary may skip what it owes: {@code t_amount} becomes 0, and the breach bits the text
   * reads are set (only when something was owed, as {@link Releases} does).
   */
  private void breach(String party, ClauseRef ref) {
    if (ts.player(party) == ts.adversaryPlayer()) {
      int[] sets = ts.breachSets(ref);
      if (sets.length == 0) {
        out.line("if :: skip :: t_amount = 0 fi; /* " + party + " may breach */");
        return;
      }
      StringBuilder set = new StringBuilder();
      for (int var : sets) {
        set.append(' ').append(names.of(var)).append(" = 1;");
      }
      out.line(
          "if :: skip :: t_amount > 0 -> t_amount = 0;"
              + set
              + " fi; /* "
              + party
              + " may breach */");
    }
  }

  /** The amounts explored before a deadline, as {@link Releases} chooses them. */
  private void amount(ReleaseInfo r) {
    Runnable candidates =
        () -> {
          out.line("if");
          out.line(":: t_amount = 0");
          out.line(":: t_amount = t_most");
          for (ConditionScan.Probe probe : r.probes().stream().distinct().toList()) {
            String now = conditions.figure(probe.figure());
            String step =
                probe.figure() instanceof Figure.Held
                    ? "(" + now + " - " + probe.number() + ")"
                    : "(" + probe.number() + " - " + now + ")";
            for (String delta : List.of(" - 1", "", " + 1")) {
              String a = step + delta;
              out.line(":: (" + a + " > 0 && " + a + " < t_most) -> t_amount = " + a);
            }
          }
          out.line("fi;");
        };
    if (!r.everyAmount()) {
      candidates.run();
      return;
    }
    out.choice(
        () ->
            out.option(
                "t_most <= " + Releases.MOST_EXACT,
                () -> {
                  out.line("t_amount = 0;");
                  out.line("do :: t_amount < t_most -> t_amount = t_amount + 1 :: break od;");
                }),
        () -> out.option("else", candidates));
  }

  /**
   * Draws {@code t_amount} units of {@code category} from what {@code party} holds, as {@link
   * Slots#draw} does, and counts them for the exchanges that answer them.
   */
  private void release(String party, Category category) {
    draw(party, category, true);
  }

  private void draw(String party, Category category, boolean answered) {
    out.line("t_left = t_amount;");
    Slots.Plan plan = ts.slots().plan(party, category);
    for (int i = 0; i < plan.lines().length; i++) {
      String held = conditions.heldOnLine(plan.lines()[i]);
      out.line("t_take = (t_left < " + held + " -> t_left : " + held + ");");
      if (plan.splits(i)) {
        split(party, plan.splitVars()[i], plan.splitNames()[i], answered);
        out.line("t_left = t_left - t_take;");
        continue;
      }
      if (plan.counterVars()[i] >= 0) {
        String var = names.of(plan.counterVars()[i]);
        out.line(var + " = " + var + " + t_take;");
      }
      Category name = ts.slots().partName(plan.names()[i]);
      for (ExchangeInfo x : answered ? exchanges : List.<ExchangeInfo>of()) {
        if (Releases.answers(x.clause(), party, name)) {
          String today = answeredToday(x.index());
          out.line(today + " = " + today + " + t_take;");
        }
      }
      out.line("t_left = t_left - t_take;");
    }
    out.when("t_left > 0", () -> out.line("shortfall = 1;"));
  }

  /**
   * Splits the {@code t_take} units drawn from a line of unknown status among its categories, as
   * {@link Slots#draw} does: for each category but the last, any number of those left (the
   * environment's choice); the last takes the rest. Leaves {@code t_take} as it was.
   */
  private void split(String party, int[] vars, int[] parts, boolean answered) {
    out.line("t_rest = t_take;");
    for (int k = 0; k < vars.length; k++) {
      if (k == vars.length - 1) {
        out.line("t_part = t_rest;");
      } else {
        out.line("t_part = 0;");
        out.line("do :: t_part < t_rest -> t_part = t_part + 1 :: break od;");
      }
      String var = names.of(vars[k]);
      out.line(var + " = " + var + " + t_part;");
      Category name = ts.slots().partName(parts[k]);
      Optional<Category> line = ts.slots().partLine(parts[k]);
      for (ExchangeInfo x : answered ? exchanges : List.<ExchangeInfo>of()) {
        if (Releases.answers(x.clause(), party, name)
            || line.filter(l -> Releases.answers(x.clause(), party, l)).isPresent()) {
          String today = answeredToday(x.index());
          out.line(today + " = " + today + " + t_part;");
        }
      }
      out.line("t_rest = t_rest - t_part;");
    }
  }

  /** The counter-releases an exchange owes today, after the delay it allows. */
  void exchange(PhaseInfo p, ExchangeInfo x) {
    int index = x.index();
    PhaseClause.Exchange clause = x.clause();
    out.comment(
        clause.party()
            + " answers "
            + clause.unitCategory()
            + " released"
            + PromelaCode.cite(clause.ref()));
    out.line("t_units = (" + conditions.active(p) + " -> " + answeredToday(index) + " : 0);");
    if (x.lump()) {
      // A lump: the group's counter, capped at its size; one lump falls due the day it fills.
      String group = names.of(x.group());
      long size = clause.group().orElseThrow();
      out.choice(
          () ->
              out.option(
                  group + " < " + size + " && t_units >= " + size + " - " + group,
                  () -> {
                    out.line(group + " = " + size + ";");
                    out.line("t_units = 1;");
                  }),
          () ->
              out.option(
                  "else",
                  () -> {
                    out.when(
                        group + " < " + size,
                        () -> out.line(group + " = " + group + " + t_units;"));
                    out.line("t_units = 0;");
                  }));
    }
    int[] pending = x.pending();
    if (pending.length > 0) {
      String last = names.of(pending[pending.length - 1]);
      out.line("t_due = " + last + ";");
      for (int i = pending.length - 1; i > 0; i--) {
        out.line(names.of(pending[i]) + " = " + names.of(pending[i - 1]) + ";");
      }
      out.line(names.of(pending[0]) + " = t_units;");
      out.line("t_units = t_due;");
    }
    out.when(
        "t_units > 0",
        () -> {
          out.line("t_amount = " + clause.perUnit() + " * t_units;");
          breach(clause.party(), clause.ref());
          draw(clause.party(), clause.category(), false);
        });
  }
}
