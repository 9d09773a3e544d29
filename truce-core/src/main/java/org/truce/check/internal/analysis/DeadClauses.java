package org.truce.check.internal.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions;
import org.truce.check.Verdict;
import org.truce.check.internal.explore.Explorer;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.explore.Limits;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Agreement;
import org.truce.model.PhaseClause;
import org.truce.model.SourceMap;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;
import org.truce.vocabulary.Role;

/**
 * dead-clauses: a right that no run lets its party exercise, with every party complying or any one
 * of them breaching (docs/semantics.md, "Dead clauses"). A right is alive as soon as one end-of-day
 * state of one of those searches has it in force, its condition true and no assurance in force that
 * exercising it would break. The search the check already made is read first; the others (everyone
 * complying, each party as the adversary) are made only while some right is still dead, so a text
 * whose rights are all alive costs one pass over its states.
 *
 * <p>A dead right is reported at its place: W250 when its condition never holds while it is in
 * force, W251 when it does but an assurance removes it every time, naming that assurance's place.
 */
public final class DeadClauses {
  private DeadClauses() {}

  /** The name of the analysis. */
  public static final String NAME = "dead-clauses";

  /** The analysis and the warnings at the dead clauses (empty when none is dead or undecided). */
  public record Result(Analysis analysis, List<Diagnostic> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /** True when the text has a clause this analysis reads: a right. */
  public static boolean applies(Agreement agreement) {
    return !agreement.rights().isEmpty()
        || agreement.phases().stream()
            .flatMap(p -> p.clauses().stream())
            .anyMatch(c -> c instanceof PhaseClause.Right);
  }

  /**
   * Runs the analysis on {@code graph}, the search the check made, and on as many other searches as
   * needed, within {@code deadline} ({@link System#nanoTime}).
   */
  public static Result run(
      Graph graph, Optional<SourceMap> sources, CheckOptions options, long deadline) {
    TransitionSystem ts = graph.system();
    int n = ts.rights().size();
    boolean[] exercisable = new boolean[n];
    PhaseClause.Assurance[] removedBy = new PhaseClause.Assurance[n];
    // A right found exercisable in a search that stopped early is alive all the same: only a
    // right still dead needs every state (--verdicts settles the analysis this way).
    if (!survey(graph, exercisable, removedBy) && !allTrue(exercisable)) {
      return undecided("the search stopped after " + graph.size() + " states");
    }
    List<Optional<String>> others = new ArrayList<>();
    others.add(Optional.empty());
    ts.agreement().actors().stream()
        .filter(a -> a.has(Role.PARTY))
        .forEach(a -> others.add(Optional.of(a.name())));
    others.remove(ts.adversary());
    for (Optional<String> adversary : others) {
      if (allTrue(exercisable)) {
        break;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return undecided("the time allowed ran out before " + search(adversary) + " could run");
      }
      TransitionSystem other =
          new TransitionSystem(ts.agreement(), adversary, options.exactAmounts());
      Graph more =
          Explorer.explore(
              other,
              Limits.ofFreeHeap(
                  options.maxStates(),
                  Duration.ofNanos(left),
                  CheckOptions.Progress.NONE,
                  options.threads()));
      if (!survey(more, exercisable, removedBy) && !allTrue(exercisable)) {
        return undecided(search(adversary) + " stopped before it was complete");
      }
    }
    List<Diagnostic> warnings = new ArrayList<>();
    List<String> dead = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!exercisable[i]) {
        PhaseClause.Right right = ts.rights().get(i).right();
        dead.add(describe(right));
        warnings.add(warning(right, Optional.ofNullable(removedBy[i]), sources));
      }
    }
    if (dead.isEmpty()) {
      return new Result(
          new Analysis(
              NAME,
              Verdict.HOLDS,
              OptionalLong.empty(),
              "every right can be exercised in some run",
              Map.of(),
              Optional.empty()),
          List.of());
    }
    return new Result(
        new Analysis(
            NAME,
            Verdict.VIOLATED,
            OptionalLong.of(dead.size()),
            (dead.size() == 1 ? "a right can" : dead.size() + " rights can")
                + " never be exercised, with every party complying or any one breaching: "
                + String.join("; ", dead),
            Map.of(),
            Optional.empty()),
        warnings);
  }

  /**
   * Reads every end-of-day state of {@code graph} (the initial state is none, and a state in which
   * a right was exercised or a breach made is another day's end already counted); false when the
   * search was not complete, so that no right left dead can be called dead.
   */
  private static boolean survey(
      Graph graph, boolean[] exercisable, PhaseClause.Assurance[] removedBy) {
    TransitionSystem ts = graph.system();
    DayStep step = new DayStep(ts);
    Graph.Values values = graph.valuesReader();
    for (int id = 1; id < graph.size() && !allTrue(exercisable); id++) {
      long[] v = values.of(id);
      if (ts.outcome(v).party().isEmpty()) {
        step.surveyRights(v, exercisable, removedBy);
      }
    }
    return graph.complete();
  }

  private static boolean allTrue(boolean[] flags) {
    for (boolean f : flags) {
      if (!f) {
        return false;
      }
    }
    return true;
  }

  /** The search with {@code adversary}, in words. */
  private static String search(Optional<String> adversary) {
    return adversary
        .map(a -> "the search with " + a + " as the adversary")
        .orElse("the search with every party complying");
  }

  private static Result undecided(String why) {
    return new Result(
        new Analysis(
            NAME,
            Verdict.INCONCLUSIVE,
            OptionalLong.empty(),
            "not decided: "
                + why
                + " (raise --max-states or --timeout), so no right can be called"
                + " dead",
            Map.of(),
            Optional.empty()),
        List.of());
  }

  /** E.g. {@code the right of israel to resume hostilities (clause 4 "Resumption")}. */
  private static String describe(PhaseClause.Right right) {
    String cite = right.ref().cite();
    return "the right of "
        + right.party()
        + " to "
        + right.action().words()
        + (cite.isEmpty() ? "" : " (" + cite + ")");
  }

  private static Diagnostic warning(
      PhaseClause.Right right, Optional<PhaseClause.Assurance> by, Optional<SourceMap> sources) {
    Span at = sources.flatMap(s -> s.spanOf(right)).orElse(Span.NONE);
    if (by.isEmpty()) {
      return Diagnostic.of(
          DiagnosticCode.RIGHT_NEVER_ENABLED, at, right.party(), right.action().words());
    }
    PhaseClause.Assurance assurance = by.get();
    String cite = assurance.ref().cite();
    return Diagnostic.of(
        DiagnosticCode.RIGHT_REMOVED_BY_ASSURANCE,
        at,
        right.party(),
        right.action().words(),
        (cite.isEmpty() ? "the assurance" : "the assurance of " + cite) + place(assurance, sources),
        String.join(", ", assurance.guarantors()));
  }

  /** {@code at file:12:1}, the place of {@code element}, or empty text when unknown. */
  private static String place(Object element, Optional<SourceMap> sources) {
    if (sources.isEmpty()) {
      return "";
    }
    Optional<Span> span = sources.get().spanOf(element);
    if (span.isEmpty()) {
      return "";
    }
    SourceText text = sources.get().source();
    int offset = span.get().offset();
    return " at " + text.name() + ":" + text.line(offset) + ":" + text.column(offset);
  }
}
