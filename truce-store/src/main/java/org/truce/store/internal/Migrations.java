package org.truce.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned migrations of the schema: {@code migrations/V<n>__<name>.sql} resources, applied in
 * order, each in the transaction that records it in {@code schema_version}, under the ledger's
 * write lock so that two processes opening a new ledger at once apply each migration once. Both
 * databases run DDL inside transactions, so a migration is applied whole or not at all.
 */
final class Migrations {
  /** The migrations, in order; a new one is added at the end and never edited after release. */
  static final List<String> ALL =
      List.of(
          "V1__ledger.sql",
          "V2__latest_positions.sql",
          "V3__chain.sql",
          "V4__events.sql",
          "V5__substitutions.sql",
          "V6__unreported_counts.sql");

  /** Where the migrations are among the resources (a class-loader path: no leading slash). */
  private static final String FOLDER = "org/truce/store/migrations/";

  private Migrations() {}

  /** Brings the schema up to date; refuses a database written by a newer truce. */
  static void apply(Connection connection, Dialect dialect, String where, Dialect.Waiting waiting)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      dialect.lockForWriting(connection, waiting);
      try (Statement s = connection.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS schema_version"
                + " (version INTEGER NOT NULL PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)");
      }
      int current = current(connection);
      if (current > ALL.size()) {
        throw new org.truce.store.StoreException(
            where
                + " was written by a newer version of truce (schema "
                + current
                + ", this one knows "
                + ALL.size()
                + "): update truce to read it");
      }
      for (int version = current + 1; version <= ALL.size(); version++) {
        try (Statement s = connection.createStatement()) {
          for (String statement : statements(ALL.get(version - 1))) {
            s.execute(statement);
          }
        }
        // Migrations whose new columns hold what only truce can compute from the entries.
        switch (ALL.get(version - 1)) {
          case "V3__chain.sql" -> ChainLinks.fill(connection);
          case "V4__events.sql" -> EventColumns.fill(connection);
          case "V5__substitutions.sql" -> EventColumns.fillSubstitutes(connection);
          default -> {}
        }
        try (PreparedStatement p =
            connection.prepareStatement(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
          p.setInt(1, version);
          p.setString(2, Instant.now().toString());
          p.executeUpdate();
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static int current(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** The statements of a migration: its text split at semicolons that end a line. */
  private static List<String> statements(String name) {
    String text;
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the migration " + name + " is missing from the jar");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the migration " + name, e);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    return statements;
  }
}
