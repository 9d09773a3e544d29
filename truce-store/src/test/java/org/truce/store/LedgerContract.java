package org.truce.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Confidence;
import org.truce.ledger.Entry;
import org.truce.ledger.Journal;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerConflict;
import org.truce.ledger.Provenance;
import org.truce.ledger.Stance;

/**
 * What every ledger does, whatever holds it (HOUSE-STYLE 11: one contract suite, run against the
 * real databases, no mocks): it keeps entries in the order recorded, leaves an entry appended again
 * as it is, refuses a whole batch when one id is held with other content, and loses nothing when
 * several writers append at once. Each implementation opens a fresh, empty ledger per test.
 */
abstract class LedgerContract {
  private final List<Ledger> opened = new ArrayList<>();
  private Ledger ledger;

  /** A new connection to this test's ledger: a fresh, empty one on the first call. */
  abstract Ledger open();

  /** Forgets this test's ledger, so that the next {@link #open} makes a new one. */
  void reset() {}

  /**
   * A plain JDBC connection to this test's database, bypassing truce: what someone who edits the
   * database behind truce's back has. Empty for a ledger that is not in a database.
   */
  Optional<java.sql.Connection> behindTrucesBack() {
    return Optional.empty();
  }

  /** True when the ledger survives being closed and opened again. */
  boolean durable() {
    return true;
  }

  @BeforeEach
  void openLedger() {
    ledger = connect();
  }

  @AfterEach
  void closeLedgers() {
    opened.forEach(Ledger::close);
    reset();
  }

  private Ledger connect() {
    Ledger l = open();
    opened.add(l);
    return l;
  }

  static Entry position(String id, String party, Stance stance, String note) {
    return new Entry(
        id,
        LocalDate.of(2024, 7, 3),
        new Entry.Position(party, "1.10", "2024-07 counterproposal", stance, Optional.empty()),
        new Provenance(
            "founding report",
            Optional.of(LocalDate.of(2024, 7, 6)),
            Optional.of("two senior officials"),
            true,
            Confidence.REPORTED,
            Optional.ofNullable(note)),
        Optional.empty());
  }

  static Entry meeting(String id) {
    return new Entry(
        id,
        LocalDate.of(2024, 7, 5),
        new Entry.Meeting("Doha", "a meeting, « quoted » and ünïcode", List.of("a", "b")),
        new Provenance(
            "a report",
            Optional.empty(),
            Optional.empty(),
            false,
            Confidence.CONFIRMED,
            Optional.empty()),
        Optional.empty());
  }

  @Test
  void aNewLedgerIsEmpty() {
    assertThat(ledger.size()).isZero();
    assertThat(ledger.entries()).isEmpty();
    assertThat(ledger.hashes(List.of("a", "b"))).isEmpty();
  }

  @Test
  void keepsEntriesInTheOrderRecordedWithTheirHashes() throws LedgerConflict {
    List<Entry> first = List.of(meeting("m1"), position("p1", "hamas", Stance.ACCEPTS, null));
    List<Entry> second = List.of(position("p2", "israel", Stance.REJECTS, "a note"));
    assertThat(ledger.append(first)).isEqualTo(new Ledger.AppendResult(2, 0));
    assertThat(ledger.append(second)).isEqualTo(new Ledger.AppendResult(1, 0));
    List<Entry> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(ledger.entries()).isEqualTo(all);
    assertThat(ledger.size()).isEqualTo(3);
    assertThat(ledger.hashes(List.of("p1", "zz", "m1")))
        .isEqualTo(Map.of("p1", Journal.hash(first.get(1)), "m1", Journal.hash(first.get(0))));
  }

  @Test
  void appendingTheSameEntriesAgainChangesNothing() throws LedgerConflict {
    List<Entry> batch = List.of(meeting("m1"), position("p1", "hamas", Stance.ACCEPTS, null));
    ledger.append(batch);
    assertThat(ledger.append(batch)).isEqualTo(new Ledger.AppendResult(0, 2));
    assertThat(ledger.append(List.of(meeting("m1"), meeting("m2"))))
        .isEqualTo(new Ledger.AppendResult(1, 1));
    assertThat(ledger.entries()).extracting(Entry::id).containsExactly("m1", "p1", "m2");
  }

