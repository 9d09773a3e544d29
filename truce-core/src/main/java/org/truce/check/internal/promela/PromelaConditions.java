package org.truce.check.internal.promela;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.truce.check.internal.system.Slots;
import org.truce.check.internal.system.Tables;
import org.truce.check.internal.system.Tables.JudgeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.TalksInfo;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.check.internal.system.Valuation;
import org.truce.model.Category;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.vocabulary.HostilityState;

/**
 * Conditions and figures of the text as Promela expressions over the exported state variables, read
 * exactly as {@link Valuation} reads them. A reading can take the hostilities and phase statuses
 * from the snapshot of the day before (phase entry), or hostilities as a right would leave them
 * (whether exercising it breaks an assurance).
 */
final class PromelaConditions {
  /** Where a condition reads hostilities and phase statuses. */
  enum Reading {
    /** The state as it stands. */
    NOW,
    /** Hostilities and phase statuses as they stood at the end of the day before. */
    DAY_BEFORE,
    /** The state as it stands, with hostilities active (a right to resume or terminate used). */
    HOSTILITIES_ACTIVE
  }

  private final TransitionSystem ts;
  private final PromelaNames names;

  PromelaConditions(TransitionSystem ts, PromelaNames names) {
    this.ts = ts;
    this.names = names;
  }

  PromelaNames names() {
    return names;
  }

  String condition(Condition condition, Reading reading) {
    return switch (condition) {
      case Condition.And and ->
          "(" + condition(and.left(), reading) + " && " + condition(and.right(), reading) + ")";
      case Condition.Or or ->
          "(" + condition(or.left(), reading) + " || " + condition(or.right(), reading) + ")";
      case Condition.Not not -> not(condition(not.operand(), reading));
      case Condition.Constant constant -> constant.value() ? "(1)" : "(0)";
      case Condition.Compare c ->
          "(" + figure(c.left()) + " " + operator(c.op()) + " " + figure(c.right()) + ")";
      case Condition.HostilitiesAre h ->
          "(" + hostilities(reading) + " == " + h.state().ordinal() + ")";
      case Condition.PhaseIs p -> phaseIs(p, reading);
      case Condition.AllReleased all -> "(" + held(all.category(), all.by()) + " == 0)";
      case Condition.TalksAre t -> talksAre(t);
      case Condition.Breached b -> bit(ts.breachVar(b.party(), b.clause()));
      case Condition.BreachConfirmed c -> bit(ts.confirmationVar(c.mediator(), c.party()));
    };
  }

  /** A remembered breach or confirmation, as {@code CompiledConditions} reads it. */
  private String bit(int var) {
    return var == Tables.NONE ? "(0)" : "(" + names.of(var) + " == 1)";
  }

  String figure(Figure figure) {
    return switch (figure) {
      case Figure.Literal l -> Long.toString(l.value());
      case Figure.Day d -> names.of(ts.dayVar());
      case Figure.Released r -> released(r.category(), r.by());
      case Figure.Held h -> held(h.category(), h.by());
    };
  }

  /** Units released under {@code category} or below it, by {@code by} or by anyone. */
  String released(Category category, Optional<String> by) {
    return sum(varNames(ts.slots().releasedVars(category, by)));
  }

  /** The most units of {@code category} still held: lines at, below or above it. */
  String held(Category category, Optional<String> by) {
    return sum(
        IntStream.of(ts.slots().heldLines(category, by)).mapToObj(this::heldOnLine).toList());
  }

  /** What a held line still holds, by the name of its macro ({@link #heldMacros}). */
  String heldOnLine(int line) {
    return "held_line_" + line;
  }

