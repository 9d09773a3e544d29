package org.truce.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Confidence;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Provenance;
import org.truce.ledger.Stance;
import org.truce.model.Agreement;
import org.truce.testing.Golden;

/**
 * The positions name a clause's instrument, and a concession that moves a clause out of a side
 * letter says so (docs/dossier.md).
 */
class PositionsInstrumentsTest {
  private static final Provenance SOURCE =
      new Provenance(
          "a report",
          Optional.empty(),
          Optional.empty(),
          false,
          Confidence.REPORTED,
          Optional.empty());

  private static final String V1 = read().replace("version \"2024-11-26\"", "version \"v1\"");

  /** Tabled by israel: the letter's right moves into the agreement itself. */
  private static final String V2 =
      V1.replace("version \"v1\"", "version \"v2\"\n  tabled by israel")
          .replace(
              "  [L.1 \"Action against violations in the south\"]\n"
                  + "  israel may resume hostilities when phase one active\n",
              "")
          .replace(
              "concludes when",
              "[L.1 \"Action against violations in the south\"]\n"
                  + "israel may resume hostilities when phase one active\n\nconcludes when");

  private static String read() {
    try {
      return Files.readString(Golden.resources().resolve("instruments/side-letter.truce"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Entry position(String id, String party, String version, Stance stance) {
    return new Entry(
        id,
        LocalDate.of(2024, 11, 27),
        new Entry.Position(party, "L.1", version, stance, Optional.empty()),
        SOURCE,
        Optional.empty());
  }

  private final Agreement v1 = Texts.agreement(V1);
  private final Agreement v2 = Texts.agreement(V2);
  private final DossierRecord record =
      new DossierRecord(
          new DossierVersions(Map.of("v1", v1, "v2", v2)),
          List.of(position("p1", "lebanon", "v1", Stance.REJECTS)));

  @Test
  void thePositionsNameTheInstrumentOfAClause() {
    assertThat(Readers.positions(record, "v1", Optional.empty()).rows())
        .extracting(row -> row.getFirst())
        .containsExactly("L.1 \"Action against violations in the south\" in instrument letter");
  }

  @Test
  void aConcessionThatMovesAClauseOutOfTheLetterSaysSo() {
    List<Concessions.Concession> found =
        Concessions.between(record, "v1", "v2", ClauseDiff.between(v1, v2));
    assertThat(found)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.by()).isEqualTo("israel");
              assertThat(c.to()).contains("lebanon");
              assertThat(c.clause()).isEqualTo("L.1 \"Action against violations in the south\"");
              assertThat(c.how())
                  .isEqualTo(
                      "changes the clause (moves it from instrument letter to the agreement);"
                          + " lebanon's stance on v1: rejects");
            });
  }
}