  @Test
  void anIdHeldWithOtherContentRefusesTheWholeBatch() throws LedgerConflict {
    ledger.append(List.of(position("p1", "hamas", Stance.ACCEPTS, null)));
    List<Entry> batch =
        List.of(meeting("m1"), position("p1", "hamas", Stance.REJECTS, null), meeting("m2"));
    assertThatThrownBy(() -> ledger.append(batch))
        .isInstanceOf(LedgerConflict.class)
        .extracting(e -> ((LedgerConflict) e).id())
        .isEqualTo("p1");
    assertThat(ledger.entries()).extracting(Entry::id).containsExactly("p1");
    // The ledger still takes writes after a refused batch.
    assertThat(ledger.append(List.of(meeting("m1")))).isEqualTo(new Ledger.AppendResult(1, 0));
  }

  @Test
  void oneBatchGivingAnIdTwiceWithOtherContentIsRefused() {
    List<Entry> batch =
        List.of(
            position("p1", "hamas", Stance.ACCEPTS, null),
            position("p1", "hamas", Stance.SILENT, null));
    assertThatThrownBy(() -> ledger.append(batch)).isInstanceOf(LedgerConflict.class);
    assertThat(ledger.size()).isZero();
  }

  @Test
  void entriesSurviveClosingAndOpeningAgain() throws LedgerConflict {
    if (!durable()) {
      return;
    }
    ledger.append(List.of(meeting("m1")));
    ledger.close();
    opened.remove(ledger);
    Ledger again = connect();
    assertThat(again.entries()).containsExactly(meeting("m1"));
  }

  /**
   * The latest positions the ledger keeps as it appends are those worked out from its entries (the
   * in-memory ledger's reference), after every batch of positions, corrections and retractions.
   */
  @Test
  void keepsTheLatestPositionInForceOfEachPartyOnEachClause() {
    List<String> ids = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    org.truce.ledger.MemoryLedger reference = new org.truce.ledger.MemoryLedger();
    String[] clauses = {"1.10", "Talks on phase two", "7"};
    for (int batch = 0; batch < 25; batch++) {
      List<Entry> entries = new ArrayList<>();
      for (int k = random.nextInt(6); k >= 0; k--) {
        String id = "e" + ids.size() + "-" + batch + "-" + k;
        int choice = random.nextInt(10);
        Optional<String> supersedes =
            !ids.isEmpty() && choice < 2
                ? Optional.of(ids.get(random.nextInt(ids.size())))
                : Optional.empty();
        Entry.Body body =
            !ids.isEmpty() && choice == 9
                ? new Entry.Retraction(ids.get(random.nextInt(ids.size())), "withdrawn")
                : new Entry.Position(
                    random.nextBoolean() ? "israel" : "hamas",
                    clauses[random.nextInt(clauses.length)],
                    random.nextInt(4) == 0 ? "2024-05-31" : "2024-07 counterproposal",
                    random.nextBoolean() ? Stance.ACCEPTS : Stance.REJECTS,
                    Optional.empty());
        entries.add(
            new Entry(
                id,
                LocalDate.of(2024, 7, 1 + random.nextInt(5)),
                body,
                meeting("x").provenance(),
                supersedes));
        ids.add(id);
      }
      try {
        ledger.append(entries);
        reference.append(entries);
      } catch (LedgerConflict e) {
        throw new AssertionError(e);
      }
      for (String version : List.of("2024-07 counterproposal", "2024-05-31")) {
        assertThat(ledger.latestPositions(version))
            .as("batch %d, version %s", batch, version)
            .isEqualTo(reference.latestPositions(version));
      }
    }
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    int writers = 4;
    int batches = 10;
    int perBatch = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        Ledger own = connect();
        int writer = w;
        Callable<Integer> task =
            () -> {
              int added = 0;
              for (int b = 0; b < batches; b++) {
                List<Entry> batch = new ArrayList<>();
                for (int i = 0; i < perBatch; i++) {
                  batch.add(meeting("w" + writer + "-" + b + "-" + i));
                }
                // Every writer also appends the same shared entry: it is recorded once.
                batch.add(meeting("shared-" + b));
                added += own.append(batch).added();
              }
              return added;
            };
        results.add(pool.submit(task));
      }
      int added = 0;
      for (Future<Integer> f : results) {
        added += f.get();
      }
      int expected = writers * batches * perBatch + batches;
      assertThat(added).isEqualTo(expected);
      List<Entry> all = ledger.entries();
      assertThat(all).hasSize(expected);
      Map<String, Entry> byId = new LinkedHashMap<>();
      all.forEach(e -> byId.put(e.id(), e));
      assertThat(byId).hasSize(expected);
      // Each writer's entries keep their order.
      for (int w = 0; w < writers; w++) {
        String prefix = "w" + w + "-";
        List<String> ids = all.stream().map(Entry::id).filter(id -> id.startsWith(prefix)).toList();
        List<String> inOrder = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
          for (int i = 0; i < perBatch; i++) {
            inOrder.add(prefix + b + "-" + i);
          }
        }
        assertThat(ids).isEqualTo(inOrder);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- Integrity: the hash chain finds every edit made behind truce's back -------------------