  /** One macro per held line: its count less every counter drawn from it. */
  void heldMacros(PromelaCode out) {
    out.comment("what each held line still holds");
    for (int line = 0; line < ts.slots().lines().size(); line++) {
      Slots.Line l = ts.slots().lines().get(line);
      out.line(
          "#define "
              + heldOnLine(line)
              + " ("
              + l.count()
              + " - "
              + sum(varNames(ts.slots().lineVars(line)))
              + ") /* "
              + l.holder()
              + ": "
              + l.category()
              + " */");
    }
  }

  /** Units {@code party} holds that a release of {@code category} may draw from. */
  String available(String party, Category category) {
    int[] lines = ts.slots().plan(party, category).lines();
    return sum(IntStream.of(lines).mapToObj(this::heldOnLine).toList());
  }

  /** Every unit {@code party} has released, all categories together. */
  String releasedBy(String party) {
    return sum(varNames(ts.slots().releasedByVars(party)));
  }

  private List<String> varNames(int[] vars) {
    return IntStream.of(vars).mapToObj(names::of).toList();
  }

  /** True while phase {@code p} is in force. */
  String active(PhaseInfo p) {
    return names.of(p.status()) + " == " + Valuation.ACTIVE;
  }

  String phaseStatus(PhaseInfo p, Reading reading) {
    return reading == Reading.DAY_BEFORE ? names.dayBefore(p.status()) : names.of(p.status());
  }

  private String hostilities(Reading reading) {
    return switch (reading) {
      case NOW -> names.of(ts.hostilitiesVar());
      case DAY_BEFORE -> names.dayBefore(ts.hostilitiesVar());
      case HOSTILITIES_ACTIVE -> Integer.toString(HostilityState.ACTIVE.ordinal());
    };
  }

  private String phaseIs(Condition.PhaseIs p, Reading reading) {
    for (PhaseInfo info : ts.phases()) {
      if (info.name().equals(p.phase())) {
        String status = phaseStatus(info, reading);
        return switch (p.state()) {
          case BEGUN -> "(" + status + " != " + Valuation.PENDING + ")";
          case ACTIVE -> "(" + status + " == " + Valuation.ACTIVE + ")";
          case ENDED -> "(" + status + " == " + Valuation.ENDED + ")";
        };
      }
    }
    return "(0)";
  }

  private String talksAre(Condition.TalksAre t) {
    String value = talks(t.onPhase());
    if (t.judgedBy().isPresent()) {
      for (JudgeInfo j : ts.judges()) {
        if (j.onPhase().equals(t.onPhase()) && j.judge().equals(t.judgedBy().get())) {
          value = names.of(j.var());
        }
      }
    }
    return switch (t.state()) {
      case BEGUN -> "(" + value + " != " + Valuation.NOT_BEGUN + ")";
      case PROGRESSING -> "(" + value + " == " + Valuation.PROGRESSING + ")";
      case STALLED -> "(" + value + " == " + Valuation.STALLED + ")";
      case AGREED -> "(" + value + " == " + Valuation.AGREED + ")";
    };
  }

  /** The talks variable on {@code onPhase}, or 0 (not begun) when no clause opens them. */
  String talks(String onPhase) {
    for (TalksInfo t : ts.talks()) {
      if (t.clause().onPhase().equals(onPhase)) {
        return names.of(t.var());
      }
    }
    return Integer.toString(Valuation.NOT_BEGUN);
  }

  private static String operator(org.truce.vocabulary.CompareOp op) {
    return switch (op) {
      case LESS -> "<";
      case LESS_OR_EQUAL -> "<=";
      case GREATER -> ">";
      case GREATER_OR_EQUAL -> ">=";
      case EQUAL -> "==";
      case NOT_EQUAL -> "!=";
    };
  }

  /** The negation of a Promela expression; never two `!` in a row, which Promela reads as `!!`. */
  static String not(String expression) {
    return "!(" + expression + ")";
  }

  static String sum(List<String> terms) {
    return terms.isEmpty()
        ? "0"
        : terms.size() == 1 ? terms.getFirst() : "(" + String.join(" + ", terms) + ")";
  }
}
