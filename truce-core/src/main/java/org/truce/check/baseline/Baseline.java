package org.truce.check.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.Checker;
import org.truce.model.Agreement;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Suggestions;
import org.truce.vocabulary.Role;

/**
 * The findings the drafters of one agreement accept, read from {@code source} (usually {@code
 * NAME.truce.baseline} beside the agreement), in the order written.
 */
public record Baseline(SourceText source, List<Acceptance> acceptances) {
  public Baseline {
    acceptances = List.copyOf(acceptances);
  }

  /**
   * The suffix of the baseline beside an agreement: {@code x.truce} has {@code x.truce.baseline}.
   */
  public static final String SUFFIX = ".baseline";

  /**
   * True for analyses that measure a figure: their acceptance must bound it. dead-clauses counts
   * the dead rights, so that accepting one does not hide a second.
   */
  public static boolean measures(String analysis) {
    return analysis.startsWith("exposure(")
        || analysis.equals("indefinite-truce")
        || analysis.equals("dead-clauses");
  }

  /**
   * What does not fit {@code agreement}: an analysis it does not have (with the names it has), a
   * party that is not one of its parties, a figure missing or out of place, an analysis accepted
   * twice for the same adversary. Errors: a check with such a baseline stops with exit 2.
   */
  public List<Diagnostic> validate(Agreement agreement) {
    List<String> names = Checker.analysisNames(agreement);
    java.util.Set<String> known = new java.util.HashSet<>(names);
    List<String> parties =
        agreement.actors().stream().filter(a -> a.has(Role.PARTY)).map(a -> a.name()).toList();
    String partyList = String.join(", ", parties);
    List<Diagnostic> out = new ArrayList<>();
    Map<String, Acceptance> seen = new HashMap<>();
    for (Acceptance a : acceptances) {
      String name = a.analysis();
      if (!known.contains(name)) {
        if (name.startsWith("exposure(") && name.endsWith(")")) {
          String party = name.substring("exposure(".length(), name.length() - 1);
          out.add(
              Diagnostic.of(
                      DiagnosticCode.BASELINE_UNKNOWN_PARTY, a.analysisSpan(), party, partyList)
                  .withSuggestions(
                      Suggestions.forName(party, parties).stream()
                          .map(p -> "exposure(" + p + ")")
                          .toList()));
        } else {
          out.add(
              Diagnostic.of(
                      DiagnosticCode.BASELINE_UNKNOWN_ANALYSIS,
                      a.analysisSpan(),
                      name,
                      String.join(", ", names))
                  .withSuggestions(Suggestions.forName(name, names)));
        }
        continue;
      }
      if (a.adversary().isPresent() && !parties.contains(a.adversary().get())) {
        out.add(
            Diagnostic.of(
                    DiagnosticCode.BASELINE_UNKNOWN_PARTY, a.span(), a.adversary().get(), partyList)
                .withSuggestions(Suggestions.forName(a.adversary().get(), parties)));
        continue;
      }
      if (measures(name) && a.upTo().isEmpty()) {
        out.add(Diagnostic.of(DiagnosticCode.BASELINE_MISSING_FIGURE, a.analysisSpan(), name));
      } else if (!measures(name) && a.upTo().isPresent()) {
        out.add(
            Diagnostic.of(
                DiagnosticCode.BASELINE_FIGURE_NOT_MEASURED,
                a.analysisSpan(),
                name,
                a.upTo().getAsLong()));
      }
      String key = name + " " + a.adversary().orElse("");
      Acceptance first = seen.putIfAbsent(key, a);
      if (first != null) {
        out.add(
            Diagnostic.of(
                DiagnosticCode.BASELINE_DUPLICATE,
                a.analysisSpan(),
                name,
                a.adversary().map(p -> " with adversary `" + p + "`").orElse(""),
                (long) first.line()));
      }
    }
    return out;
  }

  /** The acceptance of {@code analysis} in runs with {@code adversary}, if there is one. */
  public Optional<Acceptance> find(String analysis, Optional<String> adversary) {
    return Optional.ofNullable(applying(adversary).get(analysis));
  }

  /**
   * The acceptances that apply to runs with {@code adversary}, by analysis (the first of two for
   * the same analysis): one map, so that setting a report of many analyses against a baseline of
   * many lines takes time in proportion to the two.
   */
  public Map<String, Acceptance> applying(Optional<String> adversary) {
    Map<String, Acceptance> byName = new HashMap<>();
    for (Acceptance a : acceptances) {
      if (a.appliesTo(adversary)) {
        byName.putIfAbsent(a.analysis(), a);
      }
    }
    return byName;
  }
}
