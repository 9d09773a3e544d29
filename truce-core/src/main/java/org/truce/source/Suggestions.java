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
 *
 * <p>The search is bounded whatever the input (issue 16): a name longer than {@link #MAX_LENGTH}
 * characters gets no suggestion and is compared with nothing, at most {@link #MAX_CANDIDATES}
 * declared names are looked at, and the distance is computed only up to {@link #MAX_DISTANCE} (or
 * {@link #MAX_SCORED} for names sharing a prefix) in a band of the dynamic-programming table, in
 * space linear in the shorter name, stopping as soon as a row exceeds it. One search thus costs at
 * most {@code MAX_CANDIDATES * MAX_LENGTH * (2 * MAX_SCORED + 1)} steps.
 */
public final class Suggestions {
  static final int MAX = 3;
  static final int MAX_DISTANCE = 2;
  static final int MIN_PREFIX = 4;

  /** Names longer than this are neither given suggestions nor suggested. */
  static final int MAX_LENGTH = 256;

  /** The most declared names one search looks at. */
  static final int MAX_CANDIDATES = 1_000;

  /**
   * Distances of names that only share a prefix, which order them, are exact up to this; a larger
   * one counts as {@code MAX_SCORED + 1}.
   */
  static final int MAX_SCORED = 32;

  private Suggestions() {}

  public static List<String> forName(String unknown, Collection<String> declared) {
    record Scored(String name, int distance) {}
    if (unknown.length() > MAX_LENGTH) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>();
    List<String> sharingAPrefix = new ArrayList<>();
    int looked = 0;
    for (String name : declared) {
      if (looked++ == MAX_CANDIDATES) {
        break;
      }
      if (name.length() > MAX_LENGTH || name.equals(unknown)) {
        continue;
      }
      int distance = distance(unknown, name, MAX_DISTANCE);
      if (distance <= MAX_DISTANCE) {
        scored.add(new Scored(name, distance));
      } else if (commonPrefix(unknown, name) >= MIN_PREFIX) {
        sharingAPrefix.add(name);
      }
    }
    if (scored.isEmpty()) {
      // The looser net, only when nothing is close: the wider band costs more.
      for (String name : sharingAPrefix) {
        scored.add(new Scored(name, distance(unknown, name, MAX_SCORED)));
      }
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
    return distance(a, b, Integer.MAX_VALUE - 1);
  }

  /**
   * The optimal string alignment distance, or {@code limit + 1} when it is larger than {@code
   * limit}. Only the cells within {@code limit} of the diagonal are computed (a path outside them
   * costs more than the limit), three rows at a time, so time is {@code O(n * limit)} and space
   * {@code O(m)}; the search stops at the first row whose every cell exceeds the limit, since
   * distances along a row never drop below the row's minimum.
   */
  static int distance(String a, String b, int limit) {
    if (a.length() < b.length()) {
      String t = a;
      a = b;
      b = t;
    }
    int n = a.length();
    int m = b.length();
    if (n - m > limit) {
      return limit + 1;
    }
    int over = limit + 1;
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= n; i++) {
      int from = (int) Math.max(1, (long) i - limit);
      int to = (int) Math.min(m, (long) i + limit);
      // The cells either side of the band read as "over the limit".
      current[0] = Math.min(i, over);
      current[from - 1] = from == 1 ? current[0] : over;
      if (to < m) {
        current[to + 1] = over;
      }
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, before[j - 2] + 1);
        }
        current[j] = Math.min(best, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return over;
      }
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return Math.min(previous[m], over);
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
