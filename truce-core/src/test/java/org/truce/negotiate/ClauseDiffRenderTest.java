package org.truce.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.negotiate.ClauseMatchingTest.BASE;
import static org.truce.negotiate.ClauseMatchingTest.diff;
import static org.truce.negotiate.ClauseMatchingTest.lines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text and JSON forms of actor, holdings, interest and clause changes. */
class ClauseDiffRenderTest {
  private static final String WITH_INTEREST =
      BASE.replace("\n[1 ", "\ninterest b: hostilities ended\n\n[1 ");

  @Test
  void actorsHoldingsAndInterestsComeBeforeClauses() {
    String newText =
        WITH_INTEREST
            .replace("party b \"B\"", "party b \"Bee\"\nguarantor g \"G\"")
            .replace("hostage about 10", "hostage at least 12 \"hostages\"")
            .replace("interest b: hostilities ended", "interest b: hostilities paused");
    ClauseChanges changes =
        ClauseDiff.between(Texts.agreement(WITH_INTEREST), Texts.agreement(newText));
    assertThat(lines(changes))
        .containsExactly(
            "~ actor b: full name \"B\" -> \"Bee\"",
            "+ actor: guarantor g \"G\"",
            "~ held by a: hostage about 10 -> at least 12 \"hostages\"",
            "~ interest b: hostilities ended -> interest b: hostilities paused");
  }

  @Test
  void jsonNamesEveryFieldOfAChangedClause() {
    ClauseChanges changes = diff(BASE.replace("b releases 30 prisoner", "b releases 40 prisoner"));
    Map<String, Object> json = ClauseDiffJson.of(changes);
    assertThat(json).containsOnlyKeys("header", "actors", "holdings", "interests", "clauses");
    Map<String, Object> expected =
        ordered(
            "change", "changed",
            "id", "1.6",
            "label", "Ratio",
            "kind", "exchange ratio",
            "phase", "one",
            "old", "b releases 30 prisoner per hostage released by a",
            "new", "b releases 40 prisoner per hostage released by a",
            "oldLine", null,
            "newLine", null,
            "numbers", List.of(ordered("name", "per unit", "old", 30L, "new", 40L)),
            "moved", false,
            "oldId", "1.6",
            "oldLabel", "Ratio",
            "oldPhase", "one",
            "instrument", null,
            "oldInstrument", null);
    assertThat((List<?>) json.get("clauses"))
        .singleElement()
        .isEqualTo(expected)
        .satisfies(
            clause ->
                assertThat(List.copyOf(((Map<?, ?>) clause).keySet()))
                    .isEqualTo(List.copyOf(expected.keySet())));
  }

  @Test
  void jsonLeavesOutUnchangedClauses() {
    Map<String, Object> json = ClauseDiffJson.of(diff(BASE));
    assertThat(json.values()).allSatisfy(list -> assertThat((List<?>) list).isEmpty());
  }

  /** A map in the given order, null values allowed (Map.of allows neither). */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
