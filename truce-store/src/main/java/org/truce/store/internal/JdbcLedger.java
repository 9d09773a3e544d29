package org.truce.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.truce.ledger.Chain;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Integrity;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalResult;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerConflict;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.store.LockWait;
import org.truce.store.StoreException;

/**
 * The ledger on one JDBC connection, SQLite or PostgreSQL. An append is one transaction under the
 * ledger's write lock ({@link Dialect}): it reads which ids are held, refuses the batch if one is
 * held with other content, numbers the new entries after the last and inserts them in batches. A
 * process killed during an append leaves the ledger as it was before it. Not thread-safe: one
 * instance per thread or process; any number of them may write to one ledger at once.
 */
public final class JdbcLedger implements Ledger {
  /** Ids asked for in one query, and rows inserted in one batch. */
  private static final int CHUNK = 500;

  /** Appends of at least this many entries are followed by {@link Dialect#afterLargeAppend}. */
  private static final int LARGE_APPEND = 10_000;

  private final Connection connection;
  private final Dialect dialect;
  private final String where;
  private final Dialect.Waiting waiting;

  private JdbcLedger(
      Connection connection, Dialect dialect, String where, Dialect.Waiting waiting) {
    this.connection = connection;
    this.dialect = dialect;
    this.where = where;
    this.waiting = waiting;
  }

  /**
   * Opens the ledger at {@code url}, creating or migrating its schema; {@code where} is shown. A
   * write waits for another writer as {@code wait} says.
   */
  public static JdbcLedger open(
      Dialect dialect, String url, String user, String password, String where, LockWait wait) {
    Connection connection;
    Dialect.Waiting waiting = new Dialect.Waiting(wait, where);
    try {
      connection = DriverManager.getConnection(url, properties(dialect, user, password));
      dialect.prepare(connection, waiting);
    } catch (SQLException e) {
      throw StoreErrors.of(waiting, e)
          .orElseGet(
              () ->
                  new StoreException(
                      "cannot open the ledger at " + where + ": " + e.getMessage(), e));
    }
    try {
      Migrations.apply(connection, dialect, where, waiting);
      return new JdbcLedger(connection, dialect, where, waiting);
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      if (e instanceof StoreException s) {
        throw s;
      }
      if (e instanceof SQLException sql && StoreErrors.of(waiting, sql).isPresent()) {
        throw StoreErrors.of(waiting, sql).get();
      }
      throw new StoreException("cannot set up the ledger at " + where + ": " + e.getMessage(), e);
    }
  }

  private static Properties properties(Dialect dialect, String user, String password) {
    if (dialect == Dialect.SQLITE) {
      SQLiteConfig config = new SQLiteConfig();
      // Readers do not wait for a writer, and a writer waits for another (LockWait).
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      // The busy handler (Dialect.prepare) waits, says so, and gives up as the LockWait says.
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      return config.toProperties();
    }
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  @Override
  public Map<String, String> hashes(Collection<String> ids) {
    try {
      return hashesIn(List.copyOf(ids));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  private Map<String, String> hashesIn(List<String> ids) throws SQLException {
    Map<String, String> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement p =
          connection.prepareStatement(
              "SELECT id, hash FROM ledger_entry WHERE id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          p.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            found.put(r.getString(1), r.getString(2));
          }
        }
      }
    }
    return found;
  }

