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

  /** One column: {@code key} in JSON, {@code header} for people. */
  public record Column(String key, String header) {}

  public static Column column(String key, String header) {
    return new Column(key, header);
  }
}
