package org.truce.cli.run;

import java.time.LocalDate;
import java.util.Map;
import org.truce.cli.ErrorFormat;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.source.SourceText;

/**
 * {@code truce log add}: one entry from options. The options are written as a journal entry, which
 * is then checked and appended exactly as {@code truce log import} does it, so that one entry meets
 * the same rules and messages as a batch (a diagnostic points into the entry as written).
 */
public final class LogAddRunner {
  private LogAddRunner() {}

  /**
   * @param fields the entry's fields by journal name ({@code attributed to}, {@code party}...), in
   *     the order given; empty values are left out
   */
  public static int run(
      String kind,
      String id,
      LocalDate date,
      Map<String, String> fields,
      LogImportOptions where,
      Io io) {
    StringBuilder text = new StringBuilder();
    text.append(date).append(' ').append(kind).append(' ').append(id).append('\n');
    fields.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            text.append("  ")
                .append(name)
                .append(": ")
                .append(value.replace('\n', ' '))
                .append('\n');
          }
        });
    DiagnosticSink sink = new DiagnosticSink(where.errorFormat(), io.err());
    try {
      return LogImportRunner.importSource(
          new SourceText("(log add)", text.toString()), where, io, sink, "truce log add");
    } finally {
      sink.finish();
    }
  }

  /** The options of the dossier and the ledger, as {@code log import} takes them. */
  public static LogImportOptions where(
      String dossier, java.util.Optional<String> database, boolean dryRun, ErrorFormat format) {
    return new LogImportOptions("(log add)", dossier, database, dryRun, format, false);
  }
}
