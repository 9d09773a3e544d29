package org.truce.render.check;

import java.util.Locale;
import java.util.Optional;
import org.truce.check.Analysis;
import org.truce.check.SemanticDiff;
import org.truce.check.SemanticDiff.Change;
import org.truce.check.SemanticDiff.Entry;
import org.truce.check.WitnessEvent;
import org.truce.check.WitnessSpan;

/**
 * The semantic part of {@code truce diff} as plain text: for each analysis, what the new text
 * opens, closes or shifts, with the witness of the side where it is violated. Unchanged analyses
 * are listed on one line each, so that a reader sees what was compared.
 */
public final class SemanticDiffText {
  private SemanticDiffText() {}

  public static String render(SemanticDiff.Result result) {
    StringBuilder out = new StringBuilder();
    out.append("What can happen (every run of each text explored):\n");
    out.append("  old: ").append(CheckText.exploration(result.old().exploration())).append('\n');
    out.append("  new: ").append(CheckText.exploration(result.now().exploration())).append('\n');
    for (Entry e : result.entries()) {
      out.append(line(e));
      Optional<Analysis> shown =
          switch (e.change()) {
            case ADDED, SHIFTED -> e.now();
            case REMOVED -> e.old();
            default -> Optional.empty();
          };
      shown
          .flatMap(Analysis::witness)
          .ifPresent(
              w -> {
                out.append("      witness in the ")
                    .append(e.change() == Change.REMOVED ? "old" : "new")
                    .append(" text:\n");
                for (WitnessSpan span : w.spans()) {
                  for (WitnessEvent event : span.events()) {
                    out.append("      ").append(CheckText.event(span, event)).append('\n');
                  }
                }
              });
    }
    inconclusive(result).ifPresent(line -> out.append(line).append('\n'));
    return out.toString();
  }

  /**
   * The closing line when a search limit left analyses undecided: the diff cannot then say that the
   * new text opens nothing.
   */
  public static Optional<String> inconclusive(SemanticDiff.Result result) {
    long undecided = result.undecided();
    if (undecided == 0) {
      return Optional.empty();
    }
    long compared = result.entries().size();
    return Optional.of(
        "Inconclusive: "
            + (undecided == compared
                ? "no analysis could be compared"
                : undecided + " of " + compared + " analyses could not be compared")
            + ", because a search stopped at a limit; raise --max-states or"
            + " --timeout.");
  }

  /** One analysis on one line: what the change does to it, the figures, and a sentence. */
  public static String line(Entry e) {
    return "  " + pad(word(e.change())) + e.name() + figures(e) + ": " + sentence(e) + "\n";
  }

  static String word(Change change) {
    return switch (change) {
      case ADDED -> "opens";
      case REMOVED -> "closes";
      case SHIFTED -> "shifts";
      case UNCHANGED -> "same";
      case ONLY_ONE -> "only one";
      case UNDECIDED -> "undecided";
    };
  }

  private static String figures(Entry e) {
    String old = e.old().map(SemanticDiffText::figure).orElse("-");
    String now = e.now().map(SemanticDiffText::figure).orElse("-");
    return " (" + old + " -> " + now + ")";
  }

  private static String figure(Analysis a) {
    String verdict = CheckText.word(a.verdict()).toLowerCase(Locale.ROOT);
    return a.value().isPresent() ? verdict + " " + a.value().getAsLong() : verdict;
  }

  private static String sentence(Entry e) {
    return switch (e.change()) {
      case ADDED -> "the new text opens it: " + e.now().orElseThrow().summary();
      case REMOVED -> "the new text closes it: " + e.now().orElseThrow().summary();
      case SHIFTED -> "the figure moves: " + e.now().orElseThrow().summary();
      case UNCHANGED -> "as before";
      case ONLY_ONE -> e.now().isPresent() ? "only in the new text" : "only in the old text";
      case UNDECIDED -> "a search stopped at a limit: the two cannot be compared";
    };
  }

  private static String pad(String s) {
    return s.length() >= 10 ? s + " " : s + " ".repeat(10 - s.length());
  }
}
