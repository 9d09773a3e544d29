package org.truce.cli.run;

import java.util.Optional;
import org.truce.table.TableFormat;

/**
 * Options of the dossier's readers ({@code truce positions}, {@code sticking-points}, ...).
 *
 * @param reader which report
 * @param dossier the dossier's folder
 * @param database the PostgreSQL URL of the ledger; the dossier's SQLite file when empty
 * @param version the version a report is about (positions, sticking points); the latest if empty
 * @param at the date the report is as of, as typed (all entries when empty)
 * @param format text, Markdown, HTML or JSON
 * @param output the file to write atomically; standard output when empty
 */
public record ReaderOptions(
    DossierReader reader,
    String dossier,
    Optional<String> database,
    Optional<String> version,
    Optional<String> at,
    TableFormat format,
    Optional<String> output) {}
