package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.ErrorFormat;
import org.truce.cli.testing.Transcript;
import org.truce.ledger.Ledger;
import org.truce.store.LedgerStores;
import org.truce.store.LockWait;

/**
 * Issue 16: an import that waits for the ledger's write lock, held by a real second connection,
 * says so on standard error after the notice time (E736) and gives up after the bound with a
 * message and exit 2 (E737), having written nothing: on PostgreSQL (the advisory lock) and on
 * SQLite (a transaction that holds the file's write lock). The bounds are shortened for the test;
 * only what is said and written is asserted, never how long it took.
 */
class LedgerLockWaitTest {
  /** The advisory lock of the ledger's writers (store's Dialect). */
  private static final long LOCK_KEY = 720240531L;

  private static final LockWait SHORT =
      new LockWait(Duration.ofMillis(500), Duration.ofSeconds(2), notice -> {});

  private static final Path JOURNAL =
      Path.of("..", "examples", "pause-2023", "events-2023.journal").toAbsolutePath();

  @TempDir Path folder;

  private Transcript importWhileLocked(Optional<String> database) {
    return Transcript.of(
        io ->
            LogImportRunner.run(
                new LogImportOptions(
                    JOURNAL.toString(),
                    folder.toString(),
                    database,
                    false,
                    ErrorFormat.HUMAN,
                    false,
                    SHORT),
                io));
  }

  private void copyTheVersion() throws IOException {
    Files.copy(
        Path.of("..", "examples", "pause-2023", "november-2023.truce"),
        folder.resolve("november-2023.truce"));
  }

  /** The import waited, said so, gave up and said why; nothing was written. */
  private static void gaveUp(Transcript t) {
    assertThat(t.exit()).as(t.render()).isEqualTo(2);
    assertThat(t.err())
        .contains("note[E736]: waiting for another process to finish writing to the ledger at")
        .contains("error[E737]: gave up after 2 seconds waiting for the ledger at")
        .contains("nothing was written");
    assertThat(t.out()).isEmpty();
  }

  @Test
  void onPostgresql() throws Exception {
    copyTheVersion();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE locked");
      }
      String url = "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/locked";
      LedgerStores.postgresql(url).close(); // the schema, so that only the import waits
      try (Connection holder =
              DriverManager.getConnection(
                  "jdbc:postgresql://localhost:" + pg.getPort() + "/locked",
                  "postgres",
                  "postgres");
          Statement s = holder.createStatement()) {
        s.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
        gaveUp(importWhileLocked(Optional.of(url)));
        s.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
      }
      try (Ledger ledger = LedgerStores.postgresql(url)) {
        assertThat(ledger.size()).isZero();
      }
      Transcript free = importWhileLocked(Optional.of(url));
      assertThat(free.exit()).as(free.render()).isZero();
      assertThat(free.err()).isEmpty();
    }
  }

  @Test
  void onSqlite() throws Exception {
    copyTheVersion();
    LedgerStores.sqlite(folder).close();
    try (Connection holder =
            DriverManager.getConnection(
                "jdbc:sqlite:" + folder.resolve(LedgerStores.SQLITE_FILE).toAbsolutePath());
        Statement s = holder.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      gaveUp(importWhileLocked(Optional.empty()));
      s.execute("ROLLBACK");
    }
    try (Ledger ledger = LedgerStores.sqlite(folder)) {
      assertThat(ledger.size()).isZero();
    }
    Transcript free = importWhileLocked(Optional.empty());
    assertThat(free.exit()).as(free.render()).isZero();
  }
}
