package org.truce.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.truce.ledger.EntryKind;
import org.truce.ledger.JournalEntry;
import org.truce.ledger.JournalResult;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;
import org.truce.source.Suggestions;

/**
 * Reads the journal format line by line. A line at the left margin starts an entry ({@code DATE
 * KIND ID}); an indented line is a field of it ({@code name: value}); a line indented deeper than
 * the entry's fields continues the value above it; blank lines and lines starting with {@code #}
 * are skipped. An entry whose first line is wrong is skipped whole, so that its fields do not each
 * report an error of their own.
 */
public final class JournalParser {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private final SourceText source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<JournalEntry> entries = new ArrayList<>();
  private RawEntry current;
  private boolean skipping;
  private boolean reportedOutside;

  /** Lines a journal has before it is read in parallel, in parts of about this many. */
  private static final int PART_LINES = 20_000;

  private final int partLines;

  public JournalParser(SourceText source) {
    this(source, PART_LINES);
  }

  /** A parser that reads in parallel parts of about {@code partLines} lines: for tests. */
  public JournalParser(SourceText source, int partLines) {
    this.source = source;
    this.partLines = partLines;
  }

  /**
   * Reads the journal. A large one is cut at first lines of entries into parts read in parallel,
   * each by a parser of its own over the same text; their entries and diagnostics are joined in the
   * order of the text, so the result is the same as reading it in one go.
   */
  public JournalResult parse() {
    List<int[]> parts = parts();
    if (parts.size() == 1) {
      read(1, source.lineCount());
      return new JournalResult(source, entries, diagnostics);
    }
    List<JournalParser> parsers =
        parts.parallelStream()
            .map(
                part -> {
                  JournalParser parser = new JournalParser(source, partLines);
                  parser.read(part[0], part[1]);
                  return parser;
                })
            .toList();
    for (JournalParser parser : parsers) {
      entries.addAll(parser.entries);
      diagnostics.addAll(parser.diagnostics);
    }
    return new JournalResult(source, entries, diagnostics);
  }

  /**
   * Lines {@code from} to {@code to} as [from, to] parts, each starting at an entry's first line.
   */
  private List<int[]> parts() {
    List<int[]> parts = new ArrayList<>();
    int from = 1;
    int last = source.lineCount();
    while (last - from + 1 > 2L * partLines) {
      int cut = from + partLines;
      while (cut <= last && !startsEntry(source.lineText(cut))) {
        cut++;
      }
      if (cut > last) {
        break;
      }
      parts.add(new int[] {from, cut - 1});
      from = cut;
    }
    parts.add(new int[] {from, last});
    return parts;
  }

  private static boolean startsEntry(String line) {
    return !line.isEmpty() && indentOf(line) == 0 && !line.startsWith("#");
  }

  private void read(int fromLine, int toLine) {
    for (int line = fromLine; line <= toLine; line++) {
      int start = source.lineStart(line);
      String content = source.lineText(line);
      if (line == 1 && content.startsWith("\uFEFF")) {
        content = content.substring(1); // a byte-order mark some editors write
        start++;
      }
      readLine(start, content);
    }
    finish();
  }

  private void readLine(int start, String content) {
    String trimmed = content.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return;
    }
    int indent = indentOf(content);
    if (indent == 0) {
      finish();
      reportedOutside = false;
      header(start, content);
    } else if (skipping) {
      return;
    } else if (current == null) {
      if (!reportedOutside) {
        diagnostics.add(
            Diagnostic.of(
                DiagnosticCode.JOURNAL_FIELD_OUTSIDE_ENTRY,
                new Span(start + indent, trimmed.length())));
        reportedOutside = true;
      }
    } else if (current.fieldIndent >= 0 && indent > current.fieldIndent && current.last() != null) {
      current.last().continueWith(trimmed, new Span(start + indent, trimmed.length()));
    } else {
      field(start, indent, content);
    }
  }

  private static int indentOf(String content) {
    int i = 0;
    while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private void header(int start, String content) {
    skipping = true;
    List<Token> tokens = Token.split(content, start);
    Span line = new Span(start, content.stripTrailing().length());
    if (tokens.size() != 3) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.JOURNAL_BAD_HEADER, line));
      return;
    }
    Token date = tokens.get(0);
    Token kind = tokens.get(1);
    Token id = tokens.get(2);
    var parsedDate = Values.date(date.text());
    var parsedKind = EntryKind.fromWord(kind.text());
    boolean ok = true;
    if (parsedDate.isEmpty()) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.JOURNAL_BAD_DATE, date.span(), date.text()));
      ok = false;
    }
    if (parsedKind.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
                  DiagnosticCode.JOURNAL_UNKNOWN_KIND,
                  kind.span(),
                  kind.text(),
                  Values.allOf(EntryKind.words()))
              .withSuggestions(Suggestions.forName(kind.text(), EntryKind.words())));
      ok = false;
    }
    if (!Values.isId(id.text())) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.JOURNAL_BAD_ID, id.span(), id.text()));
      ok = false;
    }
    if (ok) {
      skipping = false;
      current =
          new RawEntry(parsedDate.get(), parsedKind.get(), id.text(), line, date.span(), id.span());
    }
  }

  private void field(int start, int indent, String content) {
    int colon = content.indexOf(':');
    if (colon < 0) {
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.JOURNAL_BAD_FIELD,
              new Span(start + indent, content.strip().length())));
      current.broken = true;
      return;
    }
    if (current.fieldIndent < 0) {
      current.fieldIndent = indent;
    }
    String rawName = content.substring(indent, colon);
    String name = fieldName(rawName);
    Span nameSpan = new Span(start + indent, rawName.stripTrailing().length());
    String rest = content.substring(colon + 1);
    String value = rest.strip();
    int valueStart = start + colon + 1 + (rest.length() - rest.stripLeading().length());
    current.add(new RawField(name, nameSpan, value, new Span(valueStart, value.length())));
  }

  /** A field's name as written, lower case, runs of spaces as one: {@code Attributed To}. */
  private static String fieldName(String raw) {
    String name = raw.strip().toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c != ' ' && Character.isWhitespace(c) && c < 128)
          || (c == ' ' && i + 1 < name.length() && name.charAt(i + 1) == ' ')) {
        return SPACES.matcher(name).replaceAll(" ");
      }
    }
    return name;
  }

  private void finish() {
    if (current != null) {
      new EntryBuilder(current, diagnostics).build().ifPresent(entries::add);
      current = null;
    }
  }
}
