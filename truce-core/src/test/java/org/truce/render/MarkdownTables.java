package org.truce.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks that every pipe-table row has as many cells as its header: user text broke none. */
final class MarkdownTables {
  private MarkdownTables() {}

  static void assertWellFormed(String markdown) {
    List<String> lines = markdown.lines().toList();
    int columns = -1;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        columns = -1;
        continue;
      }
      int cells = cells(line);
      if (columns < 0) {
        columns = cells;
      }
      assertThat(cells).as("cells in table row %s", line).isEqualTo(columns);
    }
  }

  /** Unescaped pipes minus one; a backslash escapes the next character. */
  static int cells(String row) {
    int pipes = 0;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        pipes++;
      }
    }
    return pipes - 1;
  }
}
