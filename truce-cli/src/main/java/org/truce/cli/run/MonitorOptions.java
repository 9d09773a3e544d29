package org.truce.cli.run;

import java.util.Optional;
import org.truce.monitor.CountingPolicy;

/**
 * Options of the monitor's commands ({@code truce status}, {@code tally}, {@code report}).
 *
 * @param report which command
 * @param dossier the dossier's folder
 * @param database the PostgreSQL URL of the ledger; the dossier's SQLite file when empty
 * @param at the moment asked, as typed; now when empty
 * @param counting the counting policy of the figures shown first
 * @param format text, md, html or json, as the command allows
 * @param output the file to write atomically; standard output when empty
 */
public record MonitorOptions(
    MonitorReport report,
    String dossier,
    Optional<String> database,
    Optional<String> at,
    CountingPolicy counting,
    String format,
    Optional<String> output) {}
