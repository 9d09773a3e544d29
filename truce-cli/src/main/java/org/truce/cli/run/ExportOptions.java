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
 */
public record ExportOptions(
    String file, ExportFormat format, Optional<String> output, ErrorFormat errorFormat) {}
