package org.truce.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * Entries in CSV, for spreadsheets (docs/monitor.md): a first row naming the columns, {@code date},
 * {@code kind} and {@code id}, then any fields of the journal by their journal names ({@code by},
 * {@code count}, {@code attributed to}...); one entry a row; an empty cell is a field left out.
 * Each row is turned into journal lines, which the journal's own checks then read; every diagnostic
 * found on those lines is moved back to the cell it came from ({@link Read#toCsv}).
 */
public final class EntryCsv {
  private static final List<String> REQUIRED = List.of("date", "kind", "id");

  private EntryCsv() {}

  /**
   * What reading CSV gave: the entries as journal text and the way back from it to the cells, or
   * the problems of the CSV itself.
   */
  public record Read(
      Optional<SourceText> journal, List<Diagnostic> diagnostics, List<Segment> segments) {
    /** {@code diagnostic}, found in the journal text, at the cell its text came from. */
    public Diagnostic toCsv(Diagnostic diagnostic) {
      int offset = diagnostic.span().offset();
      int end = offset + diagnostic.span().length();
      // The smallest piece of text that holds the whole span: a cell, or else the row.
      Segment best = null;
      for (Segment s : segments) {
        boolean holds = offset >= s.journal() && end <= s.journal() + s.journalLength();
        if (holds && (best == null || s.journalLength() < best.journalLength())) {
          best = s;
        }
      }
      if (best == null) {
        return diagnostic.at(new Span(0, 0));
      }
      int delta = Math.min(offset - best.journal(), best.csvLength());
      int length = Math.min(diagnostic.span().length(), best.csvLength() - delta);
      return diagnostic.at(new Span(best.csv() + delta, Math.max(length, 0)));
    }
  }

  /** Journal text from {@code journal} on, of length {@code journalLength}, came from the CSV. */
  public record Segment(int journal, int journalLength, int csv, int csvLength) {}

  /** A cell: its text and where it is in the CSV. */
  private record Cell(String text, int offset, int length) {}

  public static Read read(SourceText csv) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    StringBuilder journal = new StringBuilder();
    CsvFactory factory = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (JsonParser p = factory.createParser(csv.text())) {
      List<Cell> header = null;
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return new Read(Optional.of(new SourceText(csv.name(), "")), problems, segments); // empty
      }
      JsonToken token;
      while ((token = p.nextToken()) == JsonToken.START_ARRAY) {
        List<Cell> row = row(p, csv);
        if (row.stream().allMatch(c -> c.text().isBlank())) {
          continue; // a blank line
        }
        if (header == null) {
          header = row;
          continue;
        }
        entry(header, row, journal, segments, problems);
      }
      if (header == null) {
        return new Read(Optional.of(new SourceText(csv.name(), "")), problems, segments);
      }
    } catch (StreamReadException e) {
      long at = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
      int offset = (int) Math.min(at, csv.text().length());
      problems.add(
          Diagnostic.of(
              DiagnosticCode.LEDGER_CSV_SYNTAX,
              new Span(offset, offset < csv.text().length() ? 1 : 0),
              e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems.isEmpty()
        ? new Read(
            Optional.of(new SourceText(csv.name() + " (as journal)", journal.toString())),
            problems,
            segments)
        : new Read(Optional.empty(), problems, segments);
  }

  private static List<Cell> row(JsonParser p, SourceText csv) throws IOException {
    List<Cell> cells = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      int offset = (int) Math.max(0, p.currentTokenLocation().getCharOffset());
      String raw = p.getText();
      int length = Math.max(1, Math.min(raw.length(), csv.text().length() - offset));
      cells.add(
          new Cell(raw.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '), offset, length));
    }
    return cells;
  }

  private static void entry(
      List<Cell> header,
      List<Cell> row,
      StringBuilder journal,
      List<Segment> segments,
      List<Diagnostic> problems) {
    Cell[] first = new Cell[REQUIRED.size()];
    for (int i = 0; i < header.size() && i < row.size(); i++) {
      int which = REQUIRED.indexOf(header.get(i).text().strip());
      if (which >= 0) {
        first[which] = row.get(i);
      }
    }
    Cell start = row.getFirst();
    Cell end = row.getLast();
    Span rowSpan = new Span(start.offset(), end.offset() + end.length() - start.offset());
    boolean complete = true;
    for (int k = 0; k < REQUIRED.size(); k++) {
      if (first[k] == null || first[k].text().isBlank()) {
        problems.add(Diagnostic.of(DiagnosticCode.LEDGER_CSV_MISSING, rowSpan, REQUIRED.get(k)));
        complete = false;
      }
    }
    if (!complete) {
      return;
    }
    int lineStart = journal.length();
    for (int k = 0; k < REQUIRED.size(); k++) {
      if (k > 0) {
        journal.append(' ');
      }
      append(journal, segments, first[k]);
    }
    // The whole first line stands for the whole row, for problems of the entry as a whole.
    segments.add(
        new Segment(lineStart, journal.length() - lineStart, rowSpan.offset(), rowSpan.length()));
    journal.append('\n');
    for (int i = 0; i < header.size() && i < row.size(); i++) {
      Cell name = header.get(i);
      Cell value = row.get(i);
      if (REQUIRED.contains(name.text().strip()) || value.text().isBlank()) {
        continue;
      }
      journal.append("  ");
      append(journal, segments, new Cell(name.text().strip(), name.offset(), name.length()));
      journal.append(": ");
      append(journal, segments, new Cell(value.text().strip(), value.offset(), value.length()));
      journal.append('\n');
    }
    journal.append('\n');
  }

  private static void append(StringBuilder journal, List<Segment> segments, Cell cell) {
    segments.add(new Segment(journal.length(), cell.text().length(), cell.offset(), cell.length()));
    journal.append(cell.text());
  }
}
