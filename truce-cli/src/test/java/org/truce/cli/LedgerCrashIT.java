package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.ShadedJar;
import org.truce.ledger.Ledger;
import org.truce.store.LedgerStores;

/**
 * The ledger's quality bars, with real processes of the shaded jar: a {@code truce log import}
 * killed with SIGKILL at any moment leaves the whole batch or none of it, and the ledger opens and
 * takes writes afterwards; several imports into one ledger at once lose nothing.
 */
class LedgerCrashIT {
  private static final int LARGE = 40_000;
  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() {
    jar = ShadedJar.find();
  }

  /**
   * A journal of the entry into force of the November 2023 pause, then {@code count} entries with
   * ids {@code prefix-0...}, meetings and releases in turn, plus {@code extra}: {@code count + 1}
   * entries.
   */
  private Path journal(String name, String prefix, int count, String extra) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("2023-11-24 in-force ")
        .append(prefix)
        .append("-in-force\n  version: 2023-11-22\n  at: 07:00\n  source: a generated report\n\n");
    for (int i = 0; i < count; i++) {
      if (i % 2 == 0) {
        text.append("2024-07-05 meeting ")
            .append(prefix)
            .append('-')
            .append(i)
            .append("\n  place: Doha\n  text: meeting number ")
            .append(i)
            .append("\n  source: a generated report\n\n");
      } else {
        text.append("2023-11-24 release ")
            .append(prefix)
            .append('-')
            .append(i)
            .append("\n  by: hamas\n  category: hostage.woman_or_child\n  count: 1\n  at: 16:00")
            .append("\n  source: a generated report\n\n");
      }
    }
    text.append(extra);
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Process start(Path dossier, Path journal, String... more) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of("log", "import", journal.toString(), "--dossier", dossier.toString()));
    command.addAll(List.of(more));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** The number of entries of the dossier's ledger, which must be intact (hashes and chain). */
  private static long size(Path dossier) {
    try (Ledger ledger = LedgerStores.sqlite(dossier)) {
      assertThat(ledger.verify().problems()).isEmpty();
      return ledger.size();
    }
  }

  /** A dossier of the November 2023 pause, whose events the journals record. */
  private Path dossier(String name) throws IOException {
    Path dossier = Files.createDirectories(dir.resolve(name));
    Files.copy(
        Path.of("..", "examples", "november-2023.truce"), dossier.resolve("november-2023.truce"));
    return dossier;
  }

  @Test
  void aKilledImportLeavesTheWholeBatchOrNoneOfIt() throws Exception {
    Path journal = journal("large.journal", "m", LARGE, "");
    Path timed = dossier("timed");
    long start = System.nanoTime();
    Process whole = start(timed, journal);
    assertThat(whole.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(whole.exitValue()).isZero();
    long nanos = System.nanoTime() - start;
    assertThat(size(timed)).isEqualTo(LARGE + 1);

    // Kill at points spread over a whole run's duration: early ones fall in reading and
    // checking, late ones in the transaction that writes.
    double[] fractions = {0.3, 0.5, 0.65, 0.75, 0.85, 0.9, 0.95, 1.0};
    int none = 0;
    int all = 0;
    for (int k = 0; k < fractions.length; k++) {
      Path dossier = dossier("killed-" + k);
      Process process = start(dossier, journal);
      long delay = (long) (nanos * fractions[k]);
      if (!process.waitFor(delay, TimeUnit.NANOSECONDS)) {
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by the JVM
        process.waitFor(1, TimeUnit.MINUTES);
      }
      if (!Files.exists(dossier.resolve(LedgerStores.SQLITE_FILE))) {
        none++; // killed before it opened the ledger
        continue;
      }
      long size = size(dossier);
      assertThat(size)
          .as("entries after a kill at %.0f%%", fractions[k] * 100)
          .isIn(0L, LARGE + 1L);
      if (size == 0) {
        none++;
      } else {
        all++;
      }
      // The ledger opens and takes the import again.
      Process again = start(dossier, journal);
      assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(again.exitValue()).isZero();
      assertThat(size(dossier)).isEqualTo(LARGE + 1);
    }
    assertThat(none + all).isEqualTo(fractions.length);
  }

  @Test
  void concurrentImportsIntoOneLedgerLoseNothing() throws Exception {
    Path dossier = dossier("shared");
    int writers = 3;
    int each = 2_000;
    String sharedEntry =
        "2024-07-06 meeting shared\n  place: Doha\n  text: the same entry in every journal\n"
            + "  source: a generated report\n";
    List<Process> processes = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      processes.add(start(dossier, journal("w" + w + ".journal", "w" + w, each, sharedEntry)));
    }
    for (Process p : processes) {
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    // Each journal's own entry into force, its entries, and the entry they all share.
    assertThat(size(dossier)).isEqualTo(writers * (each + 1L) + 1);
  }

  @Test
  void aKilledImportIntoPostgresqlLeavesTheWholeBatchOrNoneOfIt() throws Exception {
    int entries = LARGE / 2 + 1; // with the entry into force
    Path journal = journal("pg.journal", "p", LARGE / 2, "");
    Path dossier = dossier("pg");
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String timedUrl = database(pg, "timed");
      long start = System.nanoTime();
      Process whole = start(dossier, journal, "--db", timedUrl);
      assertThat(whole.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(whole.exitValue()).isZero();
      long nanos = System.nanoTime() - start;
      assertThat(size(timedUrl)).isEqualTo(entries);
      double[] fractions = {0.5, 0.75, 0.9, 1.0};
      for (int k = 0; k < fractions.length; k++) {
        String url = database(pg, "killed" + k);
        Process process = start(dossier, journal, "--db", url);
        if (!process.waitFor((long) (nanos * fractions[k]), TimeUnit.NANOSECONDS)) {
          process.destroyForcibly();
          process.waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(size(url))
            .as("entries after a kill at %.0f%%", fractions[k] * 100)
            .isIn(0L, (long) entries);
        Process again = start(dossier, journal, "--db", url);
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(size(url)).isEqualTo(entries);
      }
    }
  }

  /** A new, empty database on {@code pg}, as the URL truce takes. */
  private static String database(EmbeddedPostgres pg, String name) throws SQLException {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/" + name;
  }

  private static long size(String url) {
    try (Ledger ledger = LedgerStores.postgresql(url)) {
      assertThat(ledger.verify().problems()).isEmpty();
      return ledger.size();
    }
  }
}
