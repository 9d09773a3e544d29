package org.truce.check.baseline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.truce.check.Analysis;
import org.truce.check.CheckReport;
import org.truce.check.Verdict;

/**
 * Writes the baseline that accepts exactly the findings of a report ({@code truce check
 * --write-baseline}): one line per violated analysis with its figure as the bound. A reason already
 * written for the same analysis and adversary is kept; a new line gets {@code newReason}. The lines
 * of an earlier baseline that this run cannot judge are kept as they were: those for another
 * adversary, for analyses not run (--only) and for analyses left inconclusive. Comments are not
 * kept.
 */
public final class BaselineWriter {
  private BaselineWriter() {}

  public static String write(
      String agreementName,
      CheckReport report,
      Optional<Baseline> earlier,
      Optional<String> adversary,
      String newReason) {
    StringBuilder out = new StringBuilder();
    out.append("# Findings of `truce check` the drafters of ")
        .append(agreementName.replace('\n', ' '))
        .append(" accept (docs/cli.md).\n")
        .append("# A finding whose figure grows past its bound, or that no longer occurs, is")
        .append(" reported.\n");
    Set<String> judged = new HashSet<>();
    List<String> lines = new ArrayList<>();
    java.util.Map<String, Acceptance> reasons =
        earlier.map(b -> b.applying(adversary)).orElse(java.util.Map.of());
    for (Analysis a : report.analyses()) {
      if (a.verdict() == Verdict.INCONCLUSIVE) {
        continue;
      }
      judged.add(a.name());
      if (a.verdict() != Verdict.VIOLATED) {
        continue;
      }
      Acceptance kept = reasons.get(a.name());
      String reason = kept == null ? newReason : kept.reason();
      lines.add(
          line(
              a.name(),
              Baseline.measures(a.name()) ? a.value() : java.util.OptionalLong.empty(),
              adversary,
              reason));
    }
    earlier.ifPresent(
        b -> {
          for (Acceptance kept : b.acceptances()) {
            if (!kept.appliesTo(adversary) || !judged.contains(kept.analysis())) {
              lines.add(line(kept.analysis(), kept.upTo(), kept.adversary(), kept.reason()));
            }
          }
        });
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  /** {@code accept exposure(hamas) up to 33 because "..."}, the form the reader reads. */
  static String line(
      String analysis, java.util.OptionalLong upTo, Optional<String> adversary, String reason) {
    StringBuilder out = new StringBuilder("accept ").append(name(analysis));
    upTo.ifPresent(n -> out.append(" up to ").append(n));
    adversary.ifPresent(p -> out.append(" with adversary ").append(p));
    return out.append(" because ").append(quote(reason)).toString();
  }

  /** The name as a word when the reader reads it back as one, else in quotes. */
  private static String name(String analysis) {
    return analysis.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*(\\([^)\\n\"#]*\\))?")
            && !analysis.contains(" ")
        ? analysis
        : quote(analysis);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + "\"";
  }
}
