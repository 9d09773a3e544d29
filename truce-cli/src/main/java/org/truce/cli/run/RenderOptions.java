package org.truce.cli.run;

import java.util.Optional;
import org.truce.cli.ErrorFormat;

/**
 * Options of {@code truce render}.
 *
 * @param file the agreement as typed ({@code -} is standard input)
 * @param format Markdown or HTML
 * @param output the file to write atomically; standard output when empty
 * @param errorFormat how diagnostics are printed on standard error
 */
public record RenderOptions(
    String file, RenderFormat format, Optional<String> output, ErrorFormat errorFormat) {}