  private List<Entry> fourEntries() throws LedgerConflict {
    List<Entry> entries =
        List.of(
            meeting("m1"),
            position("p2", "hamas", Stance.ACCEPTS, null),
            meeting("m3"),
            position("p4", "israel", Stance.REJECTS, "a note"));
    ledger.append(entries.subList(0, 2));
    ledger.append(entries.subList(2, 4)); // two appends: the chain goes on from the head
    return entries;
  }

  @Test
  void aLedgerAsTruceWroteItIsIntact() throws LedgerConflict {
    assertThat(ledger.verify().intact()).isTrue();
    fourEntries();
    org.truce.ledger.Integrity integrity = ledger.verify();
    assertThat(integrity.problems()).isEmpty();
    assertThat(integrity.entries()).isEqualTo(4);
    // The head is the same whatever holds the ledger: it depends on the entries alone.
    try (org.truce.ledger.MemoryLedger memory = new org.truce.ledger.MemoryLedger()) {
      memory.append(ledger.entries());
      assertThat(integrity.head()).isEqualTo(memory.verify().head());
    }
  }

  private void tamper(String... statements) throws java.sql.SQLException {
    org.junit.jupiter.api.Assumptions.assumeTrue(behindTrucesBack().isPresent(), "not a database");
    try (java.sql.Connection c = behindTrucesBack().get();
        java.sql.Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  @Test
  void anEditedEntryIsFound() throws Exception {
    fourEntries();
    tamper("UPDATE ledger_entry SET content = REPLACE(content, 'hamas', 'israel') WHERE id = 'p2'");
    // The positions worked out from the changed content differ from those kept, too.
    assertThat(ledger.verify().problems())
        .anySatisfy(p -> assertThat(p).contains("`p2` (number 2) was changed"))
        .anySatisfy(p -> assertThat(p).contains("the latest position kept for hamas"));
  }

  @Test
  void anEntryEditedWithANewHashBreaksTheChain() throws Exception {
    fourEntries();
    Entry forged = position("p2", "israel", Stance.ACCEPTS, null);
    String text = Journal.canonical(forged).replace("'", "''");
    tamper(
        "UPDATE ledger_entry SET content = '"
            + text
            + "', hash = '"
            + Journal.hashOf(Journal.canonical(forged))
            + "' WHERE id = 'p2'");
    assertThat(ledger.verify().problems())
        .anySatisfy(p -> assertThat(p).contains("the chain breaks at entry `p2` (number 2)"));
  }

  @Test
  void aDeletedEntryIsFound() throws Exception {
    fourEntries();
    tamper("DELETE FROM ledger_entry WHERE id = 'p2'");
    assertThat(ledger.verify().problems())
        .anySatisfy(p -> assertThat(p).contains("entries numbered 2 are missing"))
        .anySatisfy(p -> assertThat(p).contains("the chain breaks at entry `m3`"));
  }

  @Test
  void deletedLastEntriesAreFound() throws Exception {
    fourEntries();
    tamper("DELETE FROM ledger_entry WHERE seq >= 3");
    assertThat(ledger.verify().problems())
        .anySatisfy(p -> assertThat(p).contains("the last entries, numbered 3 to 4, are missing"))
        .anySatisfy(
            p -> assertThat(p).contains("the latest position kept for israel").contains("none"));
  }

  @Test
  void anEditedSumOfReleasesIsFound() throws Exception {
    new MonitorReadContract(3).check(ledger, 1);
    tamper(
        "UPDATE ledger_release_sum SET units = units + 1 WHERE first_seq = (SELECT MIN(first_seq) FROM ledger_release_sum)");
    assertThat(ledger.verify().problems())
        .singleElement()
        .asString()
        .contains("the sum kept for the monitor of")
        .contains("changed behind truce's back");
  }

  @Test
  void anEditedColumnAndItsSumAreFound() throws Exception {
    new MonitorReadContract(3).check(ledger, 1);
    // Both the release's column and its sum: they agree with each other, not with the content.
    tamper(
        "UPDATE ledger_entry SET unit_count = unit_count + 9 WHERE seq ="
            + " (SELECT MIN(first_seq) FROM ledger_release_sum)",
        "UPDATE ledger_release_sum SET units = units + 9 WHERE first_seq ="
            + " (SELECT MIN(first_seq) FROM ledger_release_sum)");
    assertThat(ledger.verify().problems())
        .anySatisfy(p -> assertThat(p).contains("has `unit_count`").contains("its content gives"))
        .anySatisfy(p -> assertThat(p).contains("the sum kept for the monitor of"));
  }

  @Test
  void anEditedLatestPositionIsFound() throws Exception {
    fourEntries();
    tamper("UPDATE ledger_position SET seq = 2 WHERE seq = 4");
    assertThat(ledger.verify().problems())
        .singleElement()
        .asString()
        .contains("the latest position kept for israel on clause 1.10")
        .contains("is entry number 2 where the entries give 4");
  }

  @Test
  void aRewrittenLedgerHasAnotherHead() throws Exception {
    fourEntries();
    String noted = ledger.verify().head();
    // Someone deletes the last entry and rewrites the head to match: the chain alone cannot tell,
    // a head noted elsewhere can.
    tamper(
        "DELETE FROM ledger_entry WHERE seq = 4",
        "DELETE FROM ledger_position WHERE seq = 4",
        "UPDATE ledger_head SET seq = 3, chain = (SELECT chain FROM ledger_entry WHERE seq = 3)");
    org.truce.ledger.Integrity rewritten = ledger.verify();
    assertThat(rewritten.intact()).isTrue();
    assertThat(rewritten.head()).isNotEqualTo(noted);
  }

  @Test
  void theLinksOfALedgerWrittenBeforeTheChainAreFilledIn() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(behindTrucesBack().isPresent(), "not a database");
    fourEntries();
    String head = ledger.verify().head();
    opened.forEach(Ledger::close);
    opened.clear();
    // The schema as it was before migration V3 (and V4 to V6, which come after it).
    tamper(
        "DROP INDEX ledger_entry_unreported_count",
        "DROP INDEX ledger_entry_substitutes",
        "ALTER TABLE ledger_entry DROP COLUMN substitutes",
        "DROP TABLE ledger_release_sum",
        "DROP INDEX ledger_entry_ref",
        "ALTER TABLE ledger_entry DROP COLUMN event_at",
        "ALTER TABLE ledger_entry DROP COLUMN category",
        "ALTER TABLE ledger_entry DROP COLUMN unit_count",
        "ALTER TABLE ledger_entry DROP COLUMN counted",
        "ALTER TABLE ledger_entry DROP COLUMN counted_toward",
        "ALTER TABLE ledger_entry DROP COLUMN ref_id",
        "DROP TABLE ledger_head",
        "ALTER TABLE ledger_entry DROP COLUMN chain",
        "DELETE FROM schema_version WHERE version >= 3");
    ledger = connect();
    org.truce.ledger.Integrity integrity = ledger.verify();
    assertThat(integrity.problems()).isEmpty();
    assertThat(integrity.head()).isEqualTo(head);
  }

  // ---- The monitor: what it reads gives the status every entry gives ----------------------

  @Test
  void whatTheMonitorReadsGivesTheStatusOfEveryEntry() throws Exception {
    new MonitorReadContract(7).check(ledger, 8);
  }

  @Test
  void aSubstitutionReadBackIsStillOneAndNoBreachOfTheOrder() throws Exception {
    MonitorReadContract.Substitution.check(ledger);
  }

  @Test
  void releasesOfUnreportedCountAreReadOneByOne() throws Exception {
    MonitorReadContract.Unreported.check(ledger);
  }

  @Test
  void theSubstitutionsOfALedgerWrittenBeforeMigrationFiveAreFilledIn() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(behindTrucesBack().isPresent(), "not a database");
    MonitorReadContract.Substitution.append(ledger);
    opened.forEach(Ledger::close);
    opened.clear();
    // The schema as it was before migration V5: the column gone, the sums as they were.
    tamper(
        "DROP INDEX ledger_entry_unreported_count",
        "DROP INDEX ledger_entry_substitutes",
        "ALTER TABLE ledger_entry DROP COLUMN substitutes",
        "DELETE FROM schema_version WHERE version >= 5");
    ledger = connect();
    assertThat(ledger.verify().problems()).isEmpty();
    MonitorReadContract.Substitution.assertSameStatus(ledger);
  }
}