  @Override
  public AppendResult append(List<Entry> entries) throws LedgerConflict {
    // The canonical texts and their hashes, on every core, before the write lock is taken.
    List<String> canonical = entries.parallelStream().map(Journal::canonical).toList();
    List<String> hashOf = canonical.parallelStream().map(Journal::hashOf).toList();
    AppendResult result;
    try {
      connection.setAutoCommit(false);
      try {
        dialect.lockForWriting(connection, waiting);
        Map<String, String> held = hashesIn(entries.stream().map(Entry::id).distinct().toList());
        List<Entry> fresh = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<String, String> adding = new HashMap<>();
        int already = 0;
        for (int i = 0; i < entries.size(); i++) {
          Entry entry = entries.get(i);
          String text = canonical.get(i);
          String hash = hashOf.get(i);
          String known =
              held.containsKey(entry.id()) ? held.get(entry.id()) : adding.get(entry.id());
          if (known == null) {
            adding.put(entry.id(), hash);
            fresh.add(entry);
            texts.add(text);
          } else if (known.equals(hash)) {
            already++;
          } else {
            connection.rollback();
            throw new LedgerConflict(entry.id());
          }
        }
        long first = insert(fresh, texts, adding);
        Positions.update(connection, fresh, first);
        ReleaseSums.add(connection, fresh, first);
        connection.commit();
        result = new AppendResult(fresh.size(), already);
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
      if (result.added() >= LARGE_APPEND) {
        try {
          dialect.afterLargeAppend(connection);
        } catch (SQLException e) {
          // The entries are written; the next queries are only planned less well until the
          // database gathers its statistics itself.
        }
      }
      return result;
    } catch (SQLException e) {
      throw failure("write to", e);
    }
  }

  /**
   * Inserts the new entries, numbered after the last; {@code texts} are their canonical texts.
   * Returns the number of the first.
   */
  private long insert(List<Entry> fresh, List<String> texts, Map<String, String> hashes)
      throws SQLException {
    long seq = lastSeq();
    long first = seq + 1;
    String recordedAt = Instant.now().toString();
    String previous = ChainLinks.head(connection).map(Integrity.Head::chain).orElse(Chain.GENESIS);
    String[] links =
        ChainLinks.links(
            previous,
            first,
            fresh.stream().map(Entry::id).toList(),
            fresh.stream().map(e -> hashes.get(e.id())).toList());
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO ledger_entry (seq, id, kind, entry_date, party, clause, version, stance,"
                + " supersedes, retracts, source, anonymous, content, hash, recorded_at, chain,"
                + " event_at, category, unit_count, counted, counted_toward, ref_id,"
                + " substitutes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (int i = 0; i < fresh.size(); i++) {
        Entry entry = fresh.get(i);
        Row row = Row.of(entry);
        p.setLong(1, ++seq);
        p.setString(2, entry.id());
        p.setString(3, entry.kind().word());
        p.setString(4, entry.date().toString());
        p.setString(5, row.party());
        p.setString(6, row.clause());
        p.setString(7, row.version());
        p.setString(8, row.stance());
        p.setString(9, entry.supersedes().orElse(null));
        p.setString(10, row.retracts());
        p.setString(11, entry.provenance().source());
        p.setInt(12, entry.provenance().anonymous() ? 1 : 0);
        p.setString(13, texts.get(i));
        p.setString(14, hashes.get(entry.id()));
        p.setString(15, recordedAt);
        p.setString(16, links[i]);
        row.setEventColumns(p, 17);
        p.setString(23, row.substitutes());
        p.addBatch();
        if (++pending == CHUNK) {
          p.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        p.executeBatch();
      }
    }
    if (!fresh.isEmpty()) {
      ChainLinks.setHead(connection, seq, links[links.length - 1]);
    }
    return first;
  }

  private long lastSeq() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM ledger_entry")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public List<Entry> entries() {
    return select("SELECT id, content FROM ledger_entry ORDER BY seq", null);
  }

  @Override
  public List<Entry> entries(EntryKind kind) {
    return select("SELECT id, content FROM ledger_entry WHERE kind = ? ORDER BY seq", kind.word());
  }

