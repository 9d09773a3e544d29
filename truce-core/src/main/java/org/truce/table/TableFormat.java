package org.truce.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** How a table is written: for the terminal, a Markdown or HTML report, or JSON. */
public enum TableFormat {
  TEXT,
  MARKDOWN,
  HTML,
  JSON;

  /** The table in this format, ending with a line break. */
  public String write(Table table) {
    return switch (this) {
      case TEXT -> text(table);
      case MARKDOWN -> markdown(table);
      case HTML -> html(table);
      case JSON -> json(table);
    };
  }

  /** The widest line a table laid out in columns may have; a wider one is written row by row. */
  private static final int TERMINAL_WIDTH = 120;

  /**
   * Columns aligned with spaces, a row of dashes under the headers, notes after a blank line; or,
   * when that is wider than a terminal, each row as a block: its first cell, then one {@code
   * header: cell} line for each other cell that is not empty.
   */
  private static String text(Table table) {
    int n = table.columns().size();
    int[] widths = new int[n];
    List<List<String>> lines = new ArrayList<>();
    lines.add(table.columns().stream().map(Table.Column::header).toList());
    lines.addAll(table.rows());
    for (List<String> line : lines) {
      for (int i = 0; i < n; i++) {
        widths[i] = Math.max(widths[i], line.get(i).codePointCount(0, line.get(i).length()));
      }
    }
    StringBuilder out = new StringBuilder(table.title()).append("\n\n");
    int width = 2 * (n - 1);
    for (int w : widths) {
      width += w;
    }
    if (width > TERMINAL_WIDTH) {
      blocks(table, out);
      notes(table, out);
      return out.toString();
    }
    for (int l = 0; l < lines.size(); l++) {
      appendAligned(out, lines.get(l), widths);
      if (l == 0) {
        List<String> dashes = new ArrayList<>();
        for (int w : widths) {
          dashes.add("-".repeat(w));
        }
        appendAligned(out, dashes, widths);
      }
    }
    if (table.rows().isEmpty()) {
      out.append("(none)\n");
    }
    notes(table, out);
    return out.toString();
  }

  private static void blocks(Table table, StringBuilder out) {
    for (List<String> row : table.rows()) {
      out.append(row.getFirst()).append('\n');
      for (int i = 1; i < row.size(); i++) {
        if (!row.get(i).isEmpty()) {
          out.append("  ")
              .append(table.columns().get(i).header())
              .append(": ")
              .append(row.get(i))
              .append('\n');
        }
      }
    }
    if (table.rows().isEmpty()) {
      out.append("(none)\n");
    }
  }

  private static void appendAligned(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(cell);
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length()) + 2));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static void notes(Table table, StringBuilder out) {
    if (!table.notes().isEmpty()) {
      out.append('\n');
      table.notes().forEach(note -> out.append(note).append('\n'));
    }
  }

  private static String markdown(Table table) {
    StringBuilder out =
        new StringBuilder("## ").append(Markup.markdown(table.title())).append("\n\n");
    if (table.rows().isEmpty()) {
      // A grid of headers over nothing reads as a rendering fault: say so in words.
      out.append(NONE_RECORDED).append('\n');
    } else {
      grid(table, out);
    }
    if (!table.notes().isEmpty()) {
      out.append('\n');
      table.notes().forEach(note -> out.append(Markup.markdownBlock(note)).append("\n\n"));
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** What an empty table of a report says instead of a grid of headers. */
  private static final String NONE_RECORDED = "None recorded.";

  private static void grid(Table table, StringBuilder out) {
    out.append('|');
    table.columns().forEach(c -> out.append(' ').append(Markup.markdown(c.header())).append(" |"));
    out.append("\n|");
    table.columns().forEach(c -> out.append(":---|"));
    out.append('\n');
    for (List<String> row : table.rows()) {
      out.append('|');
      row.forEach(cell -> out.append(' ').append(Markup.markdown(cell)).append(" |"));
      out.append('\n');
    }
  }

  private static String html(Table table) {
    return htmlPage(
        table.title(),
        htmlSection(table).replaceFirst("<h2>", "<h1>").replaceFirst("</h2>", "</h1>"));
  }

  /** A table as a section of an HTML page: its title as a heading, the table, its notes. */
  public static String htmlSection(Table table) {
    StringBuilder out =
        new StringBuilder("<h2>").append(Markup.html(table.title())).append("</h2>\n");
    if (table.rows().isEmpty()) {
      out.append("<p>").append(NONE_RECORDED).append("</p>\n");
      table.notes().forEach(note -> out.append("<p>").append(Markup.html(note)).append("</p>\n"));
      return out.toString();
    }
    out.append("<table>\n<thead><tr>");
    table
        .columns()
        .forEach(c -> out.append("<th>").append(Markup.html(c.header())).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      out.append("<tr>");
      row.forEach(cell -> out.append("<td>").append(Markup.html(cell)).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    table.notes().forEach(note -> out.append("<p>").append(Markup.html(note)).append("</p>\n"));
    return out.toString();
  }

  /** A whole HTML page, with the style of truce's reports, around {@code body}. */
  public static String htmlPage(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + Markup.html(title)
        + "</title>\n<style>\n"
        + "body{font-family:system-ui,sans-serif;margin:2em;max-width:72em;color:#222}\n"
        + "table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3em .6em;"
        + "text-align:left;vertical-align:top}th{background:#eee}\n"
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }

  /** {@code {"title", "rows": [{key: cell...}], "notes"}}; empty cells are null. */
  private static String json(Table table) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("title", table.title());
      g.writeArrayFieldStart("rows");
      for (List<String> row : table.rows()) {
        g.writeStartObject();
        for (int i = 0; i < row.size(); i++) {
          String cell = row.get(i);
          g.writeFieldName(table.columns().get(i).key());
          if (cell.isEmpty()) {
            g.writeNull();
          } else {
            g.writeString(cell);
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notes");
      for (String note : table.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }
}
