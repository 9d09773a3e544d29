package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.LiveSchema;
import org.truce.cli.testing.Transcript;
import org.truce.store.LedgerStores;

/**
 * Issue 16: every figure truce prints derives from what the hash chain covers. On SQLite and on
 * PostgreSQL, a dossier holding both bundled examples (the 2024 negotiation: versions, positions,
 * statements; the 2023 pause: events, releases, disputes) is edited behind truce's back one value
 * at a time: every column of every table, as the live schema lists them (so that a new column or
 * table cannot be forgotten), on one row of each kind of entry and on rows of the other tables; and
 * each row of the other tables deleted. After each edit either {@code truce ledger verify} reports
 * it (exit 1, or 2 when the database itself refuses to open) or every output of the readers and the
 * monitor is unchanged. No edit makes a command fail with an internal error (exit 3).
 */
class LedgerTamperTest {
  private static final String COUNTER = "2024-07 counterproposal";

  /** Every output a user reads from the ledger: the readers, the monitor, the export. */
  private static final List<List<String>> OUTPUTS =
      List.of(
          List.of("status", "--at", "2023-12-01T07:00"),
          List.of("status", "--at", "2023-11-28T12:00", "--counting", "credited", "--json"),
          List.of("tally", "--at", "2023-12-01T07:00"),
          List.of("report", "--at", "2023-12-01T07:00", "--format", "md"),
          List.of("positions", "--version", COUNTER),
          List.of("positions", "--version", "2024-05-31", "--json"),
          List.of("sticking-points", "--version", COUNTER),
          List.of("sticking-points", "--version", "2024-05-31"),
          List.of("chronology"),
          List.of("sources"),
          List.of("versions"),
          List.of("log", "export"),
          List.of("log", "export", "--json"));

  private static EmbeddedPostgres pg;

  @TempDir Path folder;

