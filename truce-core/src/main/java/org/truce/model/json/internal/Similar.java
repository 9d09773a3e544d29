package org.truce.model.json.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean ...": the candidates closest to a misspelt word, by edit distance. */
final class Similar {
  private Similar() {}

  static List<String> to(String word, Collection<String> candidates) {
    int limit = Math.max(1, Math.min(3, word.length() / 3));
    return candidates.stream()
        .filter(
            c ->
                distance(
                        word.toLowerCase(java.util.Locale.ROOT),
                        c.toLowerCase(java.util.Locale.ROOT))
                    <= limit)
        .sorted(Comparator.comparingInt((String c) -> distance(word, c)).thenComparing(c -> c))
        .limit(3)
        .toList();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
