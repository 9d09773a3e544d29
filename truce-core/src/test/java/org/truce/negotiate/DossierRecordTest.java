package org.truce.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Confidence;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Provenance;

/** Which entries are in force at a date: corrections and retractions take effect on their day. */
class DossierRecordTest {
  private static final Provenance SOURCE =
      new Provenance(
          "a report",
          Optional.empty(),
          Optional.empty(),
          false,
          Confidence.REPORTED,
          Optional.empty());

  private static Entry meeting(String id, int day, Optional<String> supersedes) {
    return new Entry(
        id,
        LocalDate.of(2024, 7, day),
        new Entry.Meeting("Doha", id, List.of()),
        SOURCE,
        supersedes);
  }

  private static Entry retraction(String id, int day, String target) {
    return new Entry(
        id,
        LocalDate.of(2024, 7, day),
        new Entry.Retraction(target, "wrong"),
        SOURCE,
        Optional.empty());
  }

  private static List<String> ids(List<Entry> entries) {
    return entries.stream().map(Entry::id).toList();
  }

  @Test
  void correctionsAndRetractionsEndEntriesFromTheirOwnDate() {
    DossierRecord record =
        new DossierRecord(
            new DossierVersions(Map.of()),
            List.of(
                meeting("late", 9, Optional.empty()),
                meeting("first", 1, Optional.empty()),
                meeting("fixed", 5, Optional.of("first")),
                meeting("other", 2, Optional.empty()),
                retraction("withdrawn", 6, "other")));
    assertThat(ids(record.chronological(Optional.empty())))
        .containsExactly("first", "other", "fixed", "withdrawn", "late");
    assertThat(ids(record.inForce(Optional.of(LocalDate.of(2024, 7, 4)))))
        .containsExactly("first", "other");
    assertThat(ids(record.inForce(Optional.of(LocalDate.of(2024, 7, 5)))))
        .containsExactly("other", "fixed");
    assertThat(ids(record.inForce(Optional.empty()))).containsExactly("fixed", "withdrawn", "late");
  }
}
