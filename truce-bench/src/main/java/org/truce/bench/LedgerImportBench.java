package org.truce.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.truce.ledger.BatchReport;
import org.truce.ledger.Batches;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalResult;
import org.truce.ledger.Ledger;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.negotiate.DossierRecord;
import org.truce.negotiate.Readers;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.store.LedgerStores;

/**
 * The import rate of the ledger (issue 5): a generated journal of N position entries on the 2024
 * counterproposal, imported as {@code truce log import} does it (read, check whole, append in one
 * transaction), against a plain batched JDBC insert of the same rows into the same schema, in the
 * same run, on SQLite and on PostgreSQL; then the time of the positions report on that ledger.
 * Prints the ratios (docs/benchmarks.md). From the repository root:
 *
 * <pre>java -cp truce-bench/target/benchmarks.jar org.truce.bench.LedgerImportBench [N]</pre>
 */
public final class LedgerImportBench {
  private static final String VERSION = "2024-07 counterproposal";

  private LedgerImportBench() {}

  /** Where the ledgers of one database kind are: a ledger and a connection by name. */
  private interface Target {
    Ledger ledger(String name) throws Exception;

    Connection connection(String name) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    DossierVersions versions = versions();
    String journal = generate(n);
    System.out.printf(Locale.ROOT, "journal: %,d entries, %,d characters%n", n, journal.length());
    Path dir = Files.createTempDirectory("truce-ledger-bench");
    run(
        "SQLite",
        n,
        journal,
        versions,
        new Target() {
          @Override
          public Ledger ledger(String name) throws Exception {
            return LedgerStores.sqlite(Files.createDirectories(dir.resolve(name)));
          }

          @Override
          public Connection connection(String name) throws SQLException {
            return DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve(name).resolve(LedgerStores.SQLITE_FILE));
          }
        });
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      run(
          "PostgreSQL",
          n,
          journal,
          versions,
          new Target() {
            @Override
            public Ledger ledger(String name) throws Exception {
              createDatabase(pg, name);
              return LedgerStores.postgresql(
                  "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/" + name);
            }

            @Override
            public Connection connection(String name) throws SQLException {
              return DriverManager.getConnection(
                  "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name,
                  "postgres",
                  "postgres");
            }
          });
    }
  }

  private static void run(
      String name, int n, String journal, DossierVersions versions, Target target)
      throws Exception {
    long t0 = System.nanoTime();
    List<Entry> entries;
    try (Ledger ledger = target.ledger("truce")) {
      JournalResult read = Journal.parse(new SourceText("bench.journal", journal));
      BatchReport report = Batches.check(read, versions, ledger, LocalDate.now());
      if (!report.ok()) {
        throw new IllegalStateException(report.diagnostics().getFirst().message());
      }
      ledger.append(report.newEntries());
      entries = report.newEntries();
    }
    long truce = System.nanoTime() - t0;

    List<Object[]> rows = rows(entries);
    try (Ledger schema = target.ledger("baseline")) {
      schema.size(); // the same schema, empty
    }
    long baseline;
    try (Connection c = target.connection("baseline")) {
      long t1 = System.nanoTime();
      insert(c, rows);
      baseline = System.nanoTime() - t1;
    }

    long t2 = System.nanoTime();
    int shown;
    try (Ledger ledger = target.ledger("truce")) {
      // As `truce positions` reads it: the versions tabled, then the latest positions.
      String version =
          new DossierRecord(versions, ledger.entries(EntryKind.TABLED))
              .latestVersion()
              .orElse(VERSION);
      shown =
          Readers.positions(
                  new DossierRecord(versions, ledger.latestPositions(version)),
                  version,
                  Optional.empty())
              .rows()
              .size();
    }
    long positions = System.nanoTime() - t2;
    System.out.printf(
        Locale.ROOT,
        "%s: truce import %.2f s (%,.0f entries/s); plain batched JDBC insert %.2f s (%,.0f"
            + " rows/s); truce / plain = %.2f; positions (%d clauses) %.0f ms%n",
        name,
        truce / 1e9,
        n / (truce / 1e9),
        baseline / 1e9,
        n / (baseline / 1e9),
        (double) truce / baseline,
        shown,
        positions / 1e6);
  }

  private static DossierVersions versions() {
    Map<String, Agreement> byLabel = new LinkedHashMap<>();
    for (String file :
        new String[] {"framework-2024-proposal.truce", "framework-2024-counterproposal.truce"}) {
      Agreement a =
          ModelBuilder.load(Sources.read(Path.of("examples", file)).source())
              .agreement()
              .orElseThrow();
      byLabel.put(a.metadata().version().orElseThrow(), a);
    }
    return new DossierVersions(byLabel);
  }

  /** N positions of the two parties on the counterproposal's clauses, dated over two years. */
  private static String generate(int n) {
    String[] clauses = {"1.1", "1.3", "1.6", "1.10", "1.11", "2.1", "2.2", "4", "7"};
    String[] parties = {"israel", "hamas"};
    String[] stances = {"accepts", "rejects", "demands a change", "silent"};
    Random random = new Random(42);
    StringBuilder out = new StringBuilder(n * 200);
    LocalDate start = LocalDate.of(2023, 1, 1);
    for (int i = 0; i < n; i++) {
      int day = random.nextInt(700);
      int party = random.nextInt(2);
      int clause = random.nextInt(clauses.length);
      // One stance per party, clause and day: a batch may not contradict itself.
      int stance = Math.floorMod((day * 31 + party) * 31 + clause, stances.length);
      out.append(start.plusDays(day))
          .append(" position p")
          .append(i)
          .append("\n  party: ")
          .append(parties[party])
          .append("\n  clause: ")
          .append(clauses[clause])
          .append("\n  version: ")
          .append(VERSION)
          .append("\n  stance: ")
          .append(stances[stance])
          .append("\n  source: report ")
          .append(random.nextInt(50))
          .append("\n  anonymous: yes\n\n");
    }
    return out.toString();
  }

  /** The rows truce writes for the entries, computed before the baseline is timed. */
  private static List<Object[]> rows(List<Entry> entries) {
    List<Object[]> rows = new ArrayList<>(entries.size());
    String now = Instant.now().toString();
    long seq = 0;
    for (Entry e : entries) {
      Entry.Position p = (Entry.Position) e.body();
      rows.add(
          new Object[] {
            ++seq,
            e.id(),
            "position",
            e.date().toString(),
            p.party(),
            p.clause(),
            p.version(),
            p.stance().word(),
            null,
            null,
            e.provenance().source(),
            1,
            Journal.write(List.of(e)),
            Journal.hash(e),
            now
          });
    }
    return rows;
  }

  private static void insert(Connection c, List<Object[]> rows) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO ledger_entry (seq, id, kind, entry_date, party, clause, version, stance,"
                + " supersedes, retracts, source, anonymous, content, hash, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          p.setObject(i + 1, row[i]);
        }
        p.addBatch();
        if (++pending == 500) {
          p.executeBatch();
          pending = 0;
        }
      }
      p.executeBatch();
    }
    c.commit();
  }

  private static void createDatabase(EmbeddedPostgres pg, String name) throws SQLException {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT 1");
      try {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException alreadyThere) {
        // opened a second time: the database exists
      }
    }
  }
}
