package org.truce.cli.run;

import org.truce.check.CheckOptions;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce diff}.
 *
 * @param oldFile the earlier version as typed ({@code -} is standard input)
 * @param newFile the later version
 * @param json print the diff as JSON on standard output
 * @param errorFormat how diagnostics are printed on standard error
 * @param analysis how both texts are checked
 * @param dossier the dossier whose recorded positions show who conceded what, if any
 * @param database the PostgreSQL URL of that dossier's ledger; its SQLite file when empty
 */
public record DiffOptions(
    String oldFile,
    String newFile,
    boolean json,
    ErrorFormat errorFormat,
    CheckOptions analysis,
    java.util.Optional<String> dossier,
    java.util.Optional<String> database) {
  public DiffOptions(
      String oldFile,
      String newFile,
      boolean json,
      ErrorFormat errorFormat,
      CheckOptions analysis) {
    this(
        oldFile,
        newFile,
        json,
        errorFormat,
        analysis,
        java.util.Optional.empty(),
        java.util.Optional.empty());
  }
}
