package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.BundledDossier;
import org.truce.cli.testing.Transcript;
import org.truce.store.LedgerStores;

/**
 * {@code truce ledger verify} on the bundled 2023 dossier: intact as imported; an edit, a deletion
 * or a rewrite made with SQL behind truce's back is found; a head noted earlier proves the entries
 * up to it unchanged.
 */
class LedgerVerifyTest {
  @TempDir Path dossier;
  private BundledDossier bundled;

  @BeforeEach
  void importTheBundledJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "pause-2023", "events-2023.journal");
  }

  private Transcript truce(String... args) {
    return bundled.truce(args);
  }

  private void behindTrucesBack(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dossier.resolve(LedgerStores.SQLITE_FILE).toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String head(Transcript t) {
    return t.out()
        .lines()
        .filter(l -> l.startsWith("head: "))
        .findFirst()
        .orElseThrow()
        .substring(6);
  }

  @Test
  void anImportedLedgerIsIntact() {
    truce("ledger", "verify").matches("ledger-verify");
  }

  @Test
  void anEditMadeWithSqlIsFound() throws SQLException {
    behindTrucesBack(
        "UPDATE ledger_entry SET content = REPLACE(content, 'count: 8', 'count: 10')"
            + " WHERE id = 'day7-israelis'");
    Transcript t = truce("ledger", "verify");
    t.matches("ledger-verify-edited");
    assertThat(t.exit()).isEqualTo(1);
  }

  @Test
  void aDeletionMadeWithSqlIsFound() throws SQLException {
    behindTrucesBack("DELETE FROM ledger_entry WHERE id = 'day1-thai-as-thailand-counted'");
    Transcript t = truce("ledger", "verify");
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.out()).contains("entries numbered 6 are missing");
  }

  @Test
  void aHeadNotedEarlierProvesTheEntriesUpToIt() throws SQLException {
    String noted = head(truce("ledger", "verify"));
    Transcript added =
        truce(
            "log",
            "add",
            "statement",
            "later",
            "--date",
            "2023-12-02",
            "--by",
            "a mediator",
            "--text",
            "talks go on",
            "--source",
            "a report");
    assertThat(added.exit()).as(added.render()).isZero();
    Transcript later = truce("ledger", "verify", "--expect", noted);
    assertThat(later.exit()).isZero();
    assertThat(later.out()).contains("the head noted earlier is the link of entry number 34");
    // Rewritten from entry 34 on, hashes and links recomputed: only the noted head can tell.
    behindTrucesBack("DELETE FROM ledger_entry WHERE seq >= 34");
    behindTrucesBack(
        "UPDATE ledger_head SET seq = 33, chain = (SELECT chain FROM ledger_entry WHERE seq = 33)");
    Transcript rewritten = truce("ledger", "verify", "--expect", noted);
    assertThat(rewritten.exit()).isEqualTo(1);
    assertThat(rewritten.out()).contains("intact: 33 entries").contains("NOT FOUND");
  }

  @Test
  void aBadHeadIsRefused() {
    truce("ledger", "verify", "--expect", "abc").matches("ledger-verify-bad-head");
  }
}
