package org.truce.cli.run;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.truce.cli.ErrorFormat;
import org.truce.cli.Io;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Dossiers;
import org.truce.monitor.Moments;
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
      Optional<LocalDate> given,
      Map<String, String> fields,
      LogImportOptions where,
      Io io) {
    LocalDate date = given.orElseGet(() -> today(where, io));
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

  /**
   * Today in the agreement's zone (the first a version of the dossier declares; UTC without one),
   * never the machine's. The dossier is read quietly: the import reports what is wrong with it.
   */
  private static LocalDate today(LogImportOptions where, Io io) {
    ZoneId zone = ZoneOffset.UTC;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, UTF_8);
    try {
      zone =
          Moments.zone(
              Dossiers.versions(
                  Path.of(where.dossier()), new DiagnosticSink(ErrorFormat.HUMAN, nowhere)));
    } catch (Dossiers.Unusable e) {
      // the import says why
    }
    return Moments.now(io.clock(), zone).toLocalDate();
  }

  /** The options of the dossier and the ledger, as {@code log import} takes them. */
  public static LogImportOptions where(
      String dossier, java.util.Optional<String> database, boolean dryRun, ErrorFormat format) {
    return new LogImportOptions("(log add)", dossier, database, dryRun, format, false);
  }
}
