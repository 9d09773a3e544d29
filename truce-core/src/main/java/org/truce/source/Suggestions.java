package org.truce.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean" candidates for an unknown name: up to three declared names within edit distance 2,
 * closest first (ties in alphabetical order). When none is that close, names sharing a prefix of at
 * least four characters are offered instead: a looser net that would otherwise bury the close match
 * among siblings (every {@code hostage.*} category shares the prefix {@code host}).
 */
public final class Suggestions {
  static final int MAX = 3;
  static final int MAX_DISTANCE = 2;
  static final int MIN_PREFIX = 4;

  private Suggestions() {}

  public static List<String> forName(String unknown, Collection<String> declared) {
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String name : declared) {
      if (name.equals(unknown)) {
        continue;
      }
      int distance = distance(unknown, name);
      if (distance <= MAX_DISTANCE || commonPrefix(unknown, name) >= MIN_PREFIX) {
        scored.add(new Scored(name, distance));
      }
    }
    if (scored.stream().anyMatch(s -> s.distance() <= MAX_DISTANCE)) {
      scored.removeIf(s -> s.distance() > MAX_DISTANCE);
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .distinct()
        .limit(MAX)
        .map(Scored::name)
        .toList();
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }

  static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
