package org.truce.check.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.Analysis;
import org.truce.check.CheckReport;
import org.truce.check.Verdict;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;

/**
 * A check report set against a baseline (docs/decisions/0016-accepted-findings.md). For each
 * acceptance that applies to the run (same adversary, analysis run):
 *
 * <ul>
 *   <li>the analysis is violated with a figure no larger than the bound: {@link Status#ACCEPTED},
 *       no longer a finding for the exit code;
 *   <li>violated with a larger figure: {@link Status#EXCEEDED}, still a finding, and a warning at
 *       the baseline's line;
 *   <li>the analysis holds: {@link Status#STALE}, a warning, so that the line is removed before the
 *       finding can come back unnoticed;
 *   <li>inconclusive: nothing is accepted (the figure found is only a lower bound), the analysis
 *       stays a finding.
 * </ul>
 */
public final class Judgement {
  /** What became of one acceptance. */
  public enum Status {
    ACCEPTED,
    EXCEEDED,
    STALE
  }

  /** An acceptance and what became of it. */
  public record Outcome(Acceptance acceptance, Status status) {}

  private final Map<String, Outcome> byAnalysis;
  private final List<Diagnostic> diagnostics;

  private Judgement(Map<String, Outcome> byAnalysis, List<Diagnostic> diagnostics) {
    this.byAnalysis = byAnalysis;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Nothing accepted: the judgement of a check without a baseline. */
  public static Judgement none() {
    return new Judgement(Map.of(), List.of());
  }

  public static Judgement of(CheckReport report, Baseline baseline, Optional<String> adversary) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Acceptance> applying = baseline.applying(adversary);
    for (Analysis a : report.analyses()) {
      Optional<Acceptance> found = Optional.ofNullable(applying.get(a.name()));
      if (found.isEmpty()) {
        continue;
      }
      Acceptance acceptance = found.get();
      switch (a.verdict()) {
        case VIOLATED -> {
          if (acceptance.covers(a.value())) {
            outcomes.put(a.name(), new Outcome(acceptance, Status.ACCEPTED));
          } else {
            outcomes.put(a.name(), new Outcome(acceptance, Status.EXCEEDED));
            diagnostics.add(
                Diagnostic.of(
                    DiagnosticCode.BASELINE_EXCEEDED,
                    acceptance.analysisSpan(),
                    a.name(),
                    a.value().orElse(0),
                    acceptance.upTo().orElse(0)));
          }
        }
        case HOLDS -> {
          outcomes.put(a.name(), new Outcome(acceptance, Status.STALE));
          diagnostics.add(
              Diagnostic.of(DiagnosticCode.BASELINE_STALE, acceptance.analysisSpan(), a.name()));
        }
        case INCONCLUSIVE -> {}
      }
    }
    diagnostics.sort(Diagnostic.IN_SOURCE_ORDER);
    return new Judgement(outcomes, diagnostics);
  }

  /** What became of the acceptance of {@code analysis}, if one applied to it. */
  public Optional<Outcome> of(String analysis) {
    return Optional.ofNullable(byAnalysis.get(analysis));
  }

  /** True when the drafters accept this analysis's finding as it now stands. */
  public boolean accepted(Analysis a) {
    return a.verdict() == Verdict.VIOLATED
        && of(a.name()).filter(o -> o.status() == Status.ACCEPTED).isPresent();
  }

  /** The warnings on the baseline: acceptances exceeded or stale, at their lines. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
