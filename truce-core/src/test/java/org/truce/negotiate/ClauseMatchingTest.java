package org.truce.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How clauses of two versions are matched: by id, by label, by content; moved; removed. */
class ClauseMatchingTest {
  static final String BASE =
      """
      agreement "Test"

      party a "A"
      party b "B"

      held by a {
        hostage about 10
      }

      held by b {
        prisoner 500
      }

      [1 "First"]
      phase one lasts 6 weeks {
        [1.1 "Calm"]
        hostilities paused
        [1.2 "Releases"]
        a releases 5 hostage by day 42
        [1.6 "Ratio"]
        b releases 30 prisoner per hostage released by a
      }

      phase two lasts 6 weeks, begins after one {
        hostilities ended
        a releases all remaining hostage by day 42
      }
      """;

  static ClauseChanges diff(String newText) {
    return ClauseDiff.between(Texts.agreement(BASE), Texts.agreement(newText));
  }

  /** The changes other than unchanged ones, as the text renderer writes them. */
  static List<String> lines(ClauseChanges changes) {
    return ClauseDiffText.render(changes).lines().toList();
  }

  @Test
  void sameTextChangesNothing() {
    ClauseChanges changes = diff(BASE);
    assertThat(changes.hasChanges()).isFalse();
    assertThat(changes.clauses()).hasSize(7).allMatch(c -> c.change() == Change.UNCHANGED);
  }

  @Test
  void aLapseIsAClauseAddedChangedAndRemovedLikeAnyOther() {
    String sunset = BASE + "\nlapses on day 60\n";
    assertThat(lines(diff(sunset))).contains("+ lapse: lapses on day 60");
    ClauseChanges moved =
        ClauseDiff.between(
            Texts.agreement(sunset),
            Texts.agreement(BASE + "\nlapses on day 90 unless phase two active\n"));
    assertThat(lines(moved))
        .contains("~ lapse: lapses on day 60 -> lapses on day 90 unless phase two active");
    assertThat(lines(ClauseDiff.between(Texts.agreement(sunset), Texts.agreement(BASE))))
        .contains("- lapse: lapses on day 60");
  }

  @Test
  void clausesWithTheSameIdAreOneClauseWhateverTheirLabelAndWording() {
    ClauseChanges changes =
        diff(
            BASE.replace(
                "[1.2 \"Releases\"]\n  a releases 5 hostage",
                "[1.2 \"First releases\"]\n  a releases 6 hostage"));
    assertThat(lines(changes))
        .containsExactly(
            "~ [1.2 \"First releases\"] release: tag [1.2 \"Releases\"] -> [1.2 \"First"
                + " releases\"]; count 5 -> 6");
  }

  @Test
  void aRenumberedClauseIsFoundByItsLabel() {
    ClauseChanges changes = diff(BASE.replace("[1.6 \"Ratio\"]", "[1.9 \"Ratio\"]"));
    assertThat(changes.clauses(Change.CHANGED))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.before().orElseThrow().ref().id()).contains("1.6");
              assertThat(change.after().orElseThrow().ref().id()).contains("1.9");
              assertThat(change.numbers()).isEmpty();
            });
    assertThat(lines(changes))
        .containsExactly(
            "~ [1.9 \"Ratio\"] exchange ratio: tag [1.6 \"Ratio\"] -> [1.9 \"Ratio\"]");
  }

  @Test
  void clausesWithDifferentTagsAreDifferentClausesEvenWordedAlike() {
    ClauseChanges changes = diff(BASE.replace("[1.6 \"Ratio\"]", "[1.9 \"Exchange\"]"));
    assertThat(lines(changes))
        .containsExactly(
            "- [1.6 \"Ratio\"] exchange ratio: b releases 30 prisoner per hostage released by a",
            "+ [1.9 \"Exchange\"] exchange ratio: b releases 30 prisoner per hostage released by a");
  }

  @Test
  void untaggedClausesAreFoundByKindAndContent() {
    String inserted =
        BASE.replace(
            "  hostilities ended\n", "  hostilities ended\n  b allows 100 aid.truck per day\n");
    ClauseChanges changes = diff(inserted.replace("hostage by day 42\n}", "hostage by day 40\n}"));
    assertThat(lines(changes))
        .containsExactly(
            "+ delivery in phase two: b allows 100 aid.truck per day",
            "~ release in phase two: by day 42 -> 40");
  }

  @Test
  void numbersThatMovedAreNamed() {
    ClauseChanges changes =
        diff(
            BASE.replace("phase one lasts 6 weeks", "phase one lasts 8 weeks")
                .replace("b releases 30 prisoner", "b releases 40 prisoner"));
    assertThat(lines(changes))
        .containsExactly(
            "~ [1 \"First\"] phase: duration in days 42 -> 56",
            "~ [1.6 \"Ratio\"] exchange ratio: per unit 30 -> 40");
    ClauseChange ratio = changes.clauses(Change.CHANGED).get(1);
    assertThat(ratio.numbersOnly()).isTrue();
    assertThat(ratio.numbers())
        .containsExactly(new NumberChange("per unit", Optional.of(30L), Optional.of(40L)));
  }

  @Test
  void aClauseMovedToAnotherPhaseIsMarkedMoved() {
    String moved =
        BASE.replace("  [1.2 \"Releases\"]\n  a releases 5 hostage by day 42\n", "")
            .replace(
                "  hostilities ended\n",
                "  hostilities ended\n  [1.2 \"Releases\"]\n  a releases 5 hostage by day 42\n");
    ClauseChanges changes = diff(moved);
    assertThat(changes.clauses(Change.CHANGED))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.moved()).isTrue();
              assertThat(change.phase()).contains("two");
              assertThat(change.before().orElseThrow().phase()).contains("one");
            });
    assertThat(lines(changes))
        .containsExactly("~ [1.2 \"Releases\"] release: moved from phase one to phase two");
  }

  @Test
  void renamingATaggedPhaseMovesNoneOfItsClauses() {
    ClauseChanges changes =
        diff(
            BASE.replace("phase one lasts", "phase first lasts")
                .replace("after one", "after first"));
    assertThat(lines(changes))
        .containsExactly(
            "~ [1 \"First\"] phase: phase one lasts 42 days, begins on day 1 -> phase first lasts"
                + " 42 days, begins on day 1",
            "~ phase: phase two lasts 42 days, begins after one -> phase two lasts 42 days, begins"
                + " after first");
    assertThat(changes.clauses()).noneMatch(ClauseChange::moved);
  }

  @Test
  void aRemovedPhaseIsRemovedWithItsClauses() {
    String withoutTwo = BASE.substring(0, BASE.indexOf("phase two"));
    ClauseChanges changes = diff(withoutTwo);
    assertThat(lines(changes))
        .containsExactly(
            "- phase: phase two lasts 42 days, begins after one",
            "- hostilities in phase two: hostilities ended",
            "- release in phase two: a releases all remaining hostage by day 42");
    assertThat(changes.clauses(Change.REMOVED))
        .extracting(change -> change.kind(), change -> change.phase().orElseThrow())
        .extracting(tuple -> tuple.toList().toString())
        .containsExactly("[phase, two]", "[hostilities, two]", "[release, two]");
  }
}