  /** The entries a query of (id, content) finds; {@code parameter}, if not null, is its one. */
  private List<Entry> select(String query, String parameter) {
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(query)) {
      if (parameter != null) {
        p.setString(1, parameter);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          entries.add(read(r.getString(1), r.getString(2)));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public List<Entry> latestPositions(String version) {
    return select(
        "SELECT e.id, e.content FROM ledger_position p JOIN ledger_entry e ON e.seq = p.seq"
            + " WHERE p.version = ? ORDER BY e.seq",
        version);
  }

  /** An entry from its stored canonical text. */
  private Entry read(String id, String content) {
    JournalResult read = Journal.parse(new SourceText(id, content));
    if (!read.ok() || read.entries().size() != 1) {
      throw new StoreException(
          where + " holds an entry `" + id + "` that truce cannot read: " + read.diagnostics());
    }
    return read.entries().getFirst().entry();
  }

  @Override
  public long size() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM ledger_entry")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public List<Entry> forMonitor(java.time.LocalDate upTo) {
    try {
      // One snapshot for both queries: the sums and the entries they leave out.
      return dialect.inReadTransaction(
          connection, () -> MonitorQueries.read(connection, upTo, this::read));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public List<String> releasesIn(String id) {
    Optional<Long> first = MonitorQueries.sumStartingAt(id);
    if (first.isEmpty()) {
      return List.of(id);
    }
    try {
      return dialect.inReadTransaction(
          connection, () -> MonitorQueries.releasesInSum(connection, first.get()));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public Integrity verify(Optional<String> anchor) {
    try {
      dialect
          .checkFile(connection)
          .ifPresent(
              problem -> {
                throw new StoreException(DiagnosticCode.LEDGER_DAMAGED, null, where, problem);
              });
      return dialect.inReadTransaction(connection, () -> Verification.run(connection, anchor));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private StoreException failure(String what, SQLException e) {
    return StoreErrors.of(waiting, e)
        .orElseGet(
            () ->
                new StoreException(
                    "cannot " + what + " the ledger at " + where + ": " + e.getMessage(), e));
  }

  /** The columns that repeat parts of an entry for the readers' and the monitor's queries. */
  record Row(
      String party,
      String clause,
      String version,
      String stance,
      String retracts,
      Event.Release release,
      String refId) {
    static Row of(Entry entry) {
      return switch (entry.body()) {
        case Entry.Tabled t ->
            new Row(t.by().orElse(null), null, t.version(), null, null, null, null);
        case Entry.Position p ->
            new Row(p.party(), p.clause(), p.version(), p.stance().word(), null, null, null);
        case Entry.Statement s ->
            new Row(
                null, s.clause().orElse(null), s.version().orElse(null), null, null, null, null);
        case Entry.Meeting m -> new Row(null, null, null, null, null, null, null);
        case Entry.Retraction r -> new Row(null, null, null, null, r.retracts(), null, null);
        case Event.InForce f -> new Row(null, null, f.version(), null, null, null, null);
        case Event.Release r -> new Row(r.by(), r.clause().orElse(null), null, null, null, r, null);
        case Event.Dispute d -> new Row(null, null, null, null, null, null, d.disputes());
        case Event.Handover h ->
            new Row(null, null, null, null, null, null, h.release().orElse(null));
        case Event e -> new Row(null, e.clause().orElse(null), null, null, null, null, null);
      };
    }

    /** Sets the monitor's columns of migration V4, from {@code first} on. */
    void setEventColumns(PreparedStatement p, int first) throws SQLException {
      p.setString(first, release == null ? null : release.at().map(Object::toString).orElse(null));
      p.setString(first + 1, release == null ? null : release.category());
      if (release == null) {
        p.setNull(first + 2, java.sql.Types.BIGINT);
      } else {
        p.setLong(first + 2, release.count());
      }
      p.setString(first + 3, release == null ? null : release.counted().words());
      p.setString(
          first + 4,
          release == null ? null : release.countedToward().map(Object::toString).orElse(null));
      p.setString(first + 5, refId);
    }

    /** The category a release stands in for (V5), if it is a substitution. */
    String substitutes() {
      return release == null ? null : release.substitutes().orElse(null);
    }
  }
}
