package org.truce.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.negotiate.ClauseMatchingTest.lines;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.testing.Golden;

/**
 * The diff follows instruments (docs/semantics.md, "Instruments and precedence"): a clause moved
 * between the agreement and an instrument, an instrument added, removed or reranked.
 */
class ClauseDiffInstrumentsTest {
  private static final String LETTER = read();

  private static final String LETTER_BLOCK =
      LETTER.substring(LETTER.indexOf("# Channel 13"), LETTER.length());

  private static String read() {
    try {
      return Files.readString(Golden.resources().resolve("instruments/side-letter.truce"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ClauseChanges diff(String oldText, String newText) {
    return ClauseDiff.between(Texts.agreement(oldText), Texts.agreement(newText));
  }

  @Test
  void aClauseMovedIntoTheAgreementIsMovedAndTheEmptyLetterStays() {
    String newText =
        LETTER
            .replace(
                "  [L.1 \"Action against violations in the south\"]\n"
                    + "  israel may resume hostilities when phase one active\n",
                "")
            .replace(
                "concludes when",
                "[L.1 \"Action against violations in the south\"]\n"
                    + "israel may resume hostilities when phase one active\n\nconcludes when");
    assertThat(lines(diff(LETTER, newText)))
        .containsExactly(
            "~ [L.1 \"Action against violations in the south\"] right: moved from instrument"
                + " letter to the top level");
  }

  @Test
  void anInstrumentAddedOrRemovedIsListedWithItsClauses() {
    String without = LETTER.replace(LETTER_BLOCK, "");
    assertThat(lines(diff(without, LETTER)))
        .containsExactly(
            "+ [L.1 \"Action against violations in the south\"] right in instrument letter: israel"
                + " may resume hostilities when phase one active",
            "+ instrument letter \"Letter of assurances\" side letter from us to israel, not"
                + " published, ranks above agreement");
    assertThat(lines(diff(LETTER, without)))
        .containsExactly(
            "- [L.1 \"Action against violations in the south\"] right in instrument letter: israel"
                + " may resume hostilities when phase one active",
            "- instrument letter \"Letter of assurances\" side letter from us to israel, not"
                + " published, ranks above agreement");
  }

  @Test
  void aReportedReadingThatRanksTheLetterLowerChangesTheInstrument() {
    String below = LETTER.replace("ranks above agreement", "ranks below agreement");
    assertThat(lines(diff(LETTER, below)))
        .containsExactly(
            "~ instrument letter \"Letter of assurances\" side letter from us to"
                + " israel, not published, ranks above agreement -> instrument letter \"Letter of"
                + " assurances\" side letter from us to israel, not published, ranks below"
                + " agreement");
  }

  @Test
  void jsonNamesTheInstrumentOnBothSides() {
    String newText =
        LETTER.replace(LETTER_BLOCK, LETTER_BLOCK.replace("instrument letter", "instrument note"));
    List<?> clauses = (List<?>) ClauseDiffJson.of(diff(LETTER, newText)).get("clauses");
    Map<?, ?> moved = (Map<?, ?>) clauses.getFirst();
    assertThat(moved.get("moved")).isEqualTo(true);
    assertThat(moved.get("instrument")).isEqualTo("note");
    assertThat(moved.get("oldInstrument")).isEqualTo("letter");
  }
}
