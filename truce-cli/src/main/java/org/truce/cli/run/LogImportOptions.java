package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ErrorFormat;
import org.truce.store.LockWait;

/**
 * Options of {@code truce log import}.
 *
 * @param file the journal as typed ({@code -} is standard input)
 * @param dossier the dossier's folder
 * @param database the PostgreSQL URL of the ledger; the dossier's SQLite file when empty
 * @param dryRun check only, write nothing
 * @param errorFormat how diagnostics are printed on standard error
 * @param json read the file as entries in JSON rather than as a journal
 * @param lockWait how long to wait for another writer's lock before saying so, and giving up
 */
public record LogImportOptions(
    String file,
    String dossier,
    Optional<String> database,
    boolean dryRun,
    ErrorFormat errorFormat,
    boolean json,
    LockWait lockWait) {
  /** Options that wait for another writer as {@link LockWait#DEFAULT} says. */
  public LogImportOptions(
      String file,
      String dossier,
      Optional<String> database,
      boolean dryRun,
      ErrorFormat errorFormat,
      boolean json) {
    this(file, dossier, database, dryRun, errorFormat, json, LockWait.DEFAULT);
  }
}
