package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce export}.
 *
 * @param file the agreement as typed ({@code -} is standard input)
 * @param format the export format
 * @param output the file to write atomically; standard output when empty
 * @param errorFormat how diagnostics are printed on standard error
 * @param adversary for Promela: the party that may breach, as {@code truce check --adversary}
 * @param exactAmounts for Promela: every amount a release may take, as {@code --exact-amounts}
 */
public record ExportOptions(
    String file,
    ExportFormat format,
    Optional<String> output,
    ErrorFormat errorFormat,
    Optional<String> adversary,
    boolean exactAmounts) {
  /** Options of a JSON export. */
  public ExportOptions(
      String file, ExportFormat format, Optional<String> output, ErrorFormat errorFormat) {
    this(file, format, output, errorFormat, Optional.empty(), false);
  }
}
