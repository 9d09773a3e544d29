package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce log import}.
 *
 * @param file the journal as typed ({@code -} is standard input)
 * @param dossier the dossier's folder
 * @param database the PostgreSQL URL of the ledger; the dossier's SQLite file when empty
 * @param dryRun check only, write nothing
 * @param errorFormat how diagnostics are printed on standard error
 * @param json read the file as entries in JSON rather than as a journal
 */
public record LogImportOptions(
    String file,
    String dossier,
    Optional<String> database,
    boolean dryRun,
    ErrorFormat errorFormat,
    boolean json) {}
