package org.truce.render.check;

import java.util.Locale;
import org.truce.check.Analysis;
import org.truce.check.CheckReport;
import org.truce.check.Exploration;
import org.truce.check.Settled;
import org.truce.check.Verdict;
import org.truce.check.WitnessEvent;
import org.truce.check.WitnessSpan;
import org.truce.check.baseline.Acceptance;
import org.truce.check.baseline.Judgement;

/**
 * The checker's report as plain text: a line on what was explored, then one line per analysis
 * (verdict, name, figure, summary) and, under each analysis that does not hold, its witness, one
 * line per event: {@code day 42 · one · phase one ends (art. 1, line 54)}.
 */
public final class CheckText {
  private CheckText() {}

  /**
   * The report of one file. How long the search took is left out, so that the same text gives the
   * same report (the JSON form has it).
   */
  public static String render(String file, CheckReport report) {
    return render(file, report, Judgement.none());
  }

  /**
   * The report with a baseline's judgement: a finding the baseline accepts is listed as {@code
   * accepted}, with its bound and reason, and without its witness ({@code --no-baseline} shows it);
   * a finding past its bound says so after its summary.
   */
  public static String render(String file, CheckReport report, Judgement judgement) {
    return file + ": " + exploration(report) + "\n" + analyses(report, judgement);
  }

  private static String analyses(CheckReport report, Judgement judgement) {
    StringBuilder out = new StringBuilder();
    for (Analysis a : report.analyses()) {
      var outcome = judgement.of(a.name());
      if (judgement.accepted(a)) {
        Acceptance accepted = outcome.orElseThrow().acceptance();
        out.append("  ")
            .append(pad("accepted", 13))
            .append(a.name())
            .append(figure(a, report.settled(a).map(Settled::valueAtLeast).orElse(false)))
            .append(bound(accepted))
            .append(": ")
            .append(a.summary())
            .append("\n      accepted because \"")
            .append(accepted.reason())
            .append("\" (baseline line ")
            .append(accepted.line())
            .append(")\n");
        continue;
      }
      out.append(line(a, report));
      report.settled(a).ifPresent(settled -> out.append(settled(settled, a)));
      outcome
          .filter(o -> o.status() == Judgement.Status.EXCEEDED)
          .ifPresent(
              o ->
                  out.append("      accepted only up to ")
                      .append(o.acceptance().upTo().orElse(0))
                      .append(" (baseline line ")
                      .append(o.acceptance().line())
                      .append("): this figure is larger, so it is reported again\n"));
      out.append(witness(a));
    }
    return out.toString();
  }

  /** " (accepted up to 33)", or nothing for an analysis that measures no figure. */
  private static String bound(Acceptance a) {
    return a.upTo().isPresent() ? " (accepted up to " + a.upTo().getAsLong() + ")" : "";
  }

  /** One analysis on one line: verdict, name, figure and summary. */
  public static String line(Analysis a) {
    return "  "
        + pad(word(a.verdict()), 13)
        + a.name()
        + figure(a, false)
        + ": "
        + a.summary()
        + "\n";
  }

  /** The line of an analysis of {@code report}, whose figure may be a lower bound (--verdicts). */
  private static String line(Analysis a, CheckReport report) {
    boolean atLeast = report.settled(a).map(Settled::valueAtLeast).orElse(false);
    return "  "
        + pad(word(a.verdict()), 13)
        + a.name()
        + figure(a, atLeast)
        + ": "
        + a.summary()
        + "\n";
  }

  /**
   * {@code = 33}; for an inconclusive analysis, or one settled before the search was complete, what
   * was found so far: {@code >= 33}.
   */
  private static String figure(Analysis a, boolean atLeast) {
    if (a.value().isEmpty()) {
      return "";
    }
    return (atLeast || a.verdict() == Verdict.INCONCLUSIVE ? " >= " : " = ")
        + a.value().getAsLong();
  }

  /** Under an analysis settled before the search was complete: when, and what its witness is. */
  private static String settled(Settled s, Analysis a) {
    String witness =
        a.witness().isEmpty()
            ? ""
            : s.witnessShortest()
                ? "; no witness is shorter than this one"
                : s.depthFirst()
                    ? "; the witness is a run found depth first, a full check may find a shorter"
                        + " one"
                    : "; the witness is the shortest found by then, a full check may find a"
                        + " shorter one";
    return "      settled after "
        + s.states()
        + " states"
        + (s.depthFirst() ? " of a depth-first probe" : "")
        + (s.valueAtLeast() ? ", the figure is what was found by then" : "")
        + witness
        + "\n";
  }

  /** The witness of an analysis, one indented line per event; empty when it has none. */
  public static String witness(Analysis a) {
    StringBuilder out = new StringBuilder();
    a.witness()
        .ifPresent(
            w -> {
              for (WitnessSpan span : w.spans()) {
                for (WitnessEvent e : span.events()) {
                  out.append("      ").append(event(span, e)).append('\n');
                }
              }
            });
    return out.toString();
  }

  /**
   * One event of a span: as {@link #event(WitnessEvent)} for one day; for several, {@code days
   * 43–1002, each day · phase one · phase one is extended by 1 day (art. 1.11, line 94)}.
   */
  public static String event(WitnessSpan span, WitnessEvent e) {
    if (!span.repeats()) {
      return event(e);
    }
    return "days "
        + span.firstDay()
        + "\u2013"
        + span.lastDay()
        + ", each day · "
        + where(e)
        + e.text()
        + Citation.of(e.clause(), e.line());
  }

  /** One witness event: {@code day 42 · one · hamas releases 20 ... (art. 1.3, line 67)}. */
  public static String event(WitnessEvent e) {
    return "day " + e.day() + " · " + where(e) + e.text() + Citation.of(e.clause(), e.line());
  }

  private static String where(WitnessEvent e) {
    return e.kind().equals("finding")
        ? "then · "
        : e.phase().map(p -> "phase " + p + " · ").orElse("");
  }

  /** The exploration line of {@code report}, saying when it was a check of verdicts only. */
  static String exploration(CheckReport report) {
    String mode =
        report.verdictsOnly()
            ? " (verdicts only: "
                + (report.settled().isEmpty()
                    ? "no verdict was settled before the end, every figure is in full)"
                    : "figures and witnesses of the verdicts settled before the end are those"
                        + " found by then)")
            : "";
    return exploration(report.exploration()) + mode;
  }

  static String exploration(Exploration x) {
    String coverage =
        x.complete()
            ? "every run explored"
            : x.stop().equals("settled")
                ? "search stopped once every verdict was settled"
                : "search stopped at its "
                    + x.stop().replace("-limit", "")
                    + " limit: inconclusive ("
                    + further(x.stop())
                    + ")";
    return String.format(
        Locale.ROOT, "%d states, %d transitions, %s", x.states(), x.transitions(), coverage);
  }

  /** How to let a stopped search go further. */
  private static String further(String stop) {
    return switch (stop) {
      case "state-limit" -> "raise --max-states to go further";
      case "time-limit" -> "raise --timeout to go further";
      case "memory-limit" -> "give the JVM more memory to go further, e.g. TRUCE_JAVA_OPTS=-Xmx8g";
      default -> "see docs/cli.md";
    };
  }

  static String word(Verdict v) {
    return switch (v) {
      case HOLDS -> "holds";
      case VIOLATED -> "VIOLATED";
      case INCONCLUSIVE -> "inconclusive";
    };
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
