package org.truce.table;

import java.util.List;

/**
 * A report: a title, columns, rows of cells (text; empty for none), and notes under the table. Each
 * column has a key, the field name of its cells in JSON, and a header for people.
 */
public record Table(
    String title, List<Column> columns, List<List<String>> rows, List<String> notes) {
  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    notes = List.copyOf(notes);
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of " + row.size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /** The rows as records keyed by column, an empty cell as null: for JSON built around a table. */
  public List<java.util.Map<String, String>> records() {
    List<java.util.Map<String, String>> records = new java.util.ArrayList<>();
    for (List<String> row : rows) {
      java.util.Map<String, String> record = new java.util.LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        record.put(columns.get(i).key(), row.get(i).isEmpty() ? null : row.get(i));
      }
      records.add(record);
    }
    return records;
  }

  /** One column: {@code key} in JSON, {@code header} for people. */
  public record Column(String key, String header) {}

  public static Column column(String key, String header) {
    return new Column(key, header);
  }
}
