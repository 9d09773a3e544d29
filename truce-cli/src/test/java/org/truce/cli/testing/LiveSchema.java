package org.truce.cli.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema of a live database, SQLite or PostgreSQL, as the database itself lists it (sqlite's
 * {@code PRAGMA table_info}, PostgreSQL's {@code information_schema}), and edits of one row of it
 * named by all its values: for tests that must not forget a column.
 */
public final class LiveSchema {
  private LiveSchema() {}

  /** A database to connect to, and which of the two it is. */
  public interface Database {
    Connection connect() throws SQLException;

    boolean sqlite();
  }

  /** Every table and its columns, from the live schema. */
  public static Map<String, List<String>> schema(Database store) throws SQLException {
    Map<String, List<String>> schema = new LinkedHashMap<>();
    try (Connection c = store.connect();
        Statement s = c.createStatement()) {
      if (store.sqlite()) {
        List<String> tables = new ArrayList<>();
        try (ResultSet r =
            s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " ORDER BY name")) {
          while (r.next()) {
            tables.add(r.getString(1));
          }
        }
        for (String table : tables) {
          try (ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
              schema.computeIfAbsent(table, t -> new ArrayList<>()).add(r.getString("name"));
            }
          }
        }
      } else {
        try (ResultSet r =
            s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() ORDER BY table_name,"
                    + " ordinal_position")) {
          while (r.next()) {
            schema.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
          }
        }
      }
    }
    return schema;
  }

  public static List<Map<String, Object>> rows(Database store, String table, List<String> columns)
      throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = store.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String column : columns) {
          row.put(column, r.getObject(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Sets {@code column} of the row that holds {@code row}'s values; false if refused. */
  public static boolean update(
      Database store, String table, Map<String, Object> row, String column, Object value)
      throws SQLException {
    List<Object> values = new ArrayList<>();
    values.add(value);
    List<String> where = matching(row, values);
    String sql = "UPDATE " + table + " SET " + column + " = ? WHERE " + String.join(" AND ", where);
    try (Connection c = store.connect();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        p.setObject(i + 1, values.get(i));
      }
      return p.executeUpdate() == 1;
    } catch (SQLException refused) {
      return false; // a key already held, or a value of another type
    }
  }

  public static void delete(Database store, String table, Map<String, Object> row)
      throws SQLException {
    List<Object> values = new ArrayList<>();
    List<String> where = matching(row, values);
    try (Connection c = store.connect();
        PreparedStatement p =
            c.prepareStatement("DELETE FROM " + table + " WHERE " + String.join(" AND ", where))) {
      for (int i = 0; i < values.size(); i++) {
        p.setObject(i + 1, values.get(i));
      }
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
  }

  public static void insert(Database store, String table, Map<String, Object> row)
      throws SQLException {
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", row.keySet())
            + ") VALUES ("
            + String.join(", ", row.keySet().stream().map(k -> "?").toList())
            + ")";
    try (Connection c = store.connect();
        PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      for (Object value : row.values()) {
        p.setObject(i++, value);
      }
      p.executeUpdate();
    }
  }

  /**
   * The conditions of a WHERE clause that matches {@code row} exactly (NULL by {@code IS NULL}),
   * their values appended to {@code values} in order.
   */
  private static List<String> matching(Map<String, Object> row, List<Object> values) {
    List<String> where = new ArrayList<>();
    for (Map.Entry<String, Object> c : row.entrySet()) {
      if (c.getValue() == null) {
        where.add(c.getKey() + " IS NULL");
      } else {
        where.add(c.getKey() + " = ?");
        values.add(c.getValue());
      }
    }
    return where;
  }
}