  @BeforeAll
  static void startPostgresql() throws IOException {
    pg = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgresql() throws IOException {
    pg.close();
  }

  /** Where the ledger is: the dossier's folder and, for PostgreSQL, the URL given with --db. */
  private record Store(Path folder, String url, String jdbc) implements LiveSchema.Database {
    Transcript truce(List<String> args) {
      List<String> all = new ArrayList<>(args);
      all.addAll(List.of("-d", folder.toString()));
      if (url != null) {
        all.addAll(List.of("--db", url));
      }
      return Transcript.main(all.toArray(String[]::new)).hiding(folder);
    }

    Transcript truce(String... args) {
      return truce(List.of(args));
    }

    @Override
    public Connection connect() throws SQLException {
      return url == null
          ? DriverManager.getConnection(jdbc)
          : DriverManager.getConnection(jdbc, "postgres", "postgres");
    }

    @Override
    public boolean sqlite() {
      return url == null;
    }
  }

  private Store sqlite() throws IOException {
    Path dossier = Files.createDirectories(folder.resolve("sqlite"));
    return populated(
        new Store(
            dossier,
            null,
            "jdbc:sqlite:" + dossier.resolve(LedgerStores.SQLITE_FILE).toAbsolutePath()));
  }

  private Store postgresql(String name) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    String url = "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/" + name;
    return populated(
        new Store(
            Files.createDirectories(folder.resolve(name)),
            url,
            "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name));
  }

  /** The versions of both bundled examples, and both journals imported. */
  private static Store populated(Store store) throws IOException {
    for (String example : List.of("dossier-2024", "pause-2023")) {
      Path bundled = Path.of("..", "examples", example);
      try (Stream<Path> files = Files.list(bundled)) {
        for (Path f : files.toList()) {
          if (f.toString().endsWith(".truce")) {
            Files.copy(f, store.folder().resolve(f.getFileName().toString()));
          } else if (f.toString().endsWith(".journal")) {
            Transcript imported = store.truce("log", "import", f.toAbsolutePath().toString());
            assertThat(imported.exit()).as(imported.render()).isZero();
          }
        }
      }
    }
    return store;
  }

  @Test
  void everyColumnOfEveryTableOnSqlite() throws Exception {
    everyColumnOfEveryTable(sqlite());
  }

  @Test
  void everyColumnOfEveryTableOnPostgresql() throws Exception {
    everyColumnOfEveryTable(postgresql("every_column"));
  }

  /** The first case: a release's count and its sum, edited together. */
  @Test
  void aReleaseCountEditedWithItsSumIsFoundOnBothDatabases() throws Exception {
    for (String name : List.of("sqlite", "release_and_sum")) {
      Store store = name.equals("sqlite") ? sqlite() : postgresql(name);
      try (Connection c = store.connect();
          Statement s = c.createStatement()) {
        s.execute("UPDATE ledger_entry SET unit_count = 31 WHERE id = 'day1-israelis'");
        s.execute(
            "UPDATE ledger_release_sum SET units = 31 WHERE entry_date = '2023-11-24'"
                + " AND party = 'hamas' AND category = 'hostage.woman_or_child'");
      }
      // What status reads is changed: 98 released instead of 80.
      assertThat(store.truce("status", "--at", "2023-12-01T07:00").out())
          .contains("hamas released hostage.woman_or_child: 98");
      Transcript verify = store.truce("ledger", "verify");
      assertThat(verify.exit()).as(verify.render()).isEqualTo(1);
      assertThat(verify.out())
          .contains("NOT INTACT")
          .contains(
              "`day1-israelis` (number 17) has `unit_count` `31` where its content gives `13`")
          .contains(
              "the sum kept for the monitor of hamas's release of hostage.woman_or_child on"
                  + " 2023-11-24 reads 31 where the entries give 13");
    }
  }

  /** The second case: one UPDATE of the latest positions hides a rejection. */
  @Test
  void anEditedLatestPositionCannotHideARejectionUnseen() throws Exception {
    for (String name : List.of("sqlite", "hidden_rejection")) {
      Store store = name.equals("sqlite") ? sqlite() : postgresql(name);
      assertThat(store.truce("sticking-points", "--version", COUNTER).out())
          .contains("rejected by: israel");
      try (Connection c = store.connect();
          Statement s = c.createStatement()) {
        s.execute(
            "UPDATE ledger_position SET seq = (SELECT seq FROM ledger_entry WHERE id ="
                + " 'hamas-demands-assurances') WHERE party = 'israel' AND clause = '7'");
      }
      assertThat(store.truce("sticking-points", "--version", COUNTER).out())
          .doesNotContain("rejected by: israel");
      Transcript verify = store.truce("ledger", "verify");
      assertThat(verify.exit()).as(verify.render()).isEqualTo(1);
      assertThat(verify.out())
          .contains("the latest position kept for israel on clause 7 of version " + COUNTER);
    }
  }

  private void everyColumnOfEveryTable(Store store) throws Exception {
    Map<List<String>, Transcript> before = outputs(store);
    Transcript intact = store.truce("ledger", "verify");
    assertThat(intact.exit()).as(intact.render()).isZero();
    Map<String, List<String>> schema = LiveSchema.schema(store);
    assertThat(schema)
        .containsKeys("ledger_entry", "ledger_position", "ledger_head", "ledger_release_sum");
    List<String> reported = new ArrayList<>();
    List<String> harmless = new ArrayList<>();
    for (Map.Entry<String, List<String>> table : schema.entrySet()) {
      List<Map<String, Object>> rows = LiveSchema.rows(store, table.getKey(), table.getValue());
      for (Map<String, Object> row : chosen(table.getKey(), rows)) {
        for (String column : table.getValue()) {
          Object old = row.get(column);
          boolean edited = false;
          for (Object value : candidates(column, old, rows)) {
            if (LiveSchema.update(store, table.getKey(), row, column, value)) {
              String what = table.getKey() + "." + column + " = " + value + " (was " + old + ")";
              (check(store, what, before) ? reported : harmless).add(what);
              Map<String, Object> now = new LinkedHashMap<>(row);
              now.put(column, value);
              assertThat(LiveSchema.update(store, table.getKey(), now, column, old))
                  .as(what)
                  .isTrue();
              edited = true;
              break;
            }
          }
          assertThat(edited || table.getKey().equals("schema_version"))
              .as("no edit of %s.%s was possible", table.getKey(), column)
              .isTrue();
        }
        String what = "a deleted row of " + table.getKey() + ": " + row;
        if (!table.getKey().equals("ledger_entry")) {
          LiveSchema.delete(store, table.getKey(), row);
          (check(store, what, before) ? reported : harmless).add(what);
          LiveSchema.insert(store, table.getKey(), row);
        }
      }
    }
    // Each edit was undone: the ledger is as it was.
    assertThat(store.truce("ledger", "verify").exit()).isZero();
    assertThat(outputs(store)).isEqualTo(before);
    // The edits no check can see are those of columns no output reads.
    assertThat(harmless)
        .allSatisfy(
            h ->
                assertThat(h)
                    .matches(
                        "(ledger_entry\\.recorded_at|schema_version\\.(applied_at|version)) .*"
                            + "|a deleted row of schema_version: .*"));
    assertThat(reported)
        .anySatisfy(r -> assertThat(r).startsWith("ledger_entry.unit_count"))
        .anySatisfy(r -> assertThat(r).startsWith("ledger_position.seq"))
        .anySatisfy(r -> assertThat(r).startsWith("ledger_release_sum.units"));
  }

  /**
   * Whether verify reports the edit; if it does not, every output must be as before. No command may
   * fail with an internal error.
   */
  private static boolean check(Store store, String what, Map<List<String>, Transcript> before) {
    Transcript verify = store.truce("ledger", "verify");
    assertThat(verify.exit()).as("verify after %s:%n%s", what, verify.render()).isIn(0, 1, 2);
    Transcript status = store.truce(OUTPUTS.getFirst());
    assertThat(status.exit()).as("status after %s:%n%s", what, status.render()).isNotEqualTo(3);
    if (verify.exit() != 0) {
      return true;
    }
    assertThat(outputs(store))
        .as("outputs after %s, which verify finds intact", what)
        .isEqualTo(before);
    return false;
  }

  private static Map<List<String>, Transcript> outputs(Store store) {
    Map<List<String>, Transcript> outputs = new LinkedHashMap<>();
    for (List<String> args : OUTPUTS) {
      outputs.put(args, store.truce(args));
    }
    return outputs;
  }

  /** The rows edited: one entry of each kind; the first, middle and last rows of other tables. */
  private static List<Map<String, Object>> chosen(String table, List<Map<String, Object>> rows) {
    if (table.equals("ledger_entry")) {
      Map<Object, Map<String, Object>> byKind = new LinkedHashMap<>();
      rows.forEach(row -> byKind.putIfAbsent(row.get("kind"), row));
      return List.copyOf(byKind.values());
    }
    Set<Map<String, Object>> chosen = new LinkedHashSet<>();
    if (!rows.isEmpty()) {
      chosen.add(rows.getFirst());
      chosen.add(rows.get(rows.size() / 2));
      chosen.add(rows.getLast());
    }
    return List.copyOf(chosen);
  }

  /**
   * Values to put instead of {@code old}, the most plausible first: another value the column holds
   * (another party, stance, kind, date...), then for a number one more, for a date the next day,
   * for other text the same with its last character changed, or a letter added.
   */
  private static List<Object> candidates(
      String column, Object old, List<Map<String, Object>> rows) {
    List<Object> values = new ArrayList<>();
    if (old instanceof Number n) {
      values.add(n.longValue() + 1);
      values.add(n.longValue() + 9);
      values.add(n.longValue() + 1_000);
    }
    rows.stream()
        .map(r -> r.get(column))
        .filter(Objects::nonNull)
        .filter(v -> !v.equals(old))
        .distinct()
        .limit(5)
        .forEach(values::add);
    if (old instanceof String text) {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        values.add(LocalDate.parse(text).plusDays(1).toString());
      }
      if (!text.isEmpty()) { // the same length, for columns of a fixed width
        values.add(text.substring(0, text.length() - 1) + (text.endsWith("0") ? "1" : "0"));
      }
      values.add(text + "x");
    }
    if (old == null && values.isEmpty()) {
      values.add("x");
    }
    return values;
  }
}
