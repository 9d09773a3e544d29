package org.truce.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.truce.ledger.Ledger;

/**
 * The contract on PostgreSQL: a real server started from a Maven artifact for the class (no
 * installed server needed), and a fresh database per test.
 */
class PostgresLedgerContractTest extends LedgerContract {
  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private String database;

  @BeforeAll
  static void startServer() throws IOException {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  @Override
  Ledger open() {
    if (database == null) {
      database = "ledger" + DATABASES.incrementAndGet();
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + database);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return LedgerStores.postgresql(
        "postgresql://postgres:postgres@localhost:" + server.getPort() + "/" + database);
  }

  @Override
  Optional<Connection> behindTrucesBack() {
    try {
      return Optional.of(server.getDatabase("postgres", database).getConnection());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  void reset() {
    database = null;
  }
}
