package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.BundledDossier;
import org.truce.cli.testing.Transcript;
import org.truce.store.LedgerStores;

/**
 * Issue 16: a damaged SQLite ledger file. {@code truce ledger verify} runs SQLite's own check first
 * and never calls a damaged file intact; every command that opens one stops with a coded message
 * and exit 2 (E734, E735), never an internal error. Golden files pin the messages of each kind of
 * damage for verify.
 */
class DamagedLedgerTest {
  private static final int PAGE = 4096;

  /** The commands run on each damaged file, and the arguments they need. */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("ledger", "verify"),
          List.of("status", "--at", "2023-12-01T07:00"),
          List.of("tally", "--at", "2023-12-01T07:00"),
          List.of("report", "--at", "2023-12-01T07:00"),
          List.of("chronology"),
          List.of("sources"),
          List.of("versions"),
          List.of("positions", "--version", "2023-11-22"),
          List.of("sticking-points", "--version", "2023-11-22"),
          List.of("log", "export"),
          List.of(
              "log",
              "import",
              Path.of("..", "examples", "pause-2023", "events-2023.journal")
                  .toAbsolutePath()
                  .toString()));

  @TempDir Path dossier;
  private BundledDossier bundled;
  private Path file;

  @BeforeEach
  void importTheBundledJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "pause-2023", "events-2023.journal");
    file = dossier.resolve(LedgerStores.SQLITE_FILE);
    // Every write is in the file itself once the last connection has closed.
    assertThat(dossier.resolve(LedgerStores.SQLITE_FILE + "-wal")).doesNotExist();
    assertThat(Files.size(file)).isGreaterThan(4L * PAGE);
  }

  /** Runs every command: none succeeds, none fails with an internal error. */
  private void everyCommandRefuses(String code) {
    for (List<String> command : COMMANDS) {
      Transcript t = bundled.truce(command.toArray(String[]::new));
      assertThat(t.exit()).as("%s%n%s", command, t.render()).isEqualTo(2);
      assertThat(t.err()).as("%s", command).contains("error[" + code + "]").doesNotContain("\tat ");
    }
  }

  @Test
  void aTruncatedFile() throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    bundled.truce("ledger", "verify").matches("ledger-damaged-truncated");
    everyCommandRefuses("E734");
  }

  @Test
  void randomBytesOverPages() throws IOException {
    Random random = new Random(16);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      for (long page = 1; page * PAGE < f.length(); page += 2) {
        byte[] noise = new byte[64];
        random.nextBytes(noise);
        f.seek(page * PAGE);
        f.write(noise);
      }
    }
    bundled.truce("ledger", "verify").matches("ledger-damaged-pages");
    everyCommandRefuses("E734");
  }

  /**
   * Damage that reading the entries does not meet: the keys of an index overwritten. Only SQLite's
   * own check finds it, which verify runs first.
   */
  @Test
  void aDamagedIndexIsFoundByVerify() throws Exception {
    long root;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'ledger_entry_date'")) {
      assertThat(r.next()).isTrue();
      root = r.getLong(1);
    }
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      // The keys (dates) are at the end of the page: make them all another date.
      byte[] page = new byte[PAGE];
      f.seek((root - 1) * PAGE);
      f.readFully(page);
      String text = new String(page, StandardCharsets.ISO_8859_1).replace("2023-11-2", "2023-11-1");
      f.seek((root - 1) * PAGE);
      f.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
    Transcript verify = bundled.truce("ledger", "verify");
    verify.matches("ledger-damaged-index");
    assertThat(verify.exit()).isEqualTo(2);
  }

  /**
   * Bytes overwritten at random places (25 seeded cases): verify never calls the file intact unless
   * no output changed (the bytes fell where nothing is stored), and no command fails with an
   * internal error.
   */
  @Test
  void randomDamageIsFoundOrChangesNothing() throws IOException {
    byte[] intact = Files.readAllBytes(file);
    List<String> outputs = new java.util.ArrayList<>();
    for (List<String> command : COMMANDS.subList(1, COMMANDS.size() - 1)) {
      outputs.add(bundled.truce(command.toArray(String[]::new)).render());
    }
    for (int seed = 0; seed < 25; seed++) {
      Random random = new Random(seed);
      byte[] damaged = intact.clone();
      for (int i = 0; i < 16; i++) {
        damaged[100 + random.nextInt(damaged.length - 100)] = (byte) random.nextInt(256);
      }
      Files.write(file, damaged);
      Transcript verify = bundled.truce("ledger", "verify");
      assertThat(verify.exit()).as("seed %d: %s", seed, verify.render()).isIn(0, 1, 2);
      List<String> now = new java.util.ArrayList<>();
      for (List<String> command : COMMANDS.subList(1, COMMANDS.size() - 1)) {
        Transcript t = bundled.truce(command.toArray(String[]::new));
        assertThat(t.exit()).as("seed %d, %s: %s", seed, command, t.render()).isNotEqualTo(3);
        now.add(t.render());
      }
      if (verify.exit() == 0) {
        assertThat(now).as("seed %d: verify finds the file intact", seed).isEqualTo(outputs);
      }
    }
  }

  @Test
  void aDamagedHeader() throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write("not the header of a database".getBytes(StandardCharsets.US_ASCII));
    }
    bundled.truce("ledger", "verify").matches("ledger-damaged-header");
    everyCommandRefuses("E734");
  }

  @Test
  void anEmptyFile() throws IOException {
    Files.write(file, new byte[0]);
    bundled.truce("ledger", "verify").matches("ledger-empty-file");
    everyCommandRefuses("E735");
    assertThat(Files.size(file)).as("left as it was").isZero();
  }

  @Test
  void aFileThatIsNotADatabase() throws IOException {
    Files.writeString(file, "2023-11-24 meeting m\n  place: Doha\n".repeat(500));
    bundled.truce("ledger", "verify").matches("ledger-not-a-database");
    everyCommandRefuses("E734");
  }
}
