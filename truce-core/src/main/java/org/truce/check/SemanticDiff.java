package org.truce.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.SourceMap;

/**
 * What a new version of a text changes in what can happen: both texts are checked with the same
 * options, and each analysis is compared by name. A mediator's question about a counterproposal
 * ("what does it open, what does it close?") answered mechanically, each answer with its witness.
 */
public final class SemanticDiff {
  private SemanticDiff() {}

  /** How one analysis moved between the two texts. */
  public enum Change {
    /** Violated in the new text, not in the old: the new text opens it. */
    ADDED,
    /** Violated in the old text, not in the new: the new text closes it. */
    REMOVED,
    /** Violated in both, with a different figure. */
    SHIFTED,
    /** The same verdict and figure in both. */
    UNCHANGED,
    /** Only one text has this analysis (a requirement or a party of its own). */
    ONLY_ONE,
    /** A limit stopped a search, so the two cannot be compared. */
    UNDECIDED
  }

  /** One analysis in both texts; either side is empty when only one text has it. */
  public record Entry(String name, Change change, Optional<Analysis> old, Optional<Analysis> now) {}

  /** Every analysis of both texts, in the new text's order, then those only the old text has. */
  public record Result(CheckReport old, CheckReport now, List<Entry> entries) {
    public Result {
      entries = List.copyOf(entries);
    }

    /** True when the new text opens a violation or makes a figure of one worse. */
    public boolean worse() {
      return entries.stream()
          .anyMatch(
              e ->
                  e.change() == Change.ADDED
                      || (e.change() == Change.SHIFTED
                          && e.now().orElseThrow().value().orElse(0)
                              > e.old().orElseThrow().value().orElse(0)));
    }

    /**
     * How many analyses a search limit left undecided in either text. When there are any, the diff
     * cannot say that the new text opens nothing: it is inconclusive.
     */
    public long undecided() {
      return entries.stream().filter(e -> e.change() == Change.UNDECIDED).count();
    }
  }

  public static Result between(
      Agreement oldText,
      Optional<SourceMap> oldSources,
      Agreement newText,
      Optional<SourceMap> newSources,
      CheckOptions options) {
    CheckReport old = Checker.check(oldText, oldSources, options);
    CheckReport now = Checker.check(newText, newSources, options);
    Map<String, Analysis> before = new LinkedHashMap<>();
    old.analyses().forEach(a -> before.put(a.name(), a));
    List<Entry> entries = new ArrayList<>();
    for (Analysis a : now.analyses()) {
      Analysis b = before.remove(a.name());
      entries.add(new Entry(a.name(), change(b, a), Optional.ofNullable(b), Optional.of(a)));
    }
    for (Analysis b : before.values()) {
      entries.add(new Entry(b.name(), Change.ONLY_ONE, Optional.of(b), Optional.empty()));
    }
    return new Result(old, now, entries);
  }

  private static Change change(Analysis old, Analysis now) {
    if (old == null) {
      return Change.ONLY_ONE;
    }
    if (old.verdict() == Verdict.INCONCLUSIVE || now.verdict() == Verdict.INCONCLUSIVE) {
      return Change.UNDECIDED;
    }
    boolean wasBad = old.verdict() == Verdict.VIOLATED;
    boolean isBad = now.verdict() == Verdict.VIOLATED;
    if (wasBad != isBad) {
      return isBad ? Change.ADDED : Change.REMOVED;
    }
    return old.value().equals(now.value()) ? Change.UNCHANGED : Change.SHIFTED;
  }
}
