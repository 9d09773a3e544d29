package org.truce.negotiate.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.truce.negotiate.Change;
import org.truce.negotiate.ClauseChange;
import org.truce.negotiate.NumberChange;

/**
 * Matches the clauses (or the interests) of two texts and says what became of each: phases first,
 * by tag, then wording, then name; then every other clause by tag, by wording in the same phase, by
 * wording anywhere, and last by what it keeps when reworded (its shape, with the numbers left out),
 * so that a ratio raised from 30 to 40 is one changed clause rather than one removed and one added.
 */
public final class ClauseComparison {
  /** Joins the parts of a key; no name or clause text contains it. */
  private static final String SEP = "\u0000";

  private final List<Listed> olds;
  private final List<Listed> news;
  private final Matching matching;
  private final Map<String, String> newPhaseOf = new HashMap<>();

  private ClauseComparison(List<Listed> olds, List<Listed> news) {
    this.olds = olds;
    this.news = news;
    this.matching = new Matching(olds, news);
  }

  public static List<ClauseChange> compare(List<Listed> olds, List<Listed> news) {
    return new ClauseComparison(olds, news).run();
  }

  private List<ClauseChange> run() {
    Predicate<Listed> phases = Listed::isPhase;
    matching.byTag(phases);
    matching.byContent(phases, ClauseComparison::wording, ClauseComparison::wording);
    matching.byContent(phases, Listed::identity, Listed::identity);
    for (int before = 0; before < olds.size(); before++) {
      String name = olds.get(before).version().phase().orElse("");
      matching
          .newOf(before)
          .filter(Listed::isPhase)
          .ifPresent(now -> newPhaseOf.put(name, now.version().phase().orElseThrow()));
    }
    Predicate<Listed> others = phases.negate();
    matching.byTag(others);
    matching.byContent(others, inPhase(this::oldPhase), inPhase(ClauseComparison::newPhase));
    matching.byContent(others, ClauseComparison::wording, ClauseComparison::wording);
    matching.byContent(others, known(this::oldPhase), known(ClauseComparison::newPhase));
    List<ClauseChange> out = new ArrayList<>();
    for (Matching.Pair pair : matching.pairs()) {
      out.add(
          change(
              pair.before() < 0 ? Optional.empty() : Optional.of(olds.get(pair.before())),
              pair.after() < 0 ? Optional.empty() : Optional.of(news.get(pair.after()))));
    }
    return out;
  }

  private ClauseChange change(Optional<Listed> before, Optional<Listed> after) {
    if (before.isEmpty() || after.isEmpty()) {
      Change change = before.isEmpty() ? Change.ADDED : Change.REMOVED;
      return new ClauseChange(
          change, before.map(Listed::version), after.map(Listed::version), false, List.of(), false);
    }
    Listed old = before.get();
    Listed now = after.get();
    boolean moved =
        !old.isPhase()
            && (!oldPhase(old).equals(newPhase(now))
                || !old.version().ref().instrument().equals(now.version().ref().instrument()));
    boolean same = old.content().equals(now.content()) && !moved;
    List<NumberChange> numbers = NumberPairing.moved(old.numbers(), now.numbers());
    String oldText = old.version().text();
    String newText = now.version().text();
    boolean numbersOnly =
        !numbers.isEmpty()
            && !oldText.equals(newText)
            && Numbers.shape(oldText).equals(Numbers.shape(newText));
    return new ClauseChange(
        same ? Change.UNCHANGED : Change.CHANGED,
        before.map(Listed::version),
        after.map(Listed::version),
        moved,
        numbers,
        numbersOnly);
  }

  /** The old clause's phase under its new name; a phase with no counterpart keeps a mark. */
  private String oldPhase(Listed old) {
    return old.version().phase().map(name -> newPhaseOf.getOrDefault(name, SEP + name)).orElse("");
  }

  private static String newPhase(Listed now) {
    return now.version().phase().orElse("");
  }

  private static String wording(Listed listed) {
    return listed.version().kind() + SEP + listed.version().text();
  }

  private static Function<Listed, String> inPhase(Function<Listed, String> phase) {
    return listed -> phase.apply(listed) + SEP + wording(listed);
  }

  private static Function<Listed, String> known(Function<Listed, String> phase) {
    return listed ->
        listed.version().kind()
            + SEP
            + listed.identity()
            + SEP
            + (listed.perPhase() ? phase.apply(listed) : "");
  }
}
