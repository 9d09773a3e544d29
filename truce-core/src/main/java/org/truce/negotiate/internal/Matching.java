package org.truce.negotiate.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pairs the clauses of an old and a new text in steps; each step pairs only clauses left over by
 * the steps before it. Within a step, the clauses of each side that share a key are paired in
 * source order, first with first, second with second. That rule does not depend on which text is
 * called old, so swapping the texts swaps the pairs: what one direction reports added, the other
 * reports removed.
 */
public final class Matching {
  /** Positions in the old and new lists; -1 where the clause has no counterpart. */
  public record Pair(int before, int after) {}

  private final List<Listed> olds;
  private final List<Listed> news;
  private final int[] newOf;
  private final int[] oldOf;

  public Matching(List<Listed> olds, List<Listed> news) {
    this.olds = List.copyOf(olds);
    this.news = List.copyOf(news);
    this.newOf = new int[olds.size()];
    this.oldOf = new int[news.size()];
    Arrays.fill(newOf, -1);
    Arrays.fill(oldOf, -1);
  }

  /** Pairs clauses of {@code subset} by id, then by label: tags name clauses across versions. */
  public void byTag(Predicate<Listed> subset) {
    pair(subset, Listed::tagged, Listed::tagged, Listed::id, Listed::id);
    pair(subset, Listed::tagged, Listed::tagged, Listed::label, Listed::label);
  }

  /**
   * Pairs clauses of {@code subset} with equal keys where at least one of the two is untagged: two
   * tags that differ in id and label name two different clauses, whatever they say.
   */
  public void byContent(
      Predicate<Listed> subset, Function<Listed, String> oldKey, Function<Listed, String> newKey) {
    Predicate<Listed> untagged = listed -> !listed.tagged();
    Predicate<Listed> any = listed -> true;
    pair(subset, untagged, untagged, present(oldKey), present(newKey));
    // The two mixed cases take disjoint clauses, so their order does not break the symmetry.
    pair(subset, untagged, any, present(oldKey), present(newKey));
    pair(subset, any, untagged, present(oldKey), present(newKey));
  }

  /** The counterpart in the new text of an old clause, if paired. */
  public Optional<Listed> newOf(int before) {
    return newOf[before] < 0 ? Optional.empty() : Optional.of(news.get(newOf[before]));
  }

  /**
   * Every clause of both texts once, in the order of the new text; a removed clause comes right
   * after the new position of the nearest paired clause before it in the old text.
   */
  public List<Pair> pairs() {
    record Placed(Pair pair, int at, int rank, int old) {}
    List<Placed> placed = new ArrayList<>();
    for (int after = 0; after < news.size(); after++) {
      placed.add(new Placed(new Pair(oldOf[after], after), after, 0, 0));
    }
    int anchor = -1;
    for (int before = 0; before < olds.size(); before++) {
      if (newOf[before] >= 0) {
        anchor = newOf[before];
      } else {
        placed.add(new Placed(new Pair(before, -1), anchor, 1, before));
      }
    }
    return placed.stream()
        .sorted(
            Comparator.comparingInt(Placed::at)
                .thenComparingInt(Placed::rank)
                .thenComparingInt(Placed::old))
        .map(Placed::pair)
        .toList();
  }

  private static Function<Listed, Optional<String>> present(Function<Listed, String> key) {
    return listed -> Optional.of(key.apply(listed));
  }

  private void pair(
      Predicate<Listed> subset,
      Predicate<Listed> oldFilter,
      Predicate<Listed> newFilter,
      Function<Listed, Optional<String>> oldKey,
      Function<Listed, Optional<String>> newKey) {
    Map<String, Deque<Integer>> waiting = new HashMap<>();
    for (int before = 0; before < olds.size(); before++) {
      Listed old = olds.get(before);
      if (newOf[before] < 0 && subset.test(old) && oldFilter.test(old)) {
        int at = before;
        oldKey
            .apply(old)
            .ifPresent(key -> waiting.computeIfAbsent(key, k -> new ArrayDeque<>()).add(at));
      }
    }
    for (int after = 0; after < news.size(); after++) {
      Listed now = news.get(after);
      if (oldOf[after] >= 0 || !subset.test(now) || !newFilter.test(now)) {
        continue;
      }
      Optional<Integer> match = newKey.apply(now).map(waiting::get).map(Deque::pollFirst);
      if (match.isPresent()) {
        newOf[match.get()] = after;
        oldOf[after] = match.get();
      }
    }
  }
}
