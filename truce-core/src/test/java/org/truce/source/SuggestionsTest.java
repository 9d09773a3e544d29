package org.truce.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void closestFirstThenAlphabeticalAtMostThree() {
    List<String> declared = List.of("israel", "hamaz", "hamas", "hams", "hama", "qatar");
    // hama, hamas, hams are one edit away; hamaz is two
    assertThat(Suggestions.forName("hamsa", declared)).containsExactly("hama", "hamas", "hams");
    assertThat(Suggestions.forName("hamax", declared)).containsExactly("hama", "hamas", "hamaz");
  }

  @Test
  void aLongSharedPrefixCountsOnlyWhenNothingIsClose() {
    assertThat(Suggestions.forName("phase_four", List.of("phase_three", "phase_one")))
        .containsExactly("phase_one", "phase_three");
    assertThat(Suggestions.forName("phase_ones", List.of("phase_three", "phase_one")))
        .containsExactly("phase_one");
    assertThat(Suggestions.forName("egypt", List.of("israel", "hamas"))).isEmpty();
  }

  @Test
  void transpositionsCostOne() {
    assertThat(Suggestions.distance("hamsa", "hamas")).isEqualTo(1);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void distanceIsSymmetricAndZeroOnlyForEqualStrings() {
    qt().forAll(
            strings().basicLatinAlphabet().ofLengthBetween(0, 8),
            strings().basicLatinAlphabet().ofLengthBetween(0, 8))
        .check(
            (a, b) ->
                Suggestions.distance(a, b) == Suggestions.distance(b, a)
                    && (Suggestions.distance(a, b) == 0) == a.equals(b));
  }

  /** The full table, as the search computed it before issue 16: the reference for the band. */
  private static int fullDistance(String a, String b) {
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

  @Test
  void theBandedDistanceIsExactUpToItsLimit() {
    qt().forAll(
            strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 12),
            strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 12),
            org.quicktheories.generators.SourceDSL.integers().between(0, 6))
        .check(
            (a, b, limit) -> {
              int full = fullDistance(a, b);
              return Suggestions.distance(a, b, limit) == Math.min(full, limit + 1)
                  && Suggestions.distance(a, b) == full;
            });
  }

  @Test
  void aFiftyThousandCharacterNameGetsNoSuggestionAndCostsNothing() {
    String declared = "a" + "b".repeat(49_999);
    String typo = "a" + "b".repeat(49_998) + "c";
    // Before issue 16 this allocated a 50,001 x 50,001 table (10 GB) and ran out of memory.
    assertThat(Suggestions.forName(typo, List.of(declared, "hamas"))).isEmpty();
    assertThat(Suggestions.forName("hamsa", List.of(declared, "hamas"))).containsExactly("hamas");
  }

  @Test
  void longNamesNearTheLimitAreStillComparedInABand() {
    String declared = "x".repeat(Suggestions.MAX_LENGTH);
    String typo = "x".repeat(Suggestions.MAX_LENGTH - 1) + "y";
    assertThat(Suggestions.forName(typo, List.of(declared))).containsExactly(declared);
    assertThat(Suggestions.distance(declared, "y".repeat(Suggestions.MAX_LENGTH), 2)).isEqualTo(3);
  }

  @Test
  void atMostSoManyCandidatesAreLookedAt() {
    List<String> declared = new java.util.ArrayList<>();
    for (int i = 0; i < Suggestions.MAX_CANDIDATES; i++) {
      declared.add("name" + i);
    }
    declared.add("hamas");
    assertThat(Suggestions.forName("hamsa", declared)).isEmpty();
    assertThat(Suggestions.forName("hamsa", declared.reversed())).containsExactly("hamas");
  }
}
