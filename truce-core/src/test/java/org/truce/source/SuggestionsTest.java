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
}
