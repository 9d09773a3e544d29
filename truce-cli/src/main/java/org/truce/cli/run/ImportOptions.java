package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce import}.
 *
 * @param file the JSON file as typed ({@code -} is standard input)
 * @param output the {@code .truce} file to write atomically; standard output when empty
 * @param errorFormat how diagnostics are printed on standard error
 */
public record ImportOptions(String file, Optional<String> output, ErrorFormat errorFormat) {}
